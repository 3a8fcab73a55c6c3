// Excel holds at most 32,767 characters in a cell; a longer write would be refused by Excel (and
// the whole import rolled back with a general message). The import shortens such a text to the
// limit and tells the user which person and column, before anything is written.
import { msg } from '../messages';
import type { Problem } from '../model';
import type { RowOp } from './rowOps';

export const MAX_CELL_CHARS = 32_767;

/** Shortens over-long texts in the write operations in place; one problem per shortened cell. */
/** `columnName`: a column's header text, or its letter when it has none. */
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
        message: msg('import-cell-too-long', {
          column,
          sheet: op.sheet,
          length: v.length,
          max: MAX_CELL_CHARS,
        }),
        where: { column },
      });
    }
  }
  return problems;
}
