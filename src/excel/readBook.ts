// Reading what an operation needs from the workbook, queued so that one sync answers it all.
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
}

/** Sheet names, where each tab is, the stored settings. One sync. */
export async function readBookInfo(context: Excel.RequestContext): Promise<BookInfo> {
  const get = queueBookInfo(context);
  await context.sync();
  return get();
}

/** Queues reading the sheet names and stored settings; the getter works after sync. */
export function queueBookInfo(context: Excel.RequestContext): () => BookInfo {
  const sheets = context.workbook.worksheets.load('items/name');
  const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  const columns = context.workbook.settings.getItemOrNullObject(COLUMNS_KEY).load('value');
  return () => bookInfo(sheets, settings, columns);
}

function bookInfo(
  sheets: Excel.WorksheetCollection,
  settings: Excel.Setting,
  columns: Excel.Setting,
): BookInfo {
  const all = sheets.items.map((s) => s.name);
  const names = all.filter((n) => n !== JOURNAL_SHEET);
  return {
    names,
    tabs: findTabs(names),
    settingsValue: settings.isNullObject ? undefined : settings.value,
    columnsValue: columns.isNullObject ? undefined : columns.value,
    journalExists: all.includes(JOURNAL_SHEET),
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
 * for `fingerprintGrids`, which is all an apply needs when its preview's reading still holds.
 * The grid's `values` are its formulas; its number formats are not read.
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

/**
 * A sheet's used area read in blocks of rows, one request each: for a tab whose whole answer is
 * over Excel on the web's 5 MB cap (`isAnswerTooLarge`). A block whose answer is still too large
 * (long texts) is read again in halves. The result is the grid `queueGrid` would have given.
 */
export async function readGridInBlocks(context: Excel.RequestContext, sheet: string): Promise<Grid> {
  const used = transient(
    context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true),
  ).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  if (used.isNullObject) return { sheet, values: [], formulas: [], numberFormats: [] };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const numberFormats: string[][] = [];
  let rows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, columnCount)));
  for (let r = 0; r < rowCount;) {
    const n = Math.min(rows, rowCount - r);
    const block = transient(
      context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rowIndex + r, columnIndex, n, columnCount),
    ).load(['values', 'formulas', 'numberFormat']);
    try {
      await context.sync();
    } catch (e) {
      if (!isAnswerTooLarge(e) || n === 1) throw e;
      rows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    values.push(...(block.values as unknown[][]));
    formulas.push(...(block.formulas as unknown[][]));
    numberFormats.push(...(block.numberFormat as string[][]));
    r += n;
  }
  return gridFromUsedRange(sheet, rowIndex, columnIndex, values, formulas, numberFormats);
}

/** Queues loading the first rows of a sheet (where a header can be) as values. */
export function queueTop(context: Excel.RequestContext, sheet: string, rows: number): () => unknown[][] {
  const range = transient(context.workbook.worksheets.getItem(sheet).getRange(`A1:CZ${rows}`)).load('values');
  return () => range.values as unknown[][];
}
