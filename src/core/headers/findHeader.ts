// Finding a table's header row and its columns by header text: anywhere in the first 20 rows,
// under titles and instruction rows, with extra columns, in any order, in slightly other words.
import type { CellGrid } from './cell';
import { columnDefs, type ColumnOf, columnsOf, type TableKind } from './columns';
import { headerKey, headerWords } from './headerWords';

/** How far down a header may sit. */
export const HEADER_SEARCH_ROWS = 20;

/** An instruction sentence is not a header: longer cells only match exactly. */
const MAX_HEADER_WORDS = 8;

export interface HeaderMatch<C extends string = string> {
  /** 0-based index in the values given. */
  headerRow: number;
  /** 0-based column index (within the values given) of each canonical column found. */
  columns: Partial<Record<C, number>>;
  /** Canonical columns not found, in template order. */
  missing: C[];
  /** 0-based indexes of non-empty header cells that are none of ours (the coordinator's own). */
  extra: number[];
}

interface Candidate<C> {
  column: C;
  col: number;
  score: number;
}

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/** Score of one header cell for one column: 0 when it is not that column. */
function cellScore(words: string[], key: string, texts: string[], stored: string | undefined): number {
  if (key === '') return 0;
  if (stored !== undefined) return headerKey(stored) === key ? 1000 : 0;
  let best = 0;
  for (const text of texts) {
    const vWords = headerWords(text);
    const vKey = vWords.join('');
    if (vKey === key) return 100;
    if (words.length > MAX_HEADER_WORDS || vWords.length === 0) continue;
    const weight = Math.min(vKey.length, 30);
    if (startsWith(words, vWords)) best = Math.max(best, 50 + weight);
    else if (containsRun(words, vWords)) best = Math.max(best, 20 + weight);
  }
  return best;
}

function matchRow<K extends TableKind>(
  row: readonly unknown[],
  kind: K,
  stored: Partial<Record<ColumnOf<K>, string>> | undefined,
): { score: number; found: number; columns: Partial<Record<ColumnOf<K>, number>> } {
  const cands: Candidate<ColumnOf<K>>[] = [];
  const cells = row.map((v) => (typeof v === 'string' ? v : null));
  for (const def of columnDefs(kind)) {
    const storedText = stored?.[def.column];
    const texts = [def.header, ...def.variants];
    cells.forEach((cell, col) => {
      if (cell === null) return;
      const score = cellScore(headerWords(cell), headerKey(cell), texts, storedText);
      if (score > 0) cands.push({ column: def.column, col, score });
    });
  }
  // Best pairs first: an exact "Namn på den som skickat in" beats a "Namn" prefix elsewhere.
  cands.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<ColumnOf<K>, number>> = {};
  const usedCols = new Set<number>();
  let score = 0;
  let found = 0;
  for (const c of cands) {
    if (columns[c.column] !== undefined || usedCols.has(c.col)) continue;
    columns[c.column] = c.col;
    usedCols.add(c.col);
    score += c.score;
    found++;
  }
  return { score, found, columns };
}

/**
 * Finds the header row of a table of `kind` in the first 20 rows of `values` and where each
 * canonical column is. `stored` maps a column to the header text the user pointed at once; it
 * overrides the built-in wordings for that column. Returns null when no row has at least two
 * of the table's columns.
 */
export function findHeader<K extends TableKind>(
  values: CellGrid,
  kind: K,
  stored?: Partial<Record<ColumnOf<K>, string>>,
): HeaderMatch<ColumnOf<K>> | null {
  let best: { row: number; score: number; columns: Partial<Record<ColumnOf<K>, number>> } | null = null;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const m = matchRow(values[r] ?? [], kind, stored);
    if (m.found < 2) continue;
    if (best === null || m.score > best.score) best = { row: r, score: m.score, columns: m.columns };
  }
  if (best === null) return null;
  const columns = best.columns;
  const missing = columnsOf(kind).filter((c) => columns[c] === undefined);
  const used = new Set(Object.values(columns) as number[]);
  const extra: number[] = [];
  (values[best.row] ?? []).forEach((v, col) => {
    if (!used.has(col) && v !== null && v !== '' && !(typeof v === 'string' && v.trim() === ''))
      extra.push(col);
  });
  return { headerRow: best.row, columns, missing, extra };
}
