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

/** Where a row written by `ops[index]` ends up after every later operation has run. */
export function finalRow(ops: RowOp[], index: number, row: number): number | null {
  let r = row;
  for (let i = index + 1; i < ops.length; i++) {
    const op = ops[i];
    if (op.sheet !== ops[index].sheet) continue;
    if (op.kind === 'insert' && op.row <= r) r += op.count;
    else if (op.kind === 'delete') {
      if (op.row + op.count <= r) r -= op.count;
      else if (op.row <= r) return null; // deleted
    }
  }
  return r;
}
