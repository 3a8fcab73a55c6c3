// Excel holds at most 32,767 characters in a cell; a longer write would be refused by Excel (and
// the whole import rolled back with a general message). The import shortens such a text to the
// limit and tells the user which person and column, before anything is written.
import type { Problem } from '../model';
import type { RowOp } from './rowOps';

export const MAX_CELL_CHARS = 32_767;

/** Shortens over-long texts in the write operations in place; one problem per shortened cell. */
export function capCellTexts(ops: RowOp[], columnName: (sheet: string, col: number) => string): Problem[] {
  const problems: Problem[] = [];
  for (const op of ops) {
    if (op.kind !== 'write') continue;
    for (const c of op.cells) {
      const v = c.cell.value;
      if (c.cell.formula || typeof v !== 'string' || v.length <= MAX_CELL_CHARS) continue;
      c.cell = { ...c.cell, value: v.slice(0, MAX_CELL_CHARS) };
      const column = columnName(op.sheet, c.col);
      problems.push({
        code: 'cell-too-long',
        severity: 'warning',
        message: `En text i kolumnen ”${column}” (flik ”${op.sheet}”) har ${v.length.toLocaleString('sv-SE')} tecken. En cell i Excel rymmer högst 32 767, så bara början skrivs. Korta texten i planen om resten behövs.`,
        where: { column },
      });
    }
  }
  return problems;
}
