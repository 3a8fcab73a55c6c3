// Rows of a log table that are not data: blank separators, repeated headers, totals rows.
import type { CellValue } from '../headers/cell';
import { headerKey, headerWords } from '../headers/headerWords';
import { cleanText } from '../values/text';

export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/** Every cell at the given columns is empty. */
export function isBlankAt(row: readonly CellValue[], cols: number[]): boolean {
  return cols.every((c) => isBlankCell(row[c]));
}

/** At least two of the columns hold the same header text as the header row: a repeated header. */
export function isRepeatedHeader(
  row: readonly CellValue[],
  header: readonly CellValue[],
  cols: number[],
): boolean {
  let same = 0;
  for (const c of cols) {
    const k = headerKey(row[c] ?? '');
    if (k !== '' && k === headerKey(header[c] ?? '')) same++;
  }
  return same >= 2;
}

const TOTAL_WORDS = new Set(['summa', 'summering', 'totalt', 'total', 'totalsumma', 'sum', 'delsumma']);

/** Columns whose free text may begin with such a word without the row being a sum row. */
const FREE_TEXT_COLUMNS = ['activity', 'targetGroup', 'comment', 'period', 'title'];

/**
 * A "Summa", "Summa planerat", "Totalt" row: a text cell whose first word is a totals word,
 * in any column but the free-text ones ("Summering av året" as an activity is an activity).
 */
export function isTotalsRow(
  row: readonly CellValue[],
  columns: Record<string, number | undefined> = {},
): boolean {
  const skip = new Set(FREE_TEXT_COLUMNS.map((c) => columns[c]).filter((c): c is number => c !== undefined));
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (skip.has(c) || typeof v !== 'string') continue;
    const words = headerWords(v);
    if (words.length > 0 && TOTAL_WORDS.has(words[0])) return true;
  }
  return false;
}
