// Coarse-grained writes: consecutive row writes of one tab become one rectangular block, written
// with one range (2-D values and number formats, null where a cell is not touched) and fills
// grouped into runs of one colour in a column. Excel's cost is per range, not per cell.
import type { JournalEntry } from './journal';
import type { RowOp, WriteOp } from './rowOps';

/** Operations `first`..`last` (inclusive) of `ops`: all writes to consecutive rows of one sheet. */
export interface WriteBlock {
  first: number;
  last: number;
  sheet: string;
  row0: number;
  row1: number;
  col0: number;
  col1: number;
}

/** Cap on a block's rows (keeps each range's request part small enough to chunk under 5 MB). */
const MAX_BLOCK_ROWS = 2000;

function blockable(op: RowOp): op is WriteOp {
  return op.kind === 'write' && op.restoreAt === undefined && op.cells.length > 0;
}

/**
 * The blocks of `ops[from..to)`: maximal runs of write operations on one sheet whose rows follow
 * each other (up or down by one). Other operations (inserts, deletes, a totals row's formulas)
 * are not part of any block.
 */
export function writeBlocks(ops: RowOp[], from = 0, to = ops.length): WriteBlock[] {
  const blocks: WriteBlock[] = [];
  let cur: WriteBlock | null = null;
  let step = 0;
  for (let i = from; i < to; i++) {
    const op = ops[i];
    if (!blockable(op)) {
      cur = null;
      continue;
    }
    const cols = op.cells.map((c) => c.col);
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    const prev = cur ? (ops[cur.last] as WriteOp) : null;
    const d = prev ? op.row - prev.row : 0;
    const fits =
      cur !== null &&
      prev !== null &&
      op.sheet === cur.sheet &&
      (d === 1 || d === -1) &&
      (step === 0 || d === step) &&
      cur.row1 - cur.row0 + 1 < MAX_BLOCK_ROWS;
    if (cur && fits) {
      step = d;
      cur.last = i;
      cur.row0 = Math.min(cur.row0, op.row);
      cur.row1 = Math.max(cur.row1, op.row);
      cur.col0 = Math.min(cur.col0, c0);
      cur.col1 = Math.max(cur.col1, c1);
    } else {
      step = 0;
      cur = { first: i, last: i, sheet: op.sheet, row0: op.row, row1: op.row, col0: c0, col1: c1 };
      blocks.push(cur);
    }
  }
  return blocks;
}

/** The block holding operation `index` (a one-operation block when it is in none). */
export function blockOf(ops: RowOp[], index: number): { first: number; last: number } {
  // Blocks never span a non-write operation, so only the run of writes around `index` matters.
  let from = index;
  while (from > 0 && blockable(ops[from - 1])) from--;
  let to = index + 1;
  while (to < ops.length && blockable(ops[to])) to++;
  const hit = writeBlocks(ops, from, to).find((b) => b.first <= index && index <= b.last);
  return hit ? { first: hit.first, last: hit.last } : { first: index, last: index };
}

/** One fill to set: rows `row0..row1` of column `col` get `color`. */
export interface FillRun {
  row0: number;
  row1: number;
  col: number;
  color: string;
}

/** Cells to fill grouped into runs: same colour, consecutive rows of one column. */
export function fillRuns(cells: { row: number; col: number; color: string }[]): FillRun[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: FillRun[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.col === c.col &&
      last.row1 === c.row - 1 &&
      last.color.toUpperCase() === c.color.toUpperCase()
    )
      last.row1 = c.row;
    else runs.push({ row0: c.row, row1: c.row, col: c.col, color: c.color });
  }
  return runs;
}

/** Rows `row0..row1` of column `col` of a sheet: a vertical run of cells read together. */
export interface CellRun {
  sheet: string;
  col: number;
  row0: number;
  row1: number;
}

/**
 * Cells grouped into vertical runs (same sheet and column, consecutive rows); duplicates merged.
 * `apart(cell)`: cells whose answers differ are kept in different runs (a filled cell next to an
 * empty one often differs in format too).
 */
export function cellRuns(
  cells: { sheet: string; row: number; col: number }[],
  apart: (cell: { sheet: string; row: number; col: number }) => unknown = () => 0,
): CellRun[] {
  const sorted = [...cells].sort(
    (a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.col - b.col || a.row - b.row,
  );
  const runs: CellRun[] = [];
  let lastKey: unknown = undefined;
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const key = apart(c);
    if (last && last.sheet === c.sheet && last.col === c.col && c.row === last.row1) continue;
    if (last && last.sheet === c.sheet && last.col === c.col && c.row === last.row1 + 1 && key === lastKey)
      last.row1 = c.row;
    else runs.push({ sheet: c.sheet, col: c.col, row0: c.row, row1: c.row });
    lastKey = key;
  }
  return runs;
}

/**
 * The block a journal entry's operation was written in (entries and operations correspond one to
 * one): when a write stops inside a block, any of its operations may have run.
 */
export function blockOfEntry(entries: JournalEntry[], index: number): { first: number; last: number } {
  const ops: RowOp[] = entries.map((e) =>
    e.kind === 'insert' || e.kind === 'delete'
      ? { kind: e.kind, sheet: e.sheet, row: e.row, count: e.count }
      : e.kind === 'fresh'
        ? { kind: 'write', sheet: e.sheet, row: e.row, cells: [{ col: 0, cell: { value: '' } }] }
        : {
            kind: 'write',
            sheet: e.sheet,
            row: e.row,
            cells: e.cells.map((c) => ({ col: c.col, cell: { value: '' } })),
            ...(e.last ? { restoreAt: e.row } : {}),
          },
  );
  return blockOf(ops, index);
}
