// A cell address's row and column for sorting flags and finding carried names, which look at
// every flag and every row on each check: plain addresses as the readers write them ("B12") are
// read character by character; anything else ("$B$12", "b12", " B12 ") goes to parseA1.
import { parseA1 } from '../log/a1';

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/** parseA1(address), without regular expressions for 1–3 capitals followed by 1–7 digits. */
export function cellPosition(address: string): { row1: number; col0: number } | null {
  const n = address.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const c = address.charCodeAt(i);
    if (c < A || c > Z) break;
    col = col * 26 + (c - A + 1);
  }
  const letters = i;
  let row = 0;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    row = row * 10 + (c - ZERO);
  }
  const digits = i - letters;
  if (letters === 0 || digits === 0 || digits > 7 || i !== n) return parseA1(address);
  return { row1: row, col0: col - 1 };
}
