// Range.values / formulas / numberFormat semantics, each following Microsoft's documentation.
import { freshHost, runError } from './hostTestUtils';

describe('writing values', () => {
  test('null inside a 2-D array leaves that cell unchanged', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
    // "To set values, number format, or formula for only specific cells within a range, specify the
    //  values, number format, or formula for those cells in the 2-D array, and specify null for all
    //  other cells in the 2-D array."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [['keep', 'old']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [[null, 'new']];
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1:B1')).toEqual([['keep', 'new']]);
  });

  test('null as the whole value is rejected', async () => {
    // Same page: "null isn't valid for single properties like range.values or range.format.fill.color."
    freshHost();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').format.fill.color = null as unknown as string;
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
  });

  test('a single value set on a multi-cell range fills every cell', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
    // Documented behaviour (paraphrased, not a verbatim quote): a single value instead of a 2-D array is
    // applied to every cell of the range.
    const host = freshHost();
    await Excel.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B2') as unknown as { values: unknown }).values =
        7;
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1:B2')).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test('an array whose dimensions differ from the range fails with InvalidArgument and writes nothing', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
    // InvalidArgument: "The argument is invalid or missing or has an incorrect format."
    // (Excel's message for this case: "The number of rows or columns in the input array doesn't match
    //  the size or dimensions of the range.")
    const host = freshHost();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B2').values = [[1, 2, 3]];
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
    expect(err.message).toMatch(/doesn't match the size or dimensions/);
    expect(host.values('Blad1', 'A1:C2')).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  test('a string starting with "=" set as a value becomes a formula', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
    // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
    //  this value as a formula."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A3');
      r.values = [[2], [3], ['=SUM(A1:A2)']];
      await ctx.sync();
      r.load('formulas');
      await ctx.sync();
      expect(r.formulas).toEqual([[2], [3], ['=SUM(A1:A2)']]);
    });
    expect(host.cell('Blad1', 'A3')?.formula).toBe('=SUM(A1:A2)');
  });

  test('numbers stay numbers; numeric text is read like typed input; "@" keeps text', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
    // Paraphrased, not verbatim: a value written through the API is interpreted as if typed into the cell
    // (so "25" becomes the number 25), while a cell formatted as Text ("@") keeps it as text.
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('B1').numberFormat = [['@']];
      ws.getRange('A1:A3').values = [[20], ['25'], ['ca 20']];
      ws.getRange('B1').values = [['25']];
      const r = ws.getRange('A1:B3');
      r.load('values, valueTypes');
      await ctx.sync();
      expect(r.values).toEqual([
        [20, '25'],
        [25, ''],
        ['ca 20', ''],
      ]);
      expect(r.valueTypes[0]).toEqual(['Double', 'String']);
    });
    expect(typeof host.cell('Blad1', 'A1')?.value).toBe('number');
  });

  test('an empty string clears the cell', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
    // "If you specify a blank value for the values property of a range, the content of the range is cleared."
    const host = freshHost();
    host.setValues('Blad1', 'A1', [['x']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['']];
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'A1')).toBeUndefined();
  });

  test("reading an unloaded property throws the client's PropertyNotLoaded", async () => {
    // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
    // "you must load the property first ... before you can read it" (the client raises PropertyNotLoaded).
    freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1');
      await ctx.sync();
      expect(() => r.values).toThrow(/PropertyNotLoaded|load/);
    });
  });
});

describe('set() and toJSON()', () => {
  test('Range.set writes several properties in one call; toJSON returns what was loaded', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-set-member(1)
    // "Sets multiple properties of an object at the same time. You can pass either a plain object with the
    //  appropriate properties, or another API object of the same type."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      r.set({ values: [['Namn', 'E-post']], format: { fill: { color: '#FFFF00' }, font: { bold: true } } });
      r.load('values, address');
      await ctx.sync();
      expect(r.toJSON()).toMatchObject({ values: [['Namn', 'E-post']], address: 'Blad1!A1:B1' });
    });
    expect(host.cell('Blad1', 'B1')).toEqual({ value: 'E-post', fill: '#FFFF00', bold: true });
  });
});

describe('large writes', () => {
  test('a write of more than 1500 cells (the client validates the size, then writes row chunks) lands whole', async () => {
    // The npm client's setRangePropertiesInBulk: above 1500 cells it calls Range._ValidateArraySize and
    // sets the values in row chunks (getRow(..).getBoundingRect(..)); the host must answer both.
    const host = freshHost();
    const rows = Array.from({ length: 400 }, (_, i) => [i, `rad ${i}`, i * 2, '', 'x']);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:E400').values = rows;
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1:E400')).toEqual(rows);
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:E399').values = rows;
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
  });
});
