// Flagged cells marked in the sheet with a fill, without losing the coordinator's formatting:
// what a mark replaced (the cell's fill before) is remembered in the workbook (workbook.settings,
// so it travels with the file) and put back when the cell is no longer flagged. A cell whose
// fill the user changed since it was marked is left alone (and forgotten). The yellow name
// cells stay yellow: a flag on one is listed in the pane but not filled over.
import { NAME_FILL } from '../core/import/templateLayout';
import type { Flag } from '../core/model';
import { transient } from './transient';

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

/** A fill as Excel reports it, normalised: "#RRGGBB" upper case, or null for none/white. */
export function normaliseFill(color: unknown): string | null {
  if (typeof color !== 'string' || color === '') return null;
  const hex = color.startsWith('#') ? color.toUpperCase() : `#${color.toUpperCase()}`;
  if (!/^#[0-9A-F]{6}$/.test(hex) || hex === '#FFFFFF') return null;
  return hex;
}

export function parseMarks(value: unknown): StoredMark[] {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  const out: StoredMark[] = [];
  for (const m of data as unknown[]) {
    if (typeof m !== 'object' || m === null) continue;
    const o = m as Record<string, unknown>;
    if (typeof o.sheet !== 'string' || typeof o.cell !== 'string') continue;
    out.push({ sheet: o.sheet, cell: o.cell, original: normaliseFill(o.original) });
  }
  return out;
}

/** The cells flags point at, once each, in sheets the marks may touch. */
export function flaggedCells(flags: Flag[], markable: (sheet: string) => boolean): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const f of flags) {
    if (!markable(f.sheet) || !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(f.cell)) continue;
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

/** Queues loading the fill of each cell; the getter (after sync) gives them by cellKey. */
export function queueFills(
  context: Excel.RequestContext,
  cells: CellRef[],
): () => Map<string, string | null> {
  const loaded = cells.map((c) => ({
    c,
    fill: transient(context.workbook.worksheets.getItem(c.sheet).getRange(c.cell)).format.fill.load('color'),
  }));
  return () => new Map(loaded.map(({ c, fill }) => [cellKey(c.sheet, c.cell), normaliseFill(fill.color)]));
}

/** Queues the marks, the restored fills and the remembered marks (answered by the next sync). */
export function queueMarks(context: Excel.RequestContext, plan: MarkPlan): void {
  const sheets = context.workbook.worksheets;
  for (const c of plan.mark)
    transient(sheets.getItem(c.sheet).getRange(c.cell)).format.fill.color = MARK_FILL;
  for (const m of plan.restore) {
    const fill = transient(sheets.getItem(m.sheet).getRange(m.cell)).format.fill;
    if (m.original === null) fill.clear();
    else fill.color = m.original;
  }
  context.workbook.settings.add(MARKS_KEY, JSON.stringify(plan.store));
}
