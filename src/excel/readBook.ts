// Reading what an operation needs from the workbook, queued so that one sync answers it all.
import { HEADER_SEARCH_ROWS } from '../core/headers/findHeader';
import { gridFromUsedRange, type Grid } from '../core/import/grid';
import { JOURNAL_SHEET } from '../core/import/journalCells';
import type { TabKind } from '../core/model';
import { findTabs } from '../core/tabs';
import { transient } from './transient';
import { COLUMNS_KEY, SETTINGS_KEY } from './workbookSettings';

export interface BookInfo {
  names: string[];
  tabs: Record<TabKind, string | null>;
  settingsValue: unknown;
  columnsValue: unknown;
  journalExists: boolean;
  /** The workbook counts days in the 1904 date system (its date serials are 1462 less). */
  date1904: boolean;
}

/** DATE(2000, 1, 1) in the 1904 date system (36526 in the 1900 system). */
const JAN_2000_IN_1904 = 35_064;

/**
 * Queues asking Excel which date system the workbook uses: Office.js has no property for it
 * (use1904DateSystem is a preview API), but a worksheet function is evaluated in the workbook's
 * own system, without a cell (Workbook.functions, ExcelApi 1.2). The getter works after sync.
 */
function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const day = context.workbook.functions.date(2000, 1, 1).load('value');
  return () => day.value === JAN_2000_IN_1904;
}

/** Sheet names, where each tab is, the stored settings, the date system. One sync. */
export async function readBookInfo(context: Excel.RequestContext): Promise<BookInfo> {
  const get = queueBookInfo(context);
  await context.sync();
  return get();
}

/** Queues reading the sheet names, stored settings and date system; the getter works after sync. */
export function queueBookInfo(context: Excel.RequestContext): () => BookInfo {
  const sheets = context.workbook.worksheets.load('items/name');
  const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  const columns = context.workbook.settings.getItemOrNullObject(COLUMNS_KEY).load('value');
  const date1904 = queueDateSystem(context);
  return () => bookInfo(sheets, settings, columns, date1904());
}

function bookInfo(
  sheets: Excel.WorksheetCollection,
  settings: Excel.Setting,
  columns: Excel.Setting,
  date1904: boolean,
): BookInfo {
  const all = sheets.items.map((s) => s.name);
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  return {
    names,
    tabs: findTabs(names),
    settingsValue: settings.isNullObject ? undefined : settings.value,
    columnsValue: columns.isNullObject ? undefined : columns.value,
    journalExists: all.includes(JOURNAL_SHEET),
    date1904,
  };
}

/** Queues loading a sheet's used area (values, formulas, number formats); the getter works after sync. */
export function queueGrid(context: Excel.RequestContext, sheet: string): () => Grid {
  const range = transient(
    context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true),
  ).load(['values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex']);
  return () => {
    if (range.isNullObject) return { sheet, values: [], formulas: [], numberFormats: [] };
    return gridFromUsedRange(
      sheet,
      range.rowIndex,
      range.columnIndex,
      range.values as unknown[][],
      range.formulas as unknown[][],
      range.numberFormat as string[][],
    );
  };
}

/**
 * Queues loading a sheet's used area as formulas only (a third of `queueGrid`'s answer): enough
 * to tell whether the tab is as a preview read it (`sameGridFormulas`), which is all an apply
 * needs then. The grid's `values` are its formulas; its number formats are not read.
 */
export function queueFormulas(context: Excel.RequestContext, sheet: string): () => Grid {
  const range = transient(
    context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true),
  ).load(['formulas', 'rowIndex', 'columnIndex']);
  return () => {
    if (range.isNullObject) return { sheet, values: [], formulas: [], numberFormats: [] };
    const formulas = range.formulas as unknown[][];
    return gridFromUsedRange(sheet, range.rowIndex, range.columnIndex, formulas, formulas, []);
  };
}

/** Whether Excel refused a request because its answer would exceed its size cap (the web: 5 MB). */
export function isAnswerTooLarge(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Cells per block of a read in blocks: with values, formulas and formats, about 1.5 MB of short texts. */
const BLOCK_CELLS = 20_000;

type UsedField = 'values' | 'formulas' | 'numberFormat';

/**
 * A sheet's used area read in blocks of rows, one request each: for a tab whose whole answer is
 * over Excel on the web's 5 MB cap (`isAnswerTooLarge`). A block whose answer is still too large
 * (long texts) is read again in halves. Null when the sheet or its used area does not exist.
 */
async function readUsedInBlocks(
  context: Excel.RequestContext,
  sheet: string,
  fields: UsedField[],
): Promise<{ rowIndex: number; columnIndex: number; rows: Record<UsedField, unknown[][]> } | null> {
  const used = transient(
    context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true),
  ).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  if (used.isNullObject) return null;
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rows: Record<UsedField, unknown[][]> = { values: [], formulas: [], numberFormat: [] };
  let step = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, columnCount)));
  for (let r = 0; r < rowCount;) {
    const n = Math.min(step, rowCount - r);
    const block = transient(
      context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rowIndex + r, columnIndex, n, columnCount),
    ).load(fields);
    try {
      await context.sync();
    } catch (e) {
      if (!isAnswerTooLarge(e) || n === 1) throw e;
      step = Math.max(1, Math.floor(n / 2));
      continue;
    }
    for (const f of fields) rows[f].push(...(block[f] as unknown[][]));
    r += n;
  }
  return { rowIndex, columnIndex, rows };
}

/** The grid `queueGrid` would have given, read in blocks (see readUsedInBlocks). */
export async function readGridInBlocks(context: Excel.RequestContext, sheet: string): Promise<Grid> {
  const read = await readUsedInBlocks(context, sheet, ['values', 'formulas', 'numberFormat']);
  if (read === null) return { sheet, values: [], formulas: [], numberFormats: [] };
  const { values, formulas, numberFormat } = read.rows;
  return gridFromUsedRange(
    sheet,
    read.rowIndex,
    read.columnIndex,
    values,
    formulas,
    numberFormat as string[][],
  );
}

/** A sheet's used values read in blocks (see readUsedInBlocks): where they are and the rows. */
export async function readValuesInBlocks(
  context: Excel.RequestContext,
  sheet: string,
): Promise<{ rowIndex: number; columnIndex: number; values: unknown[][] } | null> {
  const read = await readUsedInBlocks(context, sheet, ['values']);
  return read === null
    ? null
    : { rowIndex: read.rowIndex, columnIndex: read.columnIndex, values: read.rows.values };
}

/** Queues loading the first rows of a sheet, where a header can be (HEADER_SEARCH_ROWS), as values. */
export function queueTop(context: Excel.RequestContext, sheet: string): () => unknown[][] {
  const rows = HEADER_SEARCH_ROWS;
  const range = transient(context.workbook.worksheets.getItem(sheet).getRange(`A1:CZ${rows}`)).load('values');
  return () => range.values as unknown[][];
}
