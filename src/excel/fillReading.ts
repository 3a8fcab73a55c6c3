// Reading the fills of many cells (an import's journal keeps those it recolours or deletes, to
// restore them on undo; the check's marks keep what a mark replaced) in as few requests as
// Excel on the web's 5 MB cap allows. Cells are read by vertical runs (one range per run):
//
// - ExcelApi 1.9 and later: Range.getCellProperties gives every cell's fill of a run in the same
//   request, whatever the colours (the template's yellow empty rows, then unformatted ones).
//   A request reads at most CELLS_PER_REQUEST cells this way and holds at most
//   RANGES_PER_REQUEST ranges; runs beyond that are read as one colour (Range.format.fill.color,
//   one value for a run of one colour), and only those of mixed colours in further requests.
// - Below 1.9 (Office 2019, no size cap): a run's fill.color, and a run of mixed colours cell by
//   cell in one more request; scattered cells (the check's) one range per cell in one request.
import { address, asText, type Grid } from '../core/import/grid';
import { fillKey, fillsToRead, type FillMap } from '../core/import/journal';
import type { RowOp } from '../core/import/rowOps';
import { cellRuns, type CellRun } from '../core/import/writeBlocks';
import { supportsExcelApi } from './excelRun';
import { transient } from './transient';

/** Cells one request reads per cell (about 45 bytes of response each: ~1.8 MB). */
export const CELLS_PER_REQUEST = 40_000;
/** Ranges one request holds (a few hundred bytes of request each: ~2 MB). */
export const RANGES_PER_REQUEST = 4_000;
/** Scattered cells of a column closer than this are read as one run (a cell costs less than a range). */
const BRIDGE_GAP = 8;

const FILL_COLOR: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true } } };

export interface Cell {
  sheet: string;
  row: number;
  col: number;
}

/** Fills queued on a request; `finish`, after its sync, gives them (reading the rest in more syncs). */
export interface QueuedFills {
  finish(): Promise<FillMap>;
}

/** A fill as Excel reports it, normalised: "#RRGGBB" upper case, or null for none (white). */
export function normaliseFill(color: unknown): string | null {
  if (typeof color !== 'string' || color === '') return null;
  const hex = color.startsWith('#') ? color.toUpperCase() : `#${color.toUpperCase()}`;
  if (!/^#[0-9A-F]{6}$/.test(hex) || hex === '#FFFFFF') return null;
  return hex;
}

const cellsOf = (run: CellRun) => run.row1 - run.row0 + 1;

/** One request's worksheets, each asked for once. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const seen = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = seen.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      seen.set(name, ws);
    }
    return ws;
  };
}

function rangeOf(sheet: (name: string) => Excel.Worksheet, run: CellRun): Excel.Range {
  const a = address(run.row0, run.col);
  return transient(
    sheet(run.sheet).getRange(run.row0 === run.row1 ? a : `${a}:${address(run.row1, run.col)}`),
  );
}

function putRun(map: FillMap, run: CellRun, color: unknown): void {
  const fill = normaliseFill(color);
  for (let r = run.row0; r <= run.row1; r++) map.set(fillKey(run.sheet, r, run.col), fill);
}

function putCells(map: FillMap, run: CellRun, cells: Excel.CellProperties[][]): void {
  cells.forEach((row, i) =>
    map.set(fillKey(run.sheet, run.row0 + i, run.col), normaliseFill(row[0]?.format?.fill?.color)),
  );
}

/** Runs cut to at most `size` cells each. */
function pieces(runs: CellRun[], size: number): CellRun[] {
  const out: CellRun[] = [];
  for (const run of runs)
    for (let r = run.row0; r <= run.row1; r += size)
      out.push({ ...run, row0: r, row1: Math.min(run.row1, r + size - 1) });
  return out;
}

/** Reads runs per cell (getCellProperties), as many requests as the budgets need. */
async function readPerCell(context: Excel.RequestContext, runs: CellRun[], map: FillMap): Promise<void> {
  const queue = pieces(runs, CELLS_PER_REQUEST);
  while (queue.length > 0) {
    const sheet = sheetsOf(context);
    const batch: { run: CellRun; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let cells = 0;
    while (
      queue.length > 0 &&
      batch.length < RANGES_PER_REQUEST &&
      cells + cellsOf(queue[0]) <= CELLS_PER_REQUEST
    ) {
      const run = queue.shift()!;
      cells += cellsOf(run);
      batch.push({ run, cells: rangeOf(sheet, run).getCellProperties(FILL_COLOR) });
    }
    await context.sync();
    for (const b of batch) putCells(map, b.run, b.cells.value);
  }
}

/** Reads runs of mixed colours one range per cell, in one request (hosts without a size cap). */
async function readCellByCell(context: Excel.RequestContext, runs: CellRun[], map: FillMap): Promise<void> {
  if (runs.length === 0) return;
  const sheet = sheetsOf(context);
  const cells = runs.flatMap((run) =>
    Array.from({ length: cellsOf(run) }, (_, i) => {
      const one = { ...run, row0: run.row0 + i, row1: run.row0 + i };
      return { run: one, fill: rangeOf(sheet, one).format.fill.load('color') };
    }),
  );
  await context.sync();
  for (const c of cells) putRun(map, c.run, c.fill.color);
}

/**
 * Queues reading the fills of `runs` on the request being built (the caller syncs it); `finish`
 * gives every cell's fill, reading what the first request could not in as few more as it can.
 */
export function queueRunFills(context: Excel.RequestContext, runs: CellRun[]): QueuedFills {
  const map: FillMap = new Map();
  if (runs.length === 0) return { finish: () => Promise.resolve(map) };
  const perCell = supportsExcelApi('1.9');
  const sheet = sheetsOf(context);
  let cellBudget = perCell ? CELLS_PER_REQUEST : 0;
  let rangeBudget = perCell ? RANGES_PER_REQUEST : Infinity;
  const later: CellRun[] = [];
  const first: (
    | { run: CellRun; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> }
    | { run: CellRun; fill: Excel.RangeFill }
  )[] = [];
  for (const run of runs) {
    if (rangeBudget <= 0) later.push(run);
    else if (cellsOf(run) <= cellBudget) {
      cellBudget -= cellsOf(run);
      first.push({ run, cells: rangeOf(sheet, run).getCellProperties(FILL_COLOR) });
    } else first.push({ run, fill: rangeOf(sheet, run).format.fill.load('color') });
    rangeBudget--;
  }
  const finish = async (): Promise<FillMap> => {
    for (const q of first) {
      if ('cells' in q) putCells(map, q.run, q.cells.value);
      // One colour over the run (null: the cells differ; a single cell's null is read as none).
      else if (q.fill.color !== null && q.fill.color !== undefined) putRun(map, q.run, q.fill.color);
      else if (cellsOf(q.run) === 1) putRun(map, q.run, null);
      else later.push(q.run);
    }
    if (perCell) await readPerCell(context, later, map);
    else await readCellByCell(context, later, map);
    return map;
  };
  return { finish };
}

/** Cells of one column less than BRIDGE_GAP rows apart joined into one run (covering the gap). */
export function bridgedRuns(cells: Cell[]): CellRun[] {
  const runs: CellRun[] = [];
  for (const run of cellRuns(cells)) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === run.sheet && last.col === run.col && run.row0 - last.row1 - 1 <= BRIDGE_GAP)
      last.row1 = run.row1;
    else runs.push({ ...run });
  }
  return runs;
}

/**
 * Queues reading the fills of scattered cells (the check's flagged and marked cells): by runs
 * (gaps bridged) where the host has getCellProperties, otherwise one range per cell. The map
 * may also hold cells of the bridged gaps.
 */
export function queueCellFills(context: Excel.RequestContext, cells: Cell[]): QueuedFills {
  if (supportsExcelApi('1.9')) return queueRunFills(context, bridgedRuns(cells));
  const sheet = sheetsOf(context);
  const loaded = cells.map((c) => ({
    run: { sheet: c.sheet, col: c.col, row0: c.row, row1: c.row },
    fill: transient(sheet(c.sheet).getRange(address(c.row, c.col))).format.fill.load('color'),
  }));
  const map: FillMap = new Map();
  return {
    finish: () => {
      for (const c of loaded) putRun(map, c.run, c.fill.color);
      return Promise.resolve(map);
    },
  };
}

/**
 * Queues reading the fills of the cells an import recolours or deletes (to restore them on
 * undo): one range per run of cells in a column, split where the cells go from filled in to
 * blank (the yellow name cells of written rows, then unformatted empty rows), so that below
 * ExcelApi 1.9 a run is mostly of one colour.
 */
export function queueImportFills(
  context: Excel.RequestContext,
  ops: RowOp[],
  grids: Map<string, Grid>,
): QueuedFills {
  const blank = (c: Cell) => asText(grids.get(c.sheet)?.values[c.row]?.[c.col]) === '';
  return queueRunFills(context, cellRuns(fillsToRead(ops, grids), blank));
}
