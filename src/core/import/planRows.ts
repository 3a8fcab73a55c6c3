// Which rows of a round's tab an import writes, replaces, deletes and inserts.
//
// Decisions:
// - A person's existing rows (found by normalised name in the yellow column, hand-typed ones
//   too, wherever they are in the table) are overwritten in place, in order; surplus ones are
//   deleted; extra new ones are inserted right after that person's last row, so the person's
//   block stays together and the coordinator's other rows do not move relative to each other.
//   On the rows overwritten in place only the canonical columns are written: the
//   coordinator's extra columns on them keep their values.
// - A person not yet in the tab gets rows at the end of the table (after its last data row).
//   With a trailing totals row, rows are inserted before it (so it stays last) and its
//   formulas whose ranges ended at the last data row are extended to count the new rows;
//   without one, the empty rows below the table are written.
import type { CellOut } from './cellOut';
import { adjustFormula } from './formulaRows';
import type { Grid } from './grid';
import type { RowOp, WriteOp } from './rowOps';
import type { Table } from './table';

export interface PersonRows {
  /** Normalised name (the key rows are matched by). */
  key: string;
  /** New rows, each canonical column → cell. */
  rows: Record<string, CellOut>[];
}

export interface RowPlan {
  ops: RowOp[];
  /** Per person key: existing rows replaced, rows written. */
  counts: Map<string, { replaced: number; written: number }>;
  /** 0-based rows of existing data that the plan overwrites or deletes (their old content matters for undo). */
  touchedRows: number[];
}

function writeOp(table: Table, row: number, cells: Record<string, CellOut>): WriteOp {
  const out: WriteOp['cells'] = [];
  for (const [column, cell] of Object.entries(cells)) {
    const col = table.columns[column];
    if (col !== undefined) out.push({ col, cell });
  }
  out.sort((a, b) => a.col - b.col);
  return { kind: 'write', sheet: table.sheet, row, cells: out };
}

/** Groups of operations, each anchored at a row; run bottom-up. */
interface Group {
  at: number;
  /** At the same row, writes and deletes of existing rows (0) run before an insert there (1). */
  order: number;
  ops: RowOp[];
}

/**
 * The trailing totals row's formulas after the rows moved, written last: Excel adjusts them
 * itself, except that a range ending on the last data row does not grow over rows appended
 * after it. Writing the result makes it independent of the host's own adjusting; undo puts
 * the original formulas back after the rows are restored (`restoreAt`).
 */
function totalsRewrite(grid: Grid, table: Table, ops: RowOp[]): WriteOp | null {
  if (table.totalsRow === null || !ops.some((o) => o.kind !== 'write')) return null;
  const t = table.totalsRow;
  const cells: WriteOp['cells'] = [];
  (grid.formulas[t] ?? []).forEach((f, col) => {
    if (typeof f !== 'string' || !f.startsWith('=')) return;
    const lastDataRow1 = table.lastDataRow + 1; // 1-based
    let now = f;
    for (const op of ops) {
      if (op.kind === 'write') continue;
      const shift = { at: op.row + 1, count: op.kind === 'insert' ? op.count : -op.count };
      // The append (rows inserted right after the last data row) is the first operation run.
      const isAppend =
        op.kind === 'insert' &&
        op === ops.find((o) => o.kind !== 'write') &&
        op.row === table.lastDataRow + 1;
      now = adjustFormula(now, table.sheet, shift, isAppend ? lastDataRow1 : undefined);
    }
    cells.push({ col, cell: { value: now, formula: true }, before: f });
  });
  if (cells.length === 0) return null;
  let row = t;
  for (const op of ops) {
    if (op.kind === 'insert' && op.row <= row) row += op.count;
    else if (op.kind === 'delete' && op.row + op.count <= row) row -= op.count;
  }
  return { kind: 'write', sheet: table.sheet, row, cells, restoreAt: t };
}

/** Each existing data row's owner key, by the key function applied to the person cell. */
export function rowsByPerson(
  grid: Grid,
  table: Table,
  personColumn: string,
  keyOf: (v: unknown) => string,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const col = table.columns[personColumn];
  if (col === undefined) return map;
  for (const r of table.dataRows) {
    const key = keyOf(grid.values[r]?.[col]);
    if (key === '') continue;
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  }
  return map;
}

export function planRows(
  grid: Grid,
  table: Table,
  existing: Map<string, number[]>,
  people: PersonRows[],
): RowPlan {
  const groups: Group[] = [];
  const counts = new Map<string, { replaced: number; written: number }>();
  const touchedRows: number[] = [];
  const appended: Record<string, CellOut>[] = [];

  for (const p of people) {
    const old = existing.get(p.key) ?? [];
    counts.set(p.key, { replaced: old.length, written: p.rows.length });
    if (old.length === 0) {
      appended.push(...p.rows);
      continue;
    }
    const k = Math.min(old.length, p.rows.length);
    for (let i = 0; i < k; i++) {
      groups.push({ at: old[i], order: 0, ops: [writeOp(table, old[i], p.rows[i])] });
      touchedRows.push(old[i]);
    }
    // Surplus rows: consecutive runs deleted together.
    let i = k;
    while (i < old.length) {
      let j = i;
      while (j + 1 < old.length && old[j + 1] === old[j] + 1) j++;
      groups.push({
        at: old[i],
        order: 0,
        ops: [{ kind: 'delete', sheet: table.sheet, row: old[i], count: j - i + 1 }],
      });
      for (let r = i; r <= j; r++) touchedRows.push(old[r]);
      i = j + 1;
    }
    if (p.rows.length > old.length) {
      const at = old[old.length - 1] + 1;
      const extra = p.rows.slice(old.length);
      const ops: RowOp[] = [{ kind: 'insert', sheet: table.sheet, row: at, count: extra.length }];
      extra.forEach((cells, n) => ops.push(writeOp(table, at + n, cells)));
      groups.push({ at, order: 1, ops });
    }
  }

  if (appended.length > 0) {
    const at = table.lastDataRow + 1;
    const ops: RowOp[] = [];
    if (table.totalsRow !== null) {
      ops.push({ kind: 'insert', sheet: table.sheet, row: at, count: appended.length });
      appended.forEach((cells, n) => ops.push(writeOp(table, at + n, cells)));
    } else {
      appended.forEach((cells, n) => ops.push(writeOp(table, at + n, cells)));
    }
    // Below every existing row: runs first.
    groups.push({ at: Number.MAX_SAFE_INTEGER, order: 1, ops });
  }

  groups.sort((a, b) => b.at - a.at || a.order - b.order);
  const ops = groups.flatMap((g) => g.ops);
  const totals = totalsRewrite(grid, table, ops);
  if (totals) ops.push(totals);
  return { ops, counts, touchedRows: touchedRows.sort((a, b) => a - b) };
}
