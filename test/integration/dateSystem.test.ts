// A workbook in the 1904 date system (old Mac Excel; LibreOffice and openpyxl can write one):
// the days the import writes land on the right day, and the days read back from the log (the
// flags, the totals, the CLI's readings) are the right days, as in a 1900 workbook. Excel tells
// the add-in its system through a worksheet function evaluated without a cell (readBook.ts).
import { TAB_NAMES } from '../../src/core/tabs';
import type { ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { open, TEMPLATE } from './helpers';

const PLAN = TAB_NAMES.plan;
const CONTACTS = TAB_NAMES.contacts;
/** 10 Feb 2017 and 20 Jan 2017 (NOW's day) in the 1900 system. */
const FEB_10 = 42776;
const JAN_20 = 42755;

const anna = plan({
  name: 'Anna Lindqvist',
  activities: [
    { training: 'HiS6', activity: 'APT', plannedDate: '10/2', plannedNumber: '12' },
    { training: 'HiS6', activity: 'Föreläsning', plannedDate: '15 mars', plannedNumber: '20' },
  ],
});

async function texts(sheet: string, address: string): Promise<string[][]> {
  return Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load('text');
    await ctx.sync();
    return r.text;
  });
}

describe.each([
  ['1900', false, 0],
  ['1904', true, 1462],
])('a workbook in the %s date system', (_name, date1904, offset) => {
  async function setUp(): Promise<{ host: ExcelHost; gateway: Awaited<ReturnType<typeof open>>['gateway'] }> {
    const opened = await open(TEMPLATE);
    opened.host.workbook.date1904 = date1904;
    expect(
      (await opened.gateway.applyImport(await opened.gateway.previewImport([anna], 'plan'))).status,
    ).toBe('written');
    return opened;
  }

  test('the import writes each day as that day in the workbook’s system (Plan inkommen too)', async () => {
    const { host } = await setUp();
    expect(host.values(PLAN, 'F4:F4')).toEqual([[FEB_10 - offset]]);
    expect(await texts(PLAN, 'F4:F5')).toEqual([['2017-02-10'], ['2017-03-15']]);
    expect(host.values(CONTACTS, 'H4:H4')).toEqual([[JAN_20 - offset]]);
    expect(await texts(CONTACTS, 'H4')).toEqual([['2017-01-20']]);
  });

  test('the days read back from the log are the days written, hand-typed ones too', async () => {
    const { host, gateway } = await setUp();
    // The coordinator types a row by hand with a date cell of the workbook's own system.
    host.setValues(PLAN, 'A6', [['Anna Lindqvist', 'HiS6', 'Handledning', 'Alla', 'Vårdcentralen Norr']]);
    await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem(PLAN).getRange('F6');
      cell.values = [['2017-04-03']]; // typed: Excel makes it a day of the workbook's system
      await ctx.sync();
    });
    expect(host.values(PLAN, 'F6:F6')).toEqual([[42828 - offset]]);
    const { snapshot } = await gateway.readLog();
    expect(snapshot.rounds.plan!.map((r) => r.plannedDate.day)).toEqual([
      '2017-02-10',
      '2017-03-15',
      '2017-04-03',
    ]);
    expect(snapshot.contacts.map((c) => c.planReceived)).toEqual(['2017-01-20']);
  });

  test('the flags compare days as days: a hand-typed copy of an imported row is a duplicate', async () => {
    const { host, gateway } = await setUp();
    // The same activity typed again with its day as text ("2017-02-10" kept as text by '@').
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(PLAN);
      ws.getRange('F6').numberFormat = [['@']];
      ws.getRange('A6:G6').values = [
        ['Anna Lindqvist', 'HiS6', 'APT', 'Sjuksköterskor', 'Vårdcentralen Norr', '2017-02-10', 12],
      ];
      await ctx.sync();
    });
    expect(host.values(PLAN, 'F6:F6')).toEqual([['2017-02-10']]);
    const { flags } = await gateway.check('plan');
    expect(flags.filter((f) => f.code === 'duplicate-activity').map((f) => f.cell)).toEqual(['C6']);
    expect(flags.filter((f) => f.code === 'unreadable-date')).toEqual([]);
  });
});
