// Running row operations on a grid's formulas in memory: what a sheet holds after some of an
// import's operations. Used after Excel stopped a write part-way, to tell whether the last
// row insert or delete it was at had run (compare the sheet with both outcomes).
import { adjustFormula } from './formulaRows';
import { asText, type Grid } from './grid';
import type { RowOp } from './rowOps';

/** The sheet's formulas (constants as read) after `ops` on `grid` (only ops on its sheet). */
export function simulate(grid: Grid, ops: RowOp[]): unknown[][] {
  const rows = grid.formulas.map((r) => [...r]);
  for (const op of ops) {
    if (op.sheet !== grid.sheet) continue;
    if (op.kind === 'insert' || op.kind === 'delete') {
      // References move as Excel moves them.
      const shift = { at: op.row + 1, count: op.kind === 'insert' ? op.count : -op.count };
      for (const row of rows) {
        row.forEach((f, c) => {
          if (typeof f === 'string' && f.startsWith('=')) row[c] = adjustFormula(f, grid.sheet, shift);
        });
      }
      if (op.kind === 'insert')
        rows.splice(op.row, 0, ...Array.from({ length: op.count }, () => [] as unknown[]));
      else rows.splice(op.row, op.count);
    } else {
      while (rows.length <= op.row) rows.push([]);
      for (const c of op.cells) rows[op.row][c.col] = c.cell.value;
    }
  }
  return rows;
}

/** Two sheets' formulas equal, ignoring trailing empty cells and rows. */
export function sameFormulas(a: unknown[][], b: unknown[][]): boolean {
  const norm = (g: unknown[][]) => {
    const out = g.map((r) => {
      const row = Array.from(r, (v) => asText(v));
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      return row;
    });
    while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
    return JSON.stringify(out);
  };
  return norm(a) === norm(b);
}
