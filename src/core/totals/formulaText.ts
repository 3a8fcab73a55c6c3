// Building blocks of the summary's formulas, in the formula language Excel 2019 and Excel on the
// web share (no dynamic arrays, LET, LAMBDA, FILTER or XLOOKUP; no IF/IFERROR inside SUMPRODUCT,
// which would need Ctrl+Shift+Enter in Excel 2019). Office.js `Range.formulas` takes English
// function names and "," separators whatever the user's locale.
import { colIndex, colLetter } from '../log/a1';
import { DONE_WORDS } from './countable';

/** A sheet name as a formula reference prefix: always quoted, apostrophes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** A text as a formula string literal: double quotes doubled. */
export function stringLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A column given as a 0-based index or letters, as letters. */
export function columnLetters(col: number | string): string {
  return typeof col === 'number' ? colLetter(col) : colLetter(colIndex(col));
}

/** `'Sheet'!$G$5:$G$200` */
export function columnRange(sheet: string, col: number | string, firstRow: number, lastRow: number): string {
  const c = columnLetters(col);
  return `${sheetRef(sheet)}$${c}$${firstRow}:$${c}$${lastRow}`;
}

/**
 * Each cell of `range` as the number the summary counts: a number, or text that is only a
 * number ("30"), with its value; anything else 0 — without an error, so without IFERROR:
 * `TRIM(x)&"e0"` is a number exactly when x is a plain number, and REPT picks it or "0".
 */
export function countedNumbers(range: string): string {
  const asNumber = `TRIM(${range})&"e0"`;
  const ok = `ISNUMBER(-(${asNumber}))`;
  return `--(REPT(${asNumber},--${ok})&REPT("0",1-${ok}))`;
}

/** 1 where TRIM(cell) equals one of `texts` (case-insensitively, as Excel's "=" does), else 0. */
export function equalsAny(range: string, texts: string[]): string {
  if (texts.length === 0) return '0';
  const parts = texts.map((t) => `(TRIM(${range})=${stringLiteral(t)})`);
  return parts.length === 1 ? `--${parts[0]}` : `(${parts.join('+')})`;
}

/** 1 where the status cell is a done word. */
export function isDone(range: string): string {
  return equalsAny(range, [...DONE_WORDS]);
}

/** 1 except on the listed rows (sum rows inside the counted span). */
export function notRows(range: string, rows: number[]): string | null {
  if (rows.length === 0) return null;
  return rows.map((r) => `(ROW(${range})<>${r})`).join('*');
}

/** 1 on the listed rows only. */
export function onRows(range: string, rows: number[]): string {
  return `ISNUMBER(MATCH(ROW(${range}),{${rows.join(',')}},0))`;
}

/** SUMPRODUCT of the factors multiplied together. */
export function sumProduct(factors: (string | null)[]): string {
  return `SUMPRODUCT(${factors.filter((f): f is string => f !== null).join('*')})`;
}
