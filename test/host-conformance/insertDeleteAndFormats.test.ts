// Inserting and deleting cells (shifting values, formats and merges), formats, merges, clear.
import { freshHost, runError } from './hostTestUtils';

describe('insert and delete', () => {
  test('inserting rows shifts cells, their formats and merged areas down; a kept range moves with its cells', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
    // "Inserts a cell or a range of cells into the worksheet in place of this range, and shifts the other
    //  cells to make space. Returns a new Range object at the now blank space."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [['rubrik'], ['rad 2'], ['rad 3']]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A3').format.fill.color = '#FFFF00';
      ws.getRange('B3:C3').merge();
      const tracked = ws.getRange('A3');
      const inserted = ws.getRange('2:3').insert(Excel.InsertShiftDirection.down);
      inserted.load('address');
      tracked.load('address');
      await ctx.sync();
      expect(inserted.address).toBe('Blad1!2:3');
      expect(tracked.address).toBe('Blad1!A5');
    });
    expect(host.values('Blad1', 'A1:A5')).toEqual([['rubrik'], [''], [''], ['rad 2'], ['rad 3']]);
    expect(host.cell('Blad1', 'A5')?.fill).toBe('#FFFF00');
    expect((host.snapshot() as { sheets: { merges: string[] }[] }).sheets[0].merges).toEqual(['B5:C5']);
  });

  test('deleting cells shifts the rest up (or left) and drops what was deleted', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
    // "Deletes the cells associated with the range." shift: "Specifies which way to shift the cells."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [
      [1, 'a', 'x'],
      [2, 'b', 'y'],
      [3, 'c', 'z'],
    ]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A2:B2').delete(Excel.DeleteShiftDirection.up);
      ws.getRange('A1').delete('Left');
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1:C3')).toEqual([
      ['a', 'x', ''],
      [3, 'c', 'y'],
      ['', '', 'z'],
    ]);
  });

  test('a shift that would cut a merged area is refused and changes nothing', async () => {
    // https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf
    // (Excel refuses to insert or delete cells through part of a merged cell: "We can't do that to a merged cell.")
    const host = freshHost();
    host.setValues('Blad1', 'A1', [['x']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A2:B2').merge();
      await ctx.sync();
    });
    const before = host.snapshot();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A3').insert('Down');
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidOperation');
    expect(host.snapshot()).toEqual(before);
  });
});

describe('formats', () => {
  test('fill, font and a property read over different cells answering null', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
    // "Properties return null when a range contains multiple different values (like different font colors)."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1:B1').format.fill.color = 'yellow';
      ws.getRange('A1').format.font.bold = true;
      ws.getRange('A1').format.font.color = '#c00000';
      const both = ws.getRange('A1:B1');
      both.format.fill.load('color');
      both.format.font.load('bold');
      await ctx.sync();
      expect(both.format.fill.color).toBe('#FFFF00');
      expect(both.format.font.bold).toBeNull();
      ws.getRange('B1').format.fill.clear();
      both.format.fill.load('color');
      await ctx.sync();
      expect(both.format.fill.color).toBeNull();
    });
    expect(host.cell('Blad1', 'A1')).toEqual({
      value: null,
      fill: '#FFFF00',
      bold: true,
      fontColor: '#C00000',
    });
    expect(host.cell('Blad1', 'B1')).toBeUndefined();
  });

  test('numberFormat with null entries keeps the other cells\' formats; "" resets to General', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
    // "If you specify a blank value for the numberFormat property, the number format is reset to General."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:C1');
      r.numberFormat = [['0.00', '0.00', 'yyyy-mm-dd']];
      r.numberFormat = [[null, '', null]];
      r.load('numberFormat');
      await ctx.sync();
      expect(r.numberFormat).toEqual([['0.00', 'General', 'yyyy-mm-dd']]);
    });
    expect(host.cell('Blad1', 'A1')?.numberFormat).toBe('0.00');
  });

  test('merge keeps the upper-left value; getMergedAreasOrNullObject; unmerge', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
    // "Merge the range cells into one region in the worksheet." across: "Set true to merge cells in each
    //  row of the specified range as separate merged cells."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [['titel', 'bort']]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1:C1').merge();
      ws.getRange('A3:B4').merge(true);
      const areas = ws.getRange('A1:D9').getMergedAreasOrNullObject();
      areas.load('address, areaCount');
      const none = ws.getRange('F1').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.address).toBe('Blad1!A1:C1,Blad1!A3:B3,Blad1!A4:B4');
      expect(areas.areaCount).toBe(3);
      expect(none.isNullObject).toBe(true);
      ws.getRange('A3:B4').unmerge();
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1:B1')).toEqual([['titel', '']]);
    expect((host.snapshot() as { sheets: { merges: string[] }[] }).sheets[0].merges).toEqual(['A1:C1']);
  });

  test('clear(contents) keeps formats, clear(formats) keeps values, clear() removes both', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto
    // all: "Clears everything in the range." contents: "Clears the contents of the range." formats:
    // "Clears all formatting for the range."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [[1, 2, 3]]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1:C1').format.font.bold = true;
      ws.getRange('A1').clear(Excel.ClearApplyTo.contents);
      ws.getRange('B1').clear(Excel.ClearApplyTo.formats);
      ws.getRange('C1').clear();
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'A1')).toEqual({ value: null, bold: true });
    expect(host.cell('Blad1', 'B1')).toEqual({ value: 2 });
    expect(host.cell('Blad1', 'C1')).toBeUndefined();
  });

  test('column width is in points; autofitColumns widens a column to its longest text', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
    // "Specifies the width of all columns within the range. If the column widths are not uniform, null will be returned."
    freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1').values = [['Antal deltagare planerat totalt']];
      ws.getRange('B:B').format.columnWidth = 100;
      ws.getRange('A:A').format.autofitColumns();
      const a = ws.getRange('A1').format;
      const ab = ws.getRange('A1:B1').format;
      const b = ws.getRange('B1').format;
      a.load('columnWidth');
      ab.load('columnWidth');
      b.load('columnWidth');
      await ctx.sync();
      expect(a.columnWidth).toBeGreaterThan(100);
      expect(b.columnWidth).toBe(100);
      expect(ab.columnWidth).toBeNull();
    });
  });
});

describe('navigation', () => {
  test('getCell, getResizedRange, getOffsetRange, getRow, getColumn, getEntireRow, getLastRow, intersections', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range — getCell: "Gets the range object containing
    // the single cell based on row and column numbers. The cell can be outside the bounds of its parent range,
    // so long as it stays within the worksheet grid."
    freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('B2:D5');
      const list = [
        r.getCell(0, 0),
        r.getCell(10, 10),
        r.getResizedRange(1, -1),
        r.getOffsetRange(1, 2),
        r.getRow(1),
        r.getColumn(2),
        r.getEntireRow(),
        r.getEntireColumn(),
        r.getLastRow(),
        r.getLastColumn(),
        r.getIntersection('C1:C3'),
        r.getBoundingRect('F9'),
      ];
      const none = r.getIntersectionOrNullObject('H1');
      for (const x of list) x.load('address');
      await ctx.sync();
      expect(list.map((x) => x.address.replace('Blad1!', ''))).toEqual([
        'B2',
        'L12',
        'B2:C6',
        'D3:F6',
        'B3:D3',
        'D2:D5',
        '2:5',
        'B:D',
        'B5:D5',
        'D2:D5',
        'C2:C3',
        'B2:F9',
      ]);
      expect(none.isNullObject).toBe(true);
    });
    const err = await runError(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1').getOffsetRange(-1, 0);
      r.load('address');
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
  });
});
