// Host profiles: Excel on the web (5 MB payload limit) and Office 2019 (ExcelApi 1.7 via the
// client's own API-set gate); the Office stand-in; cell edit mode.
import { ExcelHost, WEB_PAYLOAD_LIMIT_BYTES } from '../../src/host';
import { freshHost, runError } from './hostTestUtils';

declare const Office: {
  onReady: () => Promise<{ host: string; platform: string }>;
  context: { displayLanguage: string; requirements: { isSetSupported: (n: string, v?: string) => boolean } };
  HostType: { Excel: string };
};

describe('web profile payload limit', () => {
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-rendering-optimization#excel-add-ins
  // "Payload size for requests: Excel on the web has a payload size limit for requests and responses of 5MB.
  //  RichAPI.Error is triggered if that limit is exceeded." Error codes (Excel.ErrorCodes):
  //  RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "This error only occurs in Excel on the web."
  const big = (n: number) => [[`${'x'.repeat(n)}`]];

  test('a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and nothing of it is applied', async () => {
    const host = freshHost();
    const err = await runError(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1').values = [['liten']];
      ws.getRange('A2').values = big(WEB_PAYLOAD_LIMIT_BYTES);
      await ctx.sync();
    });
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.cell('Blad1', 'A1')).toBeUndefined();
    expect(host.stats.maxRequestBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  test('a response over 5 MB is refused with ResponsePayloadSizeLimitExceeded', async () => {
    const host = freshHost();
    const chunk = 'y'.repeat(1024 * 1024);
    host.setValues('Blad1', 'A1', [[chunk], [chunk], [chunk], [chunk], [chunk], [chunk]]);
    const err = await runError(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A6');
      r.load('values');
      await ctx.sync();
    });
    expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('desktop-2019 has no payload limit', async () => {
    const host = ExcelHost.empty({ profile: 'desktop-2019' });
    host.install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = big(WEB_PAYLOAD_LIMIT_BYTES);
      await ctx.sync();
    });
    expect(String(host.cell('Blad1', 'A1')?.value).length).toBe(WEB_PAYLOAD_LIMIT_BYTES);
  });
});

describe('desktop-2019 profile', () => {
  test("an API above ExcelApi 1.7 throws the client's own ApiNotFound", async () => {
    // https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
    // (Office 2019 volume-licensed perpetual supports ExcelApi up to 1.8; the project's floor is 1.7.)
    // suspendScreenUpdatingUntilNextSync is ExcelApi 1.9.
    const host = ExcelHost.empty({ profile: 'desktop-2019' });
    host.install();
    const err = await runError(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      await ctx.sync();
    });
    expect(err.code).toBe('ApiNotFound');
    // An ExcelApi 1.7 API still works.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').freezePanes.freezeRows(1);
      await ctx.sync();
    });
    expect((host.snapshot() as { sheets: { frozen: unknown }[] }).sheets[0].frozen).toEqual({
      rows: 1,
      columns: 0,
    });
    host.uninstall();
    // After uninstall the gate is off again: a web host accepts the same call.
    freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      await ctx.sync();
    });
  });

  test('the Office stand-in answers onReady, displayLanguage and isSetSupported per profile', async () => {
    // https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)
    // "Check if the specified requirement set is supported by the Office application."
    freshHost({ displayLanguage: 'sv-SE' });
    const info = await Office.onReady();
    expect(info.host).toBe(Office.HostType.Excel);
    expect(info.platform).toBe('OfficeOnline');
    expect(Office.context.displayLanguage).toBe('sv-SE');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.21')).toBe(false);
    const desk = ExcelHost.empty({ profile: 'desktop-2019', displayLanguage: 'en-US' });
    desk.install();
    expect((await Office.onReady()).platform).toBe('PC');
    expect(Office.context.displayLanguage).toBe('en-US');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    desk.uninstall();
  });
});

describe('cell edit mode', () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
  // "When false, if the user is in cell edit when the batch request is processed by the host, the batch
  //  automatically fails. When true, the batch request is executed immediately if the user is not in cell edit
  //  mode, but if the user is in cell edit mode then the batch request is delayed until the user exits cell edit mode."
  test('without delayForCellEdit a batch fails with InvalidOperationInCellEditMode', async () => {
    const host = freshHost();
    host.cellEditMode = true;
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidOperationInCellEditMode');
    expect(host.cell('Blad1', 'A1')).toBeUndefined();
  });

  test('with delayForCellEdit the batch waits until the user leaves the cell', async () => {
    const host = freshHost();
    host.cellEditMode = true;
    let done = false;
    const run = Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
      await ctx.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    expect(host.cell('Blad1', 'A1')).toBeUndefined();
    host.cellEditMode = false;
    await run;
    expect(done).toBe(true);
    expect(host.values('Blad1', 'A1')).toEqual([[1]]);
  });
});
