// The changes an import makes to a tab, as row operations applied in order. Rows are 0-based
// and valid at the moment the operation runs (operations run bottom-up, so an operation never
// moves the rows of the ones still to come).
import type { CellOut } from './cellOut';

export interface WriteOp {
  kind: 'write';
  sheet: string;
  row: number;
  /** Sparse: only the columns written (the table's canonical columns, never extra ones). */
  cells: { col: number; cell: CellOut; before?: unknown }[];
  /** Undo restores `before` at this row after every row is back (the totals row's formulas). */
  restoreAt?: number;
}

/** Entire rows inserted at `row` (shifting it and what is below down). */
export interface InsertOp {
  kind: 'insert';
  sheet: string;
  row: number;
  count: number;
}

/** Entire rows deleted from `row` (what is below moves up). */
export interface DeleteOp {
  kind: 'delete';
  sheet: string;
  row: number;
  count: number;
}

export type RowOp = WriteOp | InsertOp | DeleteOp;

const structuralCache = new WeakMap<RowOp[], { length: number; indices: number[] }>();

/**
 * The indices of the inserts and deletes in `ops`, ascending: the only operations that move
 * rows. Computed once per array (recomputed if it grew), so following a row through thousands
 * of writes costs the number of inserts and deletes, not the number of operations.
 */
export function structuralIndices(ops: RowOp[]): number[] {
  const cached = structuralCache.get(ops);
  if (cached && cached.length === ops.length) return cached.indices;
  const indices: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== 'write') indices.push(i);
  });
  structuralCache.set(ops, { length: ops.length, indices });
  return indices;
}

/** How many of the ascending `indices` are below `index`. */
export function countBelow(indices: number[], index: number): number {
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indices[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a row written by `ops[index]` ends up after every later operation has run. */
export function finalRow(ops: RowOp[], index: number, row: number): number | null {
  const moves = structuralIndices(ops);
  let r = row;
  for (let k = countBelow(moves, index + 1); k < moves.length; k++) {
    const op = ops[moves[k]];
    if (op.sheet !== ops[index].sheet) continue;
    if (op.kind === 'insert' && op.row <= r) r += op.count;
    else if (op.kind === 'delete') {
      if (op.row + op.count <= r) r -= op.count;
      else if (op.row <= r) return null; // deleted
    }
  }
  return r;
}
