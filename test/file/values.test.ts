// Values as Excel holds them: times, durations over 24 hours, dates before 1 March 1900 (with
// Excel's phantom 29 February 1900) and the 1904 date system are read as the serials stored,
// shown as Excel shows them, typed into the workbook's own date system and written unchanged.
import { ExcelHost } from '../../src/host';
import { buildXlsx, c, cellsOf, parts, row } from './support/packages';

const NUMFMTS = [
  '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
  '<numFmt numFmtId="165" formatCode="[h]:mm"/>',
  '<numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/>',
];
const XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', // 1 h:mm
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', // 2 [h]:mm
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', // 3 yyyy-mm-dd
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', // 4 date and time
];

function book(date1904: boolean, cells: string): Uint8Array {
  return buildXlsx({
    numFmts: NUMFMTS,
    cellXfs: XFS,
    workbookPr: date1904 ? ' date1904="1"' : '',
    sheets: [{ name: 'Tider', body: `<sheetData>${cells}</sheetData>` }],
  });
}

async function read(host: ExcelHost, address: string): Promise<{ values: unknown[][]; text: string[][] }> {
  host.uninstall();
  host.install();
  return Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Tider').getRange(address).load(['values', 'text']);
    await ctx.sync();
    return { values: r.values, text: r.text };
  });
}

async function type(host: ExcelHost, address: string, values: unknown[][]): Promise<void> {
  host.uninstall();
  host.install();
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Tider').getRange(address).values = values;
    await ctx.sync();
  });
}

describe('the 1900 date system', () => {
  const cells =
    row(1, c('A1', 0.5, { s: 1 })) +
    row(2, c('A2', 1.75, { s: 2 })) +
    row(3, c('A3', 59, { s: 3 })) +
    row(4, c('A4', 60, { s: 3 })) +
    row(5, c('A5', 61, { s: 3 })) +
    row(6, c('A6', 1, { s: 3 })) +
    row(7, c('A7', 42776.75, { s: 4 })) +
    row(8, c('A8', 1.25, { s: 1 })) +
    row(9, c('A9', '2017-02-10T12:00:00', { t: 'd', s: 4 }));

  it('reads times, durations and early dates as the stored serials, shown as Excel shows them', async () => {
    const host = await ExcelHost.fromXlsx(book(false, cells));
    const { values, text } = await read(host, 'A1:A9');
    expect(values.map((r) => r[0])).toEqual([0.5, 1.75, 59, 60, 61, 1, 42776.75, 1.25, 42776.5]);
    expect(text.map((r) => r[0])).toEqual([
      '12:00',
      '42:00',
      '1900-02-28',
      '1900-02-29',
      '1900-03-01',
      '1900-01-01',
      '2017-02-10 18:00',
      '6:00', // h:mm shows the time of day; [h]:mm the hours elapsed
      '2017-02-10 12:00',
    ]);
  });

  it('keeps those cells exactly when saving, and writes typed dates as serials of the same system', async () => {
    const input = book(false, cells);
    const host = await ExcelHost.fromXlsx(input);
    await type(host, 'B1:B3', [['2017-02-10'], [0.5], [1.75]]);
    const output = await host.toXlsx();
    const before = cellsOf(parts(input).get('xl/worksheets/sheet1.xml')!);
    const after = cellsOf(parts(output).get('xl/worksheets/sheet1.xml')!);
    for (let r = 1; r <= 9; r++) expect(after.get(`A${r}`)).toBe(before.get(`A${r}`));
    expect(after.get('B1')).toMatch(/<v>42776<\/v>/);
    expect(after.get('B2')).toBe('<c r="B2"><v>0.5</v></c>');
    expect(after.get('B3')).toBe('<c r="B3"><v>1.75</v></c>');
    const again = await ExcelHost.fromXlsx(output);
    expect((await read(again, 'B1:B1')).text).toEqual([['2017-02-10']]);
  });
});

describe('the 1904 date system', () => {
  const cells =
    row(1, c('A1', 0, { s: 3 })) + row(2, c('A2', 41314, { s: 3 })) + row(3, c('A3', 41314.25, { s: 4 }));

  it('reads serials in the 1904 system: serial 0 is 1904-01-01, 41314 is 2017-02-10', async () => {
    const host = await ExcelHost.fromXlsx(book(true, cells));
    const { values, text } = await read(host, 'A1:A3');
    expect(values).toEqual([[0], [41314], [41314.25]]);
    expect(text).toEqual([['1904-01-01'], ['2017-02-10'], ['2017-02-10 06:00']]);
  });

  it('types a date into the 1904 system, keeps a date before 1904 as text, and saves the date system', async () => {
    const input = book(true, cells);
    const host = await ExcelHost.fromXlsx(input);
    await type(host, 'B1:B2', [['2017-02-10'], ['1903-12-31']]);
    expect((await read(host, 'B1:B2')).values).toEqual([[41314], ['1903-12-31']]);
    const output = await host.toXlsx();
    const p = parts(output);
    expect(p.get('xl/workbook.xml')).toContain('date1904="1"');
    expect(cellsOf(p.get('xl/worksheets/sheet1.xml')!).get('B1')).toMatch(/<v>41314<\/v>/);
    const again = await ExcelHost.fromXlsx(output);
    expect(again.workbook.date1904).toBe(true);
    expect((await read(again, 'A2:B2')).text).toEqual([['2017-02-10', '1903-12-31']]);
    expect((await read(again, 'B1:B1')).text).toEqual([['2017-02-10']]);
  });

  it('a workbook made in memory in the 1904 system is saved as one', async () => {
    const host = ExcelHost.empty();
    host.workbook.date1904 = true;
    const again = await ExcelHost.fromXlsx(await host.toXlsx());
    expect(again.workbook.date1904).toBe(true);
  });
});
