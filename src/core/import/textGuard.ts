// Text written into a cell must stay text: Excel turns "=..." into a formula and "2017-02-10",
// "10/2", "20" or "TRUE" into numbers, dates or booleans. Excel's own way to keep such an entry
// as text is a leading apostrophe (quote prefix), which is not part of the cell's value.

const FORMULA_START = new Set(['=', '+', '-', '@']);

/** Whether Excel could read `text`, typed into a cell, as something other than that text. */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (FORMULA_START.has(text[0])) return true;
  if (text[0] === "'") return true; // a leading apostrophe would itself be eaten
  if (/^\s/.test(text)) return true;
  // Numbers, dates, times, fractions, and month names with a digit ("mars 2017", "feb 10"):
  // which of these a given Excel converts depends on its locale, so any digit is guarded.
  if (/\d/.test(text)) return true;
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false' || lower === 'sant' || lower === 'falskt') return true;
  if (/^#/.test(text)) return true; // error literals such as #N/A
  return false;
}

/** The value to write so that the cell holds exactly `text`. */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
