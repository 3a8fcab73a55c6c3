// A workbook whose structure is protected: as in Excel, sheets cannot be added, deleted, renamed,
// moved or hidden, and a save keeps the protection (and its password) as it was.
import { ExcelHost } from '../../src/host';
import { buildXlsx, c, changedParts, row } from './support/packages';

function book(): Uint8Array {
  return buildXlsx({
    sheets: [
      {
        name: 'Logg',
        body: `<sheetData>${row(1, c('A1', 1))}</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>`,
      },
      { name: 'Annan', body: `<sheetData>${row(1, c('A1', 2))}</sheetData>` },
    ],
  }).slice();
}

function withStructureLock(bytes: Uint8Array): Promise<ExcelHost> {
  return ExcelHost.fromXlsx(bytes).then((host) => {
    host.workbook.structureProtected = true;
    return host;
  });
}

async function error(host: ExcelHost, body: (ctx: Excel.RequestContext) => void): Promise<string> {
  host.uninstall();
  host.install();
  try {
    await Excel.run(async (ctx) => {
      body(ctx);
      await ctx.sync();
    });
  } catch (e) {
    return (e as OfficeExtension.Error).code;
  }
  return 'none';
}

describe('protection', () => {
  it('reads workbook structure protection from the file', async () => {
    const input = buildXlsx({
      sheets: [{ name: 'Logg', body: '<sheetData/>' }],
      workbookTail: '<calcPr calcId="191029"/>',
    });
    const locked = await ExcelHost.fromXlsx(
      buildXlsx({
        sheets: [{ name: 'Logg', body: '<sheetData/>' }],
        workbookPr: '/><workbookProtection lockStructure="1" workbookPassword="D401"',
      }),
    );
    expect(locked.workbook.structureProtected).toBe(true);
    expect((await ExcelHost.fromXlsx(input)).workbook.structureProtected).toBe(false);
  });

  it('refuses to add, delete, rename, move or hide sheets of a protected structure', async () => {
    const host = await withStructureLock(book());
    expect(await error(host, (ctx) => ctx.workbook.worksheets.add('Ny'))).toBe('AccessDenied');
    expect(await error(host, (ctx) => ctx.workbook.worksheets.getItem('Annan').delete())).toBe(
      'AccessDenied',
    );
    expect(await error(host, (ctx) => (ctx.workbook.worksheets.getItem('Annan').name = 'X'))).toBe(
      'AccessDenied',
    );
    expect(await error(host, (ctx) => (ctx.workbook.worksheets.getItem('Annan').position = 0))).toBe(
      'AccessDenied',
    );
    expect(await error(host, (ctx) => (ctx.workbook.worksheets.getItem('Annan').visibility = 'Hidden'))).toBe(
      'AccessDenied',
    );
    expect(host.sheetNames()).toEqual(['Logg', 'Annan']);
  });

  it('keeps a protected sheet (and its password) as it was when another sheet is written', async () => {
    const input = book();
    const host = await ExcelHost.fromXlsx(input);
    expect(
      await error(host, (ctx) => (ctx.workbook.worksheets.getItem('Logg').getRange('B1').values = [[1]])),
    ).toBe('AccessDenied');
    expect(
      await error(host, (ctx) => (ctx.workbook.worksheets.getItem('Annan').getRange('B1').values = [[1]])),
    ).toBe('none');
    const output = await host.toXlsx();
    expect(changedParts(input, output)).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
  });
});
