// Queuing the import's row operations, and the undo's inverse ones, on a request context.
// Nothing here syncs: the caller decides where the batch ends.
import { guardText } from '../core/import/textGuard';
import { address, asText } from '../core/import/grid';
import type { Journal } from '../core/import/journal';
import type { RowOp, WriteOp } from '../core/import/rowOps';
import { fillRuns, writeBlocks, type WriteBlock } from '../core/import/writeBlocks';
import { transient } from './transient';

/** Stay well under Excel on the web's 5 MB request cap: a write or undo larger goes in more requests. */
export const MAX_BATCH_BYTES = 4_000_000;

/** What a cell is written with: numbers as numbers, formulas as formulas, any other text as text. */
export function toInput(value: unknown, formula = false): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const s = asText(value);
  return formula ? s : guardText(s);
}

/** A journal's input (a formula, a number, or text already guarded: see core inputOf) as written. */
function restoreInput(f: unknown): string | number | boolean {
  if (typeof f === 'number' || typeof f === 'boolean') return f;
  return asText(f);
}

/** A range of the sheet used in this batch only (see transient.ts). */
function at(sheet: Excel.Worksheet, addr: string): Excel.Range {
  return transient(sheet.getRange(addr));
}

function rows(sheet: Excel.Worksheet, row: number, count: number): Excel.Range {
  return at(sheet, `${row + 1}:${row + count}`);
}

/** Contiguous runs of columns: [[start, end], …] (inclusive) over sorted columns. */
function runs(cols: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Queues the import's operations. `fillSet` holds `${opIndex}:${col}` of fills to set. */
export function queueOps(
  context: Excel.RequestContext,
  ops: RowOp[],
  fillSet: Set<string>,
  offset = 0,
  onStart?: (index: number) => void,
): void {
  // Consecutive row writes go as one block each: one range for the values, one for the number
  // formats (null where a cell keeps its own), one per run of a fill colour in a column.
  const blocks = new Map(writeBlocks(ops).map((b) => [b.first, b]));
  for (let i = 0; i < ops.length; i++) {
    onStart?.(i + offset);
    const op = ops[i];
    const sheet = context.workbook.worksheets.getItem(op.sheet);
    if (op.kind === 'insert') transient(rows(sheet, op.row, op.count).insert('Down'));
    else if (op.kind === 'delete') rows(sheet, op.row, op.count).delete('Up');
    else {
      const block = blocks.get(i) ?? blockOfOne(op, i);
      queueBlock(sheet, ops, block, fillSet, offset);
      i = block.last;
    }
  }
}

function blockOfOne(op: WriteOp, i: number): WriteBlock {
  const cols = op.cells.map((c) => c.col);
  return {
    first: i,
    last: i,
    sheet: op.sheet,
    row0: op.row,
    row1: op.row,
    col0: cols.length ? Math.min(...cols) : 0,
    col1: cols.length ? Math.max(...cols) : -1,
  };
}

function queueBlock(
  sheet: Excel.Worksheet,
  ops: RowOp[],
  block: WriteBlock,
  fillSet: Set<string>,
  offset: number,
): void {
  if (block.col1 < block.col0) return;
  const height = block.row1 - block.row0 + 1;
  const width = block.col1 - block.col0 + 1;
  const values: (string | number | boolean | null)[][] = Array.from({ length: height }, () =>
    new Array<string | number | boolean | null>(width).fill(null),
  );
  const formats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  let anyFormat = false;
  const fills: { row: number; col: number; color: string }[] = [];
  for (let i = block.first; i <= block.last; i++) {
    const op = ops[i] as WriteOp;
    const r = op.row - block.row0;
    for (const { col, cell } of op.cells) {
      values[r][col - block.col0] = toInput(cell.value, cell.formula);
      if (cell.numberFormat) {
        formats[r][col - block.col0] = cell.numberFormat;
        anyFormat = true;
      }
      if (cell.fill && fillSet.has(`${i + offset}:${col}`))
        fills.push({ row: op.row, col, color: cell.fill });
    }
  }
  const range = at(sheet, `${address(block.row0, block.col0)}:${address(block.row1, block.col1)}`);
  range.formulas = values;
  if (anyFormat) range.numberFormat = formats;
  for (const run of fillRuns(fills))
    at(sheet, `${address(run.row0, run.col)}:${address(run.row1, run.col)}`).format.fill.color = run.color;
}

/** Bytes a string takes in a JSON request (escapes, UTF-8; non-ASCII counted at most 3 bytes). */
export function jsonBytes(s: string): number {
  let n = JSON.stringify(s).length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n;
}

/**
 * Request size of an operation in bytes, for chunking under 5 MB: cell texts as the JSON the
 * client sends (`jsonBytes`, exact for ASCII, an upper bound for å/ä/ö), plus a fixed overhead
 * per cell. An over-estimate would split a write that fits one request into two round trips.
 */
export function opBytes(op: RowOp): number {
  if (op.kind !== 'write') return 200;
  let n = 60;
  for (const c of op.cells)
    n +=
      8 +
      (typeof c.cell.value === 'string' ? jsonBytes(c.cell.value) : 24) +
      (c.cell.numberFormat ? jsonBytes(c.cell.numberFormat) + 8 : 0);
  return n;
}

function setFill(range: Excel.Range, fill: string | null): void {
  if (fill === null || /^#?FFFFFF$/i.test(fill)) range.format.fill.clear();
  else range.format.fill.color = fill;
}

/** One step of an undo: queue it, and its rough request size. */
export interface UndoStep {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
}

function inputBytes(v: unknown): number {
  return 40 + (typeof v === 'string' ? v.length * 2 : 12);
}

/** Undoing a journal as steps (its entries' inverses, last first), to be queued in batches. */
export function undoSteps(journal: Journal): UndoStep[] {
  const order = [...journal.entries].reverse();
  // Entries marked `last` (a totals row's formulas) go back once every row is back.
  order.sort(
    (a, b) => Number(a.kind === 'write' && a.last === true) - Number(b.kind === 'write' && b.last === true),
  );
  const steps: UndoStep[] = [];
  for (const e of order) {
    const ws = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(e.sheet);
    switch (e.kind) {
      case 'fresh':
        break;
      case 'insert':
        steps.push({ bytes: 200, queue: (c) => rows(ws(c), e.row, e.count).delete('Up') });
        break;
      case 'write': {
        const byCol = new Map(e.cells.map((c) => [c.col, c]));
        for (const [c0, c1] of runs(e.cells.map((c) => c.col).sort((a, b) => a - b))) {
          const cells = Array.from({ length: c1 - c0 + 1 }, (_, k) => byCol.get(c0 + k)!);
          steps.push({
            bytes: 200 + cells.reduce((n, c) => n + inputBytes(c.formula) + c.numberFormat.length * 2, 0),
            queue: (context) => {
              const sheet = ws(context);
              const range = at(sheet, `${address(e.row, c0)}:${address(e.row, c1)}`);
              range.formulas = [cells.map((c) => restoreInput(c.formula))];
              range.numberFormat = [cells.map((c) => c.numberFormat)];
              for (const c of cells)
                if (c.fill !== undefined) setFill(at(sheet, address(e.row, c.col)), c.fill);
            },
          });
        }
        break;
      }
      case 'delete':
        steps.push({
          bytes:
            200 +
            e.rows.reduce((n, r) => n + r.formulas.reduce<number>((m, f) => m + inputBytes(f) + 60, 0), 0),
          queue: (context) => {
            const sheet = ws(context);
            transient(rows(sheet, e.row, e.count).insert('Down'));
            e.rows.forEach((r, k) => {
              const width = Math.max(r.formulas.length, r.numberFormats.length);
              if (width === 0) return;
              const range = at(sheet, `${address(e.row + k, 0)}:${address(e.row + k, width - 1)}`);
              range.formulas = [Array.from({ length: width }, (_, c) => restoreInput(r.formulas[c] ?? ''))];
              range.numberFormat = [Array.from({ length: width }, (_, c) => r.numberFormats[c] ?? 'General')];
              r.fills.forEach((f, c) => setFill(at(sheet, address(e.row + k, c)), f));
            });
          },
        });
        break;
    }
  }
  return steps;
}
