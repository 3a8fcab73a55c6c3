// Protected sheets, used range, and Range.text under number formats.
import { freshHost, runError } from './hostTestUtils';

describe('protection', () => {
  test('writing to a protected sheet fails with AccessDenied; after unprotect it works', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
    // AccessDenied: "You cannot perform the requested operation."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').protection.protect();
      await ctx.sync();
    });
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['x']];
      await ctx.sync();
    });
    expect(err.code).toBe('AccessDenied');
    expect(host.cell('Blad1', 'A1')).toBeUndefined();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.protection.load('protected');
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      ws.protection.unprotect();
      ws.getRange('A1').values = [['x']];
      await ctx.sync();
    });
    expect(host.values('Blad1', 'A1')).toEqual([['x']]);
  });
});

describe('used range', () => {
  test('formatting-only cells count unless valuesOnly is true', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
    // "The used range is the smallest range that encompasses any cells that have a value or formatting
    //  assigned to them." valuesOnly: "If true, considers only cells with values as used cells (ignoring formatting)."
    freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('B2:C3').values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange('E8').format.fill.color = '#FFFF00';
      const all = ws.getUsedRange();
      const valuesOnly = ws.getUsedRange(true);
      all.load('address');
      valuesOnly.load('address');
      await ctx.sync();
      expect(all.address).toBe('Blad1!B2:E8');
      expect(valuesOnly.address).toBe('Blad1!B2:C3');
    });
  });

  test('an empty sheet: getUsedRange gives A1, getUsedRangeOrNullObject a null object, Range.getUsedRange ItemNotFound', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
    // "If the entire worksheet is blank, this function will return the top left cell (i.e. it will not throw an error)."
    // getUsedRangeOrNullObject: "If the worksheet is blank, then this method will return an object with its
    //  isNullObject property set to true."
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)
    // "If there are no used cells within the range, this function will throw an ItemNotFound error."
    freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      const used = ws.getUsedRange();
      used.load('address');
      const orNull = ws.getUsedRangeOrNullObject();
      await ctx.sync();
      expect(used.address).toBe('Blad1!A1');
      expect(orNull.isNullObject).toBe(true);
    });
    const err = await runError(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:D4').getUsedRange();
      r.load('address');
      await ctx.sync();
    });
    expect(err.code).toBe('ItemNotFound');
  });
});

describe('Range.text', () => {
  test('numbers are shown under their number format (General, 0, 0.00, yyyy-mm-dd, percent)', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member
    // "Text values of the specified range. The text value will not depend on the cell width."
    // (The display follows the number format; the decimal separator follows the Swedish display language.)
    freshHost();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:F1');
      r.values = [[1.5, 2.4, 3.14159, 42776, 0.25, true]];
      r.numberFormat = [['General', '0', '0.00', 'yyyy-mm-dd', '0%', 'General']];
      r.load('text');
      await ctx.sync();
      expect(r.text).toEqual([['1,5', '2', '3,14', '2017-02-10', '25%', 'SANT']]);
    });
  });

  test('the date serial system matches Excel (1900 system, serial 1 = 1900-01-01, 61 = 1900-03-01)', async () => {
    // https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
    // "In the 1900 date system, the first day that is supported is January 1, 1900. ... this date is stored as the serial number 1."
    freshHost({ displayLanguage: 'en-US' });
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:C1');
      r.values = [[1, 61, 1.5]];
      r.numberFormat = [['yyyy-mm-dd', 'yyyy-mm-dd', 'General']];
      r.load('text');
      await ctx.sync();
      expect(r.text).toEqual([['1900-01-01', '1900-03-01', '1.5']]);
    });
  });
});
