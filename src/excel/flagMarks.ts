// Flagged cells marked in the sheet with a fill, without losing the coordinator's formatting:
// what a mark replaced (the cell's fill before) is remembered in the workbook (workbook.settings,
// so it travels with the file) and put back when the cell is no longer flagged. A cell whose
// fill the user changed since it was marked is left alone (and forgotten). The yellow name
// cells stay yellow: a flag on one is listed in the pane but not filled over.
import { address } from '../core/import/grid';
import { fillKey } from '../core/import/journal';
import { NAME_FILL } from '../core/import/templateLayout';
import { parseA1 } from '../core/log/a1';
import { cellRuns } from '../core/import/writeBlocks';
import type { Flag } from '../core/model';
import { normaliseFill, queueCellFills } from './fillReading';
import { transient } from './transient';
import { MAX_BATCH_BYTES } from './writeOps';
import { storedObjects } from '../core/storedJson';

export const MARKS_KEY = 'spridningslogg.flagMarks';
/** Excel's "light red fill" of its own conditional formats. */
export const MARK_FILL = '#FFC7CE';

export interface StoredMark {
  sheet: string;
  cell: string;
  /** The fill before the mark ("#RRGGBB"), null when the cell had none. */
  original: string | null;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface MarkPlan {
  /** Cells to fill with MARK_FILL. */
  mark: CellRef[];
  /** Cells to give their fill back (original null: no fill). */
  restore: StoredMark[];
  /** The marks to remember after this check. */
  store: StoredMark[];
}

export const cellKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell.toUpperCase()}`;

export function parseMarks(value: unknown): StoredMark[] {
  const out: StoredMark[] = [];
  for (const o of storedObjects(value)) {
    if (typeof o.sheet !== 'string' || typeof o.cell !== 'string' || !cellAt(o.cell)) continue;
    out.push({ sheet: o.sheet, cell: o.cell, original: normaliseFill(o.original) });
  }
  return out;
}

/** A cell address's 0-based row and column; null when it is not one cell of the grid. */
function cellAt(cell: string): { row: number; col: number } | null {
  const p = parseA1(cell);
  return p && p.row1 <= 1_048_576 && p.col0 <= 16_383 ? { row: p.row1 - 1, col: p.col0 } : null;
}

/** The cells flags point at, once each, in sheets the marks may touch. */
export function flaggedCells(flags: Flag[], markable: (sheet: string) => boolean): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const f of flags) {
    if (!markable(f.sheet) || !cellAt(f.cell)) continue;
    const key = cellKey(f.sheet, f.cell);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, cell: f.cell.replace(/\$/g, '').toUpperCase() });
  }
  return out;
}

/**
 * What to do with the marks. `inScope`: sheets this check decides on (marks elsewhere are kept
 * untouched); `fills`: the current fill of every stored and flagged cell, by cellKey.
 */
export function planMarks(
  stored: StoredMark[],
  flagged: CellRef[],
  inScope: (sheet: string) => boolean,
  fills: Map<string, string | null>,
): MarkPlan {
  const flaggedKeys = new Set(flagged.map((c) => cellKey(c.sheet, c.cell)));
  const storedByKey = new Map<string, StoredMark>();
  for (const m of stored) storedByKey.set(cellKey(m.sheet, m.cell), m);
  const plan: MarkPlan = { mark: [], restore: [], store: [] };
  for (const [key, m] of storedByKey) {
    if (!inScope(m.sheet)) {
      plan.store.push(m);
      continue;
    }
    const now = fills.get(key) ?? null;
    if (now !== MARK_FILL) continue; // the user re-coloured it (or the cell moved): leave alone, forget
    if (flaggedKeys.has(key))
      plan.store.push(m); // still flagged: the mark stays
    else plan.restore.push(m);
  }
  for (const c of flagged) {
    const key = cellKey(c.sheet, c.cell);
    const prior = storedByKey.get(key);
    // Marked before: still marked (kept above), or re-coloured by the user since (left alone this time).
    if (prior) continue;
    const now = fills.get(key) ?? null;
    if (now === NAME_FILL) continue; // yellow name cells stay yellow
    // A mark without a record (rows moved under it): its original is unknown; no fill is the best guess.
    plan.mark.push(c);
    plan.store.push({ sheet: c.sheet, cell: c.cell, original: now === MARK_FILL ? null : now });
  }
  return plan;
}

/**
 * Queues reading the fill of each cell (fillReading.ts: by runs on hosts with getCellProperties);
 * `finish`, after the sync, gives them by cellKey.
 */
export function queueFills(
  context: Excel.RequestContext,
  cells: CellRef[],
): () => Promise<Map<string, string | null>> {
  const at = cells.map((c) => {
    const p = cellAt(c.cell) ?? { row: 0, col: 0 }; // flaggedCells and parseMarks keep only cells
    return { c, sheet: c.sheet, ...p };
  });
  const queued = queueCellFills(context, at);
  return async () => {
    const fills = await queued.finish();
    return new Map(
      at.map((x) => [cellKey(x.c.sheet, x.c.cell), fills.get(fillKey(x.sheet, x.row, x.col)) ?? null]),
    );
  };
}

/** Request bytes of one range given a fill (its path and the action; measured about 650). */
const FILL_RANGE_BYTES = 1000;

/**
 * Writes the marks and the restored fills, one range per run of a column's cells given the same
 * colour, and the remembered marks: the memory first (a mark is never made without the fill it
 * replaces kept), then the fills, in requests under MAX_BATCH_BYTES (one for a usual check).
 */
export async function writeMarks(context: Excel.RequestContext, plan: MarkPlan): Promise<void> {
  const byColour = new Map<string | null, CellRef[]>([[MARK_FILL, plan.mark]]);
  for (const m of plan.restore) byColour.set(m.original, [...(byColour.get(m.original) ?? []), m]);
  const writes = [...byColour].flatMap(([colour, refs]) =>
    cellRuns(refs.map((c) => ({ sheet: c.sheet, ...(cellAt(c.cell) ?? { row: 0, col: 0 }) }))).map((run) => ({
      run,
      colour,
    })),
  );
  const memory = JSON.stringify(plan.store);
  context.workbook.settings.add(MARKS_KEY, memory);
  let bytes = memory.length * 2;
  let sheets = new Map<string, Excel.Worksheet>();
  for (const { run, colour } of writes) {
    if (bytes + FILL_RANGE_BYTES > MAX_BATCH_BYTES) {
      await context.sync();
      bytes = 0;
      sheets = new Map();
    }
    bytes += FILL_RANGE_BYTES;
    let ws = sheets.get(run.sheet);
    if (!ws) sheets.set(run.sheet, (ws = context.workbook.worksheets.getItem(run.sheet)));
    const from = address(run.row0, run.col);
    const fill = transient(
      ws.getRange(run.row0 === run.row1 ? from : `${from}:${address(run.row1, run.col)}`),
    ).format.fill;
    if (colour === null) fill.clear();
    else fill.color = colour;
  }
  await context.sync();
}
