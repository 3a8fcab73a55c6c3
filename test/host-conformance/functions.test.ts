// Workbook.functions through the real Office.js client: DATE evaluated without a cell, in the
// workbook's own date system (what the add-in asks to learn which system a workbook uses).
// https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
// "year: Is a number from 1900 or 1904 (depending on the workbook's date system) to 9999."
// https://support.microsoft.com/office/date-function-e36c0c8c-4104-49da-ab83-82328b832349
import { ExcelHost } from '../../src/host';
import { excelDate } from '../../src/host/functionsObject';
import { freshHost, runError } from './hostTestUtils';

async function date(y: number, m: number, d: number): Promise<{ value: unknown; error: string | null }> {
  return Excel.run(async (ctx) => {
    const r = ctx.workbook.functions.date(y, m, d).load(['value', 'error']);
    await ctx.sync();
    return { value: r.value, error: r.error ?? null };
  });
}

describe('Workbook.functions.date', () => {
  test('1900 system: the serials Excel gives, months and days rolling over, the fictitious 29 Feb 1900', async () => {
    freshHost();
    expect(await date(2017, 2, 10)).toEqual({ value: 42776, error: null });
    expect(await date(2000, 1, 1)).toEqual({ value: 36526, error: null });
    expect(await date(2016, 14, 1)).toEqual({ value: 42767, error: null }); // 1 Feb 2017
    expect(await date(2017, 3, 0)).toEqual({ value: 42794, error: null }); // 28 Feb 2017
    expect(await date(117, 2, 10)).toEqual({ value: 42776, error: null }); // 1900 + 117
    expect(await date(1900, 2, 29)).toEqual({ value: 60, error: null });
    expect(await date(1900, 3, 1)).toEqual({ value: 61, error: null });
    expect((await date(10000, 1, 1)).error).toBe('#NUM!');
  });

  test('1904 system: 1462 days less; its first day is 0, a day before it #NUM!', async () => {
    const host = freshHost();
    host.workbook.date1904 = true;
    expect(await date(2017, 2, 10)).toEqual({ value: 42776 - 1462, error: null });
    expect(await date(1904, 1, 1)).toEqual({ value: 0, error: null });
    expect(await date(1903, 12, 31)).toEqual({ value: null, error: '#NUM!' });
  });

  test('Office 2019 has it too (ExcelApi 1.2)', async () => {
    const host = ExcelHost.empty({ profile: 'desktop-2019' });
    host.install();
    expect(await date(2000, 1, 1)).toEqual({ value: 36526, error: null });
    host.uninstall();
  });

  test('a function the emulator does not evaluate answers ApiNotFound naming it', async () => {
    freshHost();
    const err = await runError(async (ctx) => {
      ctx.workbook.functions.sum(1, 2).load('value');
      await ctx.sync();
    });
    expect(err.code).toBe('ApiNotFound');
    expect(err.message).toMatch(/Functions\.Sum/);
  });

  test('text that is a number counts as the number; other text is #VALUE!', () => {
    expect(excelDate('2017', '2', 10, false)).toEqual({ value: 42776, error: null });
    expect(excelDate('tjugo', 1, 1, false)).toEqual({ value: null, error: '#VALUE!' });
  });
});
