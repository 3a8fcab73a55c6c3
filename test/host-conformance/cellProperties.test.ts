// Range.getCellProperties (ExcelApi 1.9) through the real Office.js client: one object per cell
// with exactly the properties the load options ask for, nested as they are asked.
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
// "Returns a 2D array, encapsulating the data for each cell's font, fill, borders, alignment, and
//  other properties." — "@returns A 2D array where each item represents the requested properties
//  of the corresponding cell."
import { ExcelHost } from '../../src/host';
import { freshHost, runError } from './hostTestUtils';

async function colour(sheet: string, address: string, color: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).format.fill.color = color;
    await ctx.sync();
  });
}

describe('Range.getCellProperties', () => {
  test('a run of mixed fills: each cell its own colour, no fill as white', async () => {
    freshHost();
    await colour('Blad1', 'A1:A3', '#FFFF00');
    await colour('Blad1', 'A5', 'red');
    let mixed: string | null | undefined;
    const cells = await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A6');
      const fill = range.format.fill.load('color');
      const props = range.getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
      mixed = fill.color;
      return props.value;
    });
    expect(mixed).toBeNull(); // what Range.format.fill.color answers over cells that differ
    expect(cells.map((row) => row.map((c) => c.format?.fill?.color))).toEqual([
      ['#FFFF00'],
      ['#FFFF00'],
      ['#FFFF00'],
      ['#FFFFFF'],
      ['#FF0000'],
      ['#FFFFFF'],
    ]);
    // Only what was asked for is sent.
    expect(cells[0][0]).toEqual({ format: { fill: { color: '#FFFF00' } } });
  });

  test('several properties over a rectangle: rows of cells, sheet-qualified addresses', async () => {
    freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('B2').format.font.bold = true;
      ws.getRange('C3').format.wrapText = true;
      await ctx.sync();
    });
    const cells = await Excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets
        .getItem('Blad1')
        .getRange('B2:C3')
        .getCellProperties({
          address: true,
          format: { font: { bold: true, color: true }, wrapText: true, fill: { color: false } },
        });
      await ctx.sync();
      return props.value;
    });
    expect(cells).toEqual([
      [
        { address: 'Blad1!B2', format: { font: { bold: true, color: '#000000' }, wrapText: false } },
        { address: 'Blad1!C2', format: { font: { bold: false, color: '#000000' }, wrapText: false } },
      ],
      [
        { address: 'Blad1!B3', format: { font: { bold: false, color: '#000000' }, wrapText: false } },
        { address: 'Blad1!C3', format: { font: { bold: false, color: '#000000' }, wrapText: true } },
      ],
    ]);
  });

  test('the fill of the template’s pre-yellowed rows as a file holds them', async () => {
    const host = freshHost();
    await colour('Blad1', 'A4:A203', '#FFFF00');
    const bytes = await host.toXlsx();
    const opened = await ExcelHost.fromXlsx(bytes);
    opened.install();
    const colours = await Excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets
        .getItem('Blad1')
        .getRange('A203:A204')
        .getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
      return props.value.map((row) => row[0].format?.fill?.color);
    });
    expect(colours).toEqual(['#FFFF00', '#FFFFFF']);
  });

  test('a property the emulator does not model answers ApiNotFound naming it (never silence)', async () => {
    freshHost();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('Blad1')
        .getRange('A1')
        .getCellProperties({ format: { borders: { color: true } } });
      await ctx.sync();
    });
    expect(err.code).toBe('ApiNotFound');
    expect(err.message).toMatch(/format\.borders/);
  });

  test("Office 2019 (ExcelApi 1.7) has no getCellProperties: the client's own ApiNotFound", async () => {
    const host = ExcelHost.empty({ profile: 'desktop-2019' });
    host.install();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').getCellProperties({ address: true });
      await ctx.sync();
    });
    expect(err.code).toBe('ApiNotFound');
    expect(host.stats.roundTrips).toBe(0);
    host.uninstall();
  });
});
