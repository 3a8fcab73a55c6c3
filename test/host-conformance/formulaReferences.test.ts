// Formulas follow their cells: inserting/deleting cells, renaming and deleting sheets rewrite
// references as Excel does. (No calculation: see src/host/cellInput.ts.)
import { freshHost } from './hostTestUtils';

const PLAN = '3.a Saml pers spr-plan PLAN';

describe('formula references', () => {
  test('inserting rows moves references below the insertion and grows ranges across it, on every sheet and in names', async () => {
    // https://support.microsoft.com/office/move-or-copy-a-formula-1f5cf825-9b07-41b1-8719-bf88b07450c6
    // Paraphrased, not verbatim: when rows or columns are inserted or deleted, Excel adjusts the cell
    // references in formulas so that they keep pointing at the same cells.
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const plan = ctx.workbook.worksheets.add(PLAN);
      const sum = ctx.workbook.worksheets.add('Summering');
      plan.getRange('G3:G6').values = [[10], [20], [30], ['=SUM(G3:G5)']];
      sum.getRange('A1:B1').formulas = [[`='${PLAN}'!G6`, `=SUMIFS('${PLAN}'!G:G,'${PLAN}'!A:A,"Anna")`]];
      ctx.workbook.names.add('Planerat', plan.getRange('G3:G5'));
      await ctx.sync();
      plan.getRange('4:5').insert('Down');
      await ctx.sync();
    });
    expect(host.cell(PLAN, 'G8')?.formula).toBe('=SUM(G3:G7)');
    expect(host.cell('Summering', 'A1')?.formula).toBe(`='${PLAN}'!G8`);
    expect(host.cell('Summering', 'B1')?.formula).toBe(`=SUMIFS('${PLAN}'!G:G,'${PLAN}'!A:A,"Anna")`);
    expect((host.snapshot() as { names: { formula: string }[] }).names[0].formula).toBe(
      `='${PLAN}'!$G$3:$G$7`,
    );
  });

  test('deleting the cells a reference points to gives #REF!; ranges shrink', async () => {
    const host = freshHost();
    host.setValues('Blad1', 'A1', [[1], [2], [3], [4], ['=A2+SUM(A1:A4)']]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('2:2').delete('Up');
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'A4')?.formula).toBe('=#REF!+SUM(A1:A3)');
  });

  test('renaming a sheet renames it in formulas; deleting it leaves #REF!', async () => {
    const host = freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('Plan');
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1:A2').formulas = [['=Plan!B2*2'], ['="Plan!B2"']];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Plan').name = 'Ny plan';
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'A1')?.formula).toBe("='Ny plan'!B2*2");
    expect(host.cell('Blad1', 'A2')?.formula).toBe('="Plan!B2"');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ny plan').delete();
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'A1')?.formula).toBe('=#REF!B2*2');
  });
});
