// Worksheet collection and worksheet semantics.
import { freshHost, runError } from './hostTestUtils';

const PLAN = '3.a Saml pers spr-plan PLAN';

describe('worksheets', () => {
  test('getItem of a missing sheet fails with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
    // "Some accessor methods and properties throw an exception when the desired object doesn't exist.
    //  For example, if you attempt to get an Excel worksheet by specifying a worksheet name that isn't in
    //  the workbook, the getItem() method throws an ItemNotFound exception."
    freshHost();
    const err = await runError(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Finns inte');
      ws.load('name');
      await ctx.sync();
    });
    expect(err.code).toBe('ItemNotFound');
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Finns inte');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  test('sheet names are matched case-insensitively, and a duplicate name fails with ItemAlreadyExists', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
    // ItemAlreadyExists: "The resource being created already exists."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(PLAN);
      const ws = ctx.workbook.worksheets.getItem(PLAN.toUpperCase());
      ws.load('name');
      await ctx.sync();
      expect(ws.name).toBe(PLAN);
    });
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.add(PLAN.toLowerCase());
      await ctx.sync();
    });
    expect(err.code).toBe('ItemAlreadyExists');
    expect(host.sheetNames()).toEqual(['Blad1', PLAN]);
  });

  test('items load name, position, visibility and id; addresses quote names with spaces', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
    // "Specifies the range reference in A1-style. Address value contains the sheet reference (e.g., "Sheet1!A1:B4")."
    freshHost();
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.add(PLAN);
      sheets.add('Åter');
      sheets.load('items/name, items/position, items/visibility, items/id');
      const r = sheets.getItem(PLAN).getRange('B2:C3');
      r.load('address');
      const r2 = sheets.getItem('Åter').getRange("'Åter'!A1");
      r2.load('address');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['Blad1', 0, 'Visible'],
        [PLAN, 1, 'Visible'],
        ['Åter', 2, 'Visible'],
      ]);
      expect(new Set(sheets.items.map((s) => s.id)).size).toBe(3);
      expect(r.address).toBe(`'${PLAN}'!B2:C3`);
      expect(r2.address).toBe('Åter!A1');
    });
  });

  test('collection items can be used in a later batch (re-pathed by id)', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#get-worksheets
    // (loading items then using them: the proxies of the items stay usable after sync.)
    const host = freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('Andra');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      sheets.items[1].getRange('A1').values = [['via item']];
      await ctx.sync();
    });
    expect(host.values('Andra', 'A1')).toEqual([['via item']]);
  });

  test('rename, move, hide, activate and delete', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet
    // visibility: "The visibility of the worksheet." position: "The zero-based position of the worksheet within the workbook."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.add('A');
      ctx.workbook.worksheets.add('B');
      a.name = 'A2';
      a.position = 0;
      ctx.workbook.worksheets.getItem('B').visibility = Excel.SheetVisibility.veryHidden;
      a.activate();
      await ctx.sync();
    });
    expect(host.sheetNames()).toEqual(['A2', 'Blad1', 'B']);
    expect(host.selection).toEqual({ sheet: 'A2', address: 'A1' });
    expect((host.snapshot() as { sheets: { visibility: string }[] }).sheets[2].visibility).toBe('VeryHidden');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').delete();
      const active = ctx.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await ctx.sync();
      expect(active.name).toBe('A2');
    });
    expect(host.sheetNames()).toEqual(['A2', 'B']);
  });

  test('an invalid sheet name is refused with InvalidArgument', async () => {
    // https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
    // "Worksheet names cannot: Be blank. Contain more than 31 characters. Contain any of the following
    //  characters: / \ ? * : [ ]"
    const host = freshHost();
    const err = await runError(async (ctx) => {
      ctx.workbook.worksheets.add('Plan [2017]');
      await ctx.sync();
    });
    expect(err.code).toBe('InvalidArgument');
    expect(host.sheetNames()).toEqual(['Blad1']);
  });

  test('Range.select sets the selection and getSelectedRange returns it', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)
    // "Selects the specified range in the Excel UI."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(PLAN).getRange('C7').select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange();
      sel.load('address');
      await ctx.sync();
      expect(sel.address).toBe(`'${PLAN}'!C7`);
    });
    expect(host.selection).toEqual({ sheet: PLAN, address: 'C7' });
  });
});
