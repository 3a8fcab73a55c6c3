// What the summary's formulas count, said once so that computeTotals counts exactly the same:
// - a number cell, or text that is only a number ("30", " 30 ") counts with its value; any other
//   text ("ca 20", "20-25" typed by hand) counts 0 — the import writes numbers as numbers;
// - an activity is done when its status, trimmed as Excel's TRIM does, is one of DONE_WORDS in
//   any case (Excel's "=" compares text case-insensitively).
import type { NumberReading, StatusReading } from '../model';

/** Status words the formulas count as done (the done words of the product rules and their forms). */
export const DONE_WORDS = ['Genomförd', 'Genomfört', 'Klar', 'Klart'] as const;

/** Excel's TRIM: spaces (U+0020 only) off both ends, runs inside collapsed to one. */
export function excelTrim(s: string): string {
  // Most cells have no space to remove: skip the two regular expressions for them.
  if (s === '' || (s[0] !== ' ' && s[s.length - 1] !== ' ' && !s.includes('  '))) return s;
  return s.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/** The text as Excel's TRIM leaves it, lower-cased as Excel compares text. */
export function excelTextKey(s: string): string {
  return excelTrim(s).toLowerCase();
}

/** A plain number as text: what `--(TRIM(x)&"e0")` accepts, without locale-dependent separators. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The value the formulas add for a cell read as `n`; 0 when they skip it. */
export function countedValue(n: NumberReading): number {
  const t = excelTrim(n.raw);
  if (!PLAIN_NUMBER.test(t)) return 0;
  const v = Number(t);
  return Number.isFinite(v) ? v : 0;
}

const DONE_KEYS = new Set(DONE_WORDS.map((w) => w.toLowerCase()));

/** Done as the formulas see it. */
export function countedAsDone(s: StatusReading): boolean {
  return DONE_KEYS.has(excelTextKey(s.raw));
}
