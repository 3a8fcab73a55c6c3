// The workbook as the grid shows it, read from ExcelHost.snapshot(), and the diff of two
// snapshots (which cells a batch wrote). Pure: no DOM, no host.
import { parseAddress } from '../host/address';

export interface SnapshotCell {
  value?: string | number | boolean | null;
  formula?: string;
  fill?: string;
  bold?: boolean;
  [key: string]: unknown;
}

export interface SnapshotSheet {
  name: string;
  /** 'Visible', 'Hidden' or 'VeryHidden' as Excel says. */
  visibility?: string;
  cells: Record<string, SnapshotCell>;
  merges?: string[];
}

export interface BookSnapshot {
  sheets: SnapshotSheet[];
}

/** "Sheet!A1" keys of every cell whose saved content differs between two snapshots. */
export function changedCells(before: BookSnapshot | null, after: BookSnapshot): Set<string> {
  const out = new Set<string>();
  const old = new Map((before?.sheets ?? []).map((s) => [s.name, s.cells]));
  for (const sheet of after.sheets) {
    const prev = old.get(sheet.name) ?? {};
    const keys = new Set([...Object.keys(prev), ...Object.keys(sheet.cells)]);
    for (const key of keys) {
      if (JSON.stringify(prev[key] ?? null) !== JSON.stringify(sheet.cells[key] ?? null))
        out.add(`${sheet.name}!${key}`);
    }
  }
  return out;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Cells by "r,c" (0-based). */
  at: Map<string, SnapshotCell>;
}

/** The used area of a sheet (at least 20 × 8, at most `maxRows` × `maxCols`). */
export function gridShape(sheet: SnapshotSheet, maxRows = 400, maxCols = 40): GridShape {
  let rows = 20;
  let cols = 8;
  const at = new Map<string, SnapshotCell>();
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const p = parseAddress(key);
    if (!p) continue;
    at.set(`${p.r0},${p.c0}`, cell);
    rows = Math.max(rows, p.r0 + 2);
    cols = Math.max(cols, p.c0 + 2);
  }
  return { rows: Math.min(rows, maxRows), cols: Math.min(cols, maxCols), at };
}

/** What a cell shows: its value, a formula's value (or the formula when it has none yet). */
export function cellText(cell: SnapshotCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined || v === '') return cell.formula ? String(cell.formula) : '';
  if (typeof v === 'boolean') return v ? 'SANT' : 'FALSKT';
  if (typeof v === 'number' && isDateFormat(cell.numberFormat)) return serialToIso(v);
  return String(v);
}

/** A number format that shows a date (has day or year codes outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || format.toLowerCase() === 'general') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

/** Excel's day serial (1900 system) as yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** 0-based rectangle of the selection's address, or null. */
export function selectionRect(
  address: string | undefined,
): { r0: number; c0: number; r1: number; c1: number } | null {
  if (!address) return null;
  const p = parseAddress(address);
  return p ? { r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 } : null;
}
