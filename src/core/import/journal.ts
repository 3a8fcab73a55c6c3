// The undo journal: what an import changed and what was there before, kept IN the workbook so
// "Ångra senaste import" also works after the pane was closed, on hosts without Excel's own
// undo for add-ins. Stored as JSON in cells of a very hidden sheet (see journalCells.ts).
import { z } from 'zod';
import { textHash } from './fingerprint';
import { asText, type Grid } from './grid';
import { guardText } from './textGuard';
import { countBelow, finalRow, structuralIndices, type RowOp } from './rowOps';

/** A cell as it was before the import wrote it. */
export interface CellBefore {
  col: number;
  /** What to write to get the cell back: its formula, a number, or text guarded as text (see inputOf). */
  formula: unknown;
  numberFormat: string;
  /** Set only when the import changed the cell's fill: the fill before (null = none). */
  fill?: string | null;
}

export type JournalEntry =
  /** `last`: restored after every other entry is undone (row = where it was before the import). */
  | { kind: 'write'; sheet: string; row: number; cells: CellBefore[]; last?: boolean }
  /** A write into rows the import inserted: nothing to restore, the rows go. */
  | { kind: 'fresh'; sheet: string; row: number }
  | { kind: 'insert'; sheet: string; row: number; count: number }
  | {
      kind: 'delete';
      sheet: string;
      row: number;
      count: number;
      rows: { formulas: unknown[]; numberFormats: string[]; fills: (string | null)[] }[];
    };

/** A cell the import wrote, where it is after the import, and what it holds. */
export interface ExpectedCell {
  sheet: string;
  row: number;
  col: number;
  /** What the cell holds; a long text is kept as its hash (`hashed`), to keep the journal small. */
  value: string | number;
  formula?: boolean;
  hashed?: boolean;
  /** Length of a hashed text (to size the reads that check it). */
  length?: number;
}

/** Texts longer than this are stored in the journal's expected cells as a hash. */
const HASH_FROM = 64;

export interface Journal {
  version: 1;
  /** Unique per import: a roll-back only undoes the journal of the write it rolls back. */
  id: string;
  createdAt: string;
  label: string;
  /** How many plans the import wrote (for the undo button's words); absent in earlier versions' journals. */
  plans?: number;
  entries: JournalEntry[];
  expected: ExpectedCell[];
}

/** Fills read before the import: key `${sheet}\u0000${row}\u0000${col}` → colour or null (none). */
export type FillMap = Map<string, string | null>;

export function fillKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** Whether the write at ops[index] is into rows inserted by the import (walking back to the last insert). */
function originalRow(ops: RowOp[], index: number, row: number): number | null {
  const moves = structuralIndices(ops);
  let r = row;
  for (let k = countBelow(moves, index) - 1; k >= 0; k--) {
    const op = ops[moves[k]];
    if (op.sheet !== ops[index].sheet) continue;
    if (op.kind === 'insert') {
      if (r >= op.row && r < op.row + op.count) return null;
      if (op.row <= r) r -= op.count;
    } else if (op.kind === 'delete' && op.row <= r) r += op.count;
  }
  return r;
}

/** The cells whose fill must be read before writing: fill targets of existing rows, and deleted rows. */
export function fillsToRead(
  ops: RowOp[],
  grids: Map<string, Grid>,
): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  ops.forEach((op, i) => {
    if (op.kind === 'write' && op.restoreAt === undefined) {
      const orig = originalRow(ops, i, op.row);
      if (orig === null) return;
      for (const c of op.cells) if (c.cell.fill) out.push({ sheet: op.sheet, row: orig, col: c.col });
    } else if (op.kind === 'delete') {
      const width = gridWidth(grids.get(op.sheet));
      for (let r = op.row; r < op.row + op.count; r++)
        for (let c = 0; c < width; c++) out.push({ sheet: op.sheet, row: r, col: c });
    }
  });
  return out;
}

/**
 * What recreates a grid cell when written with Range.formulas: its formula when it has one,
 * otherwise its constant, text guarded so that "=…", "20" or "2017-02-10" typed as text stay text.
 */
export function inputOf(grid: Grid | undefined, row: number, col: number): unknown {
  const f = grid?.formulas[row]?.[col];
  const v = grid?.values[row]?.[col];
  if (typeof f === 'string' && f.startsWith('=') && f.length > 1 && v !== f) return f;
  const constant = v === undefined || v === null ? (f ?? '') : v;
  return typeof constant === 'string' ? guardText(constant) : constant;
}

function gridWidth(grid: Grid | undefined): number {
  return grid ? Math.max(0, ...grid.formulas.map((r) => r.length)) : 0;
}

function sameFill(a: string | null | undefined, b: string | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/** Which fills the write must set: for rows written in place, only where the colour differs. */
export function fillChanges(ops: RowOp[], fills: FillMap): Set<string> {
  const set = new Set<string>();
  ops.forEach((op, i) => {
    if (op.kind !== 'write') return;
    const orig = originalRow(ops, i, op.row);
    for (const c of op.cells) {
      if (!c.cell.fill) continue;
      if (orig === null || !sameFill(fills.get(fillKey(op.sheet, orig, c.col)), c.cell.fill))
        set.add(`${i}:${c.col}`);
    }
  });
  return set;
}

/**
 * The journal of running `ops` on workbooks whose tabs were `grids` (before the import), with
 * the fills read before and the set of fill changes (from fillChanges).
 */
export function buildJournal(
  ops: RowOp[],
  grids: Map<string, Grid>,
  fills: FillMap,
  fillSet: Set<string>,
  label: string,
  now: Date,
  plans?: number,
): Journal {
  const entries: JournalEntry[] = [];
  const expected: ExpectedCell[] = [];
  ops.forEach((op, i) => {
    if (op.kind === 'insert') {
      entries.push({ kind: 'insert', sheet: op.sheet, row: op.row, count: op.count });
      return;
    }
    const grid = grids.get(op.sheet);
    if (op.kind === 'delete') {
      const rows: { formulas: unknown[]; numberFormats: string[]; fills: (string | null)[] }[] = [];
      const width = gridWidth(grid);
      for (let r = op.row; r < op.row + op.count; r++) {
        const fl: (string | null)[] = [];
        for (let c = 0; c < width; c++) fl.push(fills.get(fillKey(op.sheet, r, c)) ?? null);
        rows.push({
          formulas: Array.from({ length: width }, (_, c) => inputOf(grid, r, c)),
          numberFormats: [...(grid?.numberFormats[r] ?? [])],
          fills: fl,
        });
      }
      entries.push({ kind: 'delete', sheet: op.sheet, row: op.row, count: op.count, rows });
      return;
    }
    const orig = op.restoreAt !== undefined ? op.restoreAt : originalRow(ops, i, op.row);
    if (op.restoreAt !== undefined) {
      entries.push({
        kind: 'write',
        sheet: op.sheet,
        row: op.restoreAt,
        last: true,
        cells: op.cells.map((c) => ({
          col: c.col,
          formula: c.before !== undefined ? c.before : inputOf(grid, op.restoreAt!, c.col),
          numberFormat: grid?.numberFormats[op.restoreAt!]?.[c.col] ?? 'General',
        })),
      });
    } else if (orig === null) entries.push({ kind: 'fresh', sheet: op.sheet, row: op.row });
    else {
      entries.push({
        kind: 'write',
        sheet: op.sheet,
        row: op.row,
        cells: op.cells.map((c) => {
          const before: CellBefore = {
            col: c.col,
            formula: c.before !== undefined ? c.before : inputOf(grid, orig, c.col),
            numberFormat: grid?.numberFormats[orig]?.[c.col] ?? 'General',
          };
          if (fillSet.has(`${i}:${c.col}`)) before.fill = fills.get(fillKey(op.sheet, orig, c.col)) ?? null;
          return before;
        }),
      });
    }
    const at = finalRow(ops, i, op.row);
    if (at === null) return;
    for (const c of op.cells) {
      const v = c.cell.value;
      const long = typeof v === 'string' && v.length > HASH_FROM;
      expected.push({
        sheet: op.sheet,
        row: at,
        col: c.col,
        value: long ? textHash(v) : v,
        ...(c.cell.formula ? { formula: true } : {}),
        ...(long ? { hashed: true, length: v.length } : {}),
      });
    }
  });
  const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return {
    version: 1,
    id,
    createdAt: now.toISOString(),
    label,
    ...(plans !== undefined ? { plans } : {}),
    entries,
    expected,
  };
}

/** Whether a cell read now still holds what the import wrote. */
export function stillAsWritten(current: unknown, currentFormula: unknown, e: ExpectedCell): boolean {
  if (e.hashed) return textHash(e.formula ? asText(currentFormula) : asText(current)) === e.value;
  if (e.formula) return asText(currentFormula) === String(e.value);
  if (typeof e.value === 'number') return typeof current === 'number' && Math.abs(current - e.value) < 1e-9;
  return asText(current) === e.value;
}

// ---------------------------------------------------------------------------------------------
// Reading a stored journal back: it lives in the workbook, so it is checked, not trusted.
// ---------------------------------------------------------------------------------------------

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const rowIndex = z.number().int().min(0).max(1_048_575);
const colIndex = z.number().int().min(0).max(16_383);

const journalSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  createdAt: z.string(),
  label: z.string(),
  plans: z.number().int().min(0).optional(),
  entries: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('write'),
        sheet: z.string(),
        row: rowIndex,
        cells: z.array(
          z.object({
            col: colIndex,
            formula: cellValue,
            numberFormat: z.string(),
            fill: z.union([z.string(), z.null()]).optional(),
          }),
        ),
        last: z.boolean().optional(),
      }),
      z.object({ kind: z.literal('fresh'), sheet: z.string(), row: rowIndex }),
      z.object({
        kind: z.literal('insert'),
        sheet: z.string(),
        row: rowIndex,
        count: z.number().int().min(1),
      }),
      z.object({
        kind: z.literal('delete'),
        sheet: z.string(),
        row: rowIndex,
        count: z.number().int().min(1),
        rows: z.array(
          z.object({
            formulas: z.array(cellValue),
            numberFormats: z.array(z.string()),
            fills: z.array(z.union([z.string(), z.null()])),
          }),
        ),
      }),
    ]),
  ),
  expected: z.array(
    z.object({
      sheet: z.string(),
      row: rowIndex,
      col: colIndex,
      value: z.union([z.string(), z.number()]),
      formula: z.boolean().optional(),
      hashed: z.boolean().optional(),
      length: z.number().int().min(0).optional(),
    }),
  ),
});

// The stored form (version 3) is compact: a cell's number format is left out when General; the
// expected cells are grouped by row, sheets by index: [sheet, row, [[col, value, k], …]] with
// k = (hashed ? (length + 1) * 2 : 0) + (formula ? 1 : 0); and a run of writes into consecutive
// rows that were empty before (the same columns, General; `nofill`: the columns whose fill the
// import set where there was none) is one entry { kind: 'blank', sheet, row, count, cols, nofill }
// (the template's prepared rows). Versions 1 and 2 are still read.

type StoredRow = [number, number, [number, string | number, number][]];
interface BlankRun {
  kind: 'blank';
  sheet: string;
  row: number;
  count: number;
  cols: number[];
  nofill?: number[];
}
type StoredEntry = JournalEntry | BlankRun;

/** A write whose cells were all empty General (fills kept: none) as a run of one; null otherwise. */
function blankRun(e: JournalEntry): BlankRun | null {
  if (e.kind !== 'write' || e.last) return null;
  const nofill: number[] = [];
  for (const c of e.cells) {
    if (c.formula !== '' || c.numberFormat !== 'General') return null;
    if (c.fill === null) nofill.push(c.col);
    else if (c.fill !== undefined) return null;
  }
  const cols = e.cells.map((c) => c.col);
  return { kind: 'blank', sheet: e.sheet, row: e.row, count: 1, cols, ...(nofill.length ? { nofill } : {}) };
}

const sameList = (a: number[] = [], b: number[] = []) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The entries with runs of blank writes folded into `blank` entries (see above). */
function foldBlankRuns(entries: JournalEntry[]): StoredEntry[] {
  const out: StoredEntry[] = [];
  let run: BlankRun | null = null;
  for (const e of entries) {
    const one = blankRun(e);
    if (
      one !== null &&
      run !== null &&
      run.sheet === one.sheet &&
      run.row + run.count === one.row &&
      sameList(run.cols, one.cols) &&
      sameList(run.nofill, one.nofill)
    ) {
      run.count++;
      continue;
    }
    run = one;
    out.push(one ?? e);
  }
  return out;
}

/** The journal as stored in the workbook (JSON, version 3). */
export function journalText(journal: Journal): string {
  const sheets: string[] = [];
  const sheetIndex = (name: string) => {
    const i = sheets.indexOf(name);
    return i >= 0 ? i : sheets.push(name) - 1;
  };
  const rows: StoredRow[] = [];
  const at = new Map<string, StoredRow>();
  let last: { sheet: string; row: StoredRow } | null = null;
  for (const e of journal.expected) {
    // The cells of one row usually come together: the map is only asked when the row changes.
    let row: StoredRow | undefined =
      last !== null && last.sheet === e.sheet && last.row[1] === e.row ? last.row : undefined;
    if (!row) {
      const key = `${e.sheet}\u0000${e.row}`;
      row = at.get(key);
      if (!row) {
        row = [sheetIndex(e.sheet), e.row, []];
        at.set(key, row);
        rows.push(row);
      }
      last = { sheet: e.sheet, row };
    }
    row[2].push([e.col, e.value, (e.hashed ? ((e.length ?? 0) + 1) * 2 : 0) + (e.formula ? 1 : 0)]);
  }
  const entries = foldBlankRuns(journal.entries).map((e) =>
    e.kind === 'write'
      ? {
          ...e,
          cells: e.cells.map((c) => {
            const { numberFormat, ...rest } = c;
            return numberFormat === 'General' ? rest : c;
          }),
        }
      : e,
  );
  const { id, createdAt, label, plans } = journal;
  return JSON.stringify({ version: 3, id, createdAt, label, plans, entries, sheets, expected: rows });
}

const storedSchema = journalSchema.extend({
  version: z.union([z.literal(2), z.literal(3)]),
  entries: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('write'),
        sheet: z.string(),
        row: rowIndex,
        cells: z.array(
          z.object({
            col: colIndex,
            formula: cellValue,
            numberFormat: z.string().default('General'),
            fill: z.union([z.string(), z.null()]).optional(),
          }),
        ),
        last: z.boolean().optional(),
      }),
      ...journalSchema.shape.entries.element.options.slice(1),
      z.object({
        kind: z.literal('blank'),
        sheet: z.string(),
        row: rowIndex,
        count: z.number().int().min(1).max(1_048_576),
        cols: z.array(colIndex),
        nofill: z.array(colIndex).optional(),
      }),
    ]),
  ),
  sheets: z.array(z.string()),
  expected: z.array(
    z.tuple([
      z.number().int().min(0),
      rowIndex,
      z.array(z.tuple([colIndex, z.union([z.string(), z.number()]), z.number().int().min(0)])),
    ]),
  ),
});

/** The journal from its JSON text, or null when it is not a journal this version can undo. */
export function parseJournal(json: string): Journal | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const v1 = journalSchema.safeParse(data);
  if (v1.success) return v1.data;
  const v2 = storedSchema.safeParse(data);
  if (!v2.success) return null;
  const { id, createdAt, label, plans, sheets, expected } = v2.data;
  const entries: JournalEntry[] = [];
  for (const e of v2.data.entries) {
    if (e.kind !== 'blank') entries.push(e);
    else
      for (let k = 0; k < e.count; k++) {
        const cells: CellBefore[] = e.cols.map((col) =>
          e.nofill?.includes(col)
            ? { col, formula: '', numberFormat: 'General', fill: null }
            : { col, formula: '', numberFormat: 'General' },
        );
        entries.push({ kind: 'write', sheet: e.sheet, row: e.row + k, cells });
      }
  }
  const cells: ExpectedCell[] = [];
  for (const [s, row, list] of expected) {
    const sheet = sheets[s];
    if (sheet === undefined) return null;
    for (const [col, value, k] of list) {
      const h = k >> 1;
      cells.push({
        sheet,
        row,
        col,
        value,
        ...(k & 1 ? { formula: true } : {}),
        ...(h > 0 ? { hashed: true, length: h - 1 } : {}),
      });
    }
  }
  return {
    version: 1,
    id,
    createdAt,
    label,
    ...(plans !== undefined ? { plans } : {}),
    entries,
    expected: cells,
  };
}

/** A block of rows whose expected cells are read together to check them. */
export interface CheckBlock {
  sheet: string;
  row0: number;
  row1: number;
  col0: number;
  col1: number;
  formulas: boolean;
  /** Estimated response size in bytes. */
  bytes: number;
}

/** The expected cells grouped into row blocks (consecutive rows of a sheet), each sized. */
export function checkBlocks(expected: ExpectedCell[]): CheckBlock[] {
  const bySheet = new Map<string, ExpectedCell[]>();
  for (const e of expected) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  const blocks: CheckBlock[] = [];
  for (const [sheet, cells] of bySheet) {
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    let cur: CheckBlock | null = null;
    for (const e of cells) {
      const size = 24 + (e.hashed ? (e.length ?? 0) * 2 : String(e.value).length * 2);
      if (cur && e.row <= cur.row1 + 1 && cur.bytes < 500_000) {
        cur.row1 = Math.max(cur.row1, e.row);
        cur.col0 = Math.min(cur.col0, e.col);
        cur.col1 = Math.max(cur.col1, e.col);
        cur.formulas ||= e.formula === true;
        cur.bytes += size;
      } else {
        cur = {
          sheet,
          row0: e.row,
          row1: e.row,
          col0: e.col,
          col1: e.col,
          formulas: e.formula === true,
          bytes: size,
        };
        blocks.push(cur);
      }
    }
  }
  return blocks;
}
