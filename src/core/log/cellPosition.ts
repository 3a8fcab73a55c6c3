// A cell address's row and column for sorting flags and finding carried names, which look at
// every flag and every row on each check: plain addresses as the readers write them ("B12") are
// read character by character; anything else ("$B$12", "b12", " B12 ") goes to parseA1.
import { parseA1 } from './a1';

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/** How many capitals a plain address (1–3 capitals, then 1–7 digits, nothing else) starts with; 0 for any other text. */
function plainLetters(address: string): number {
  const n = address.length;
  let i = 0;
  while (i < n && i < 3 && address.charCodeAt(i) >= A && address.charCodeAt(i) <= Z) i++;
  const letters = i;
  while (i < n && address.charCodeAt(i) >= ZERO && address.charCodeAt(i) <= NINE) i++;
  const digits = i - letters;
  return letters > 0 && digits > 0 && digits <= 7 && i === n ? letters : 0;
}

/** The 1-based row of a plain address whose letters end at `letters`. */
function plainRow(address: string, letters: number): number {
  let row = 0;
  for (let i = letters; i < address.length; i++) row = row * 10 + (address.charCodeAt(i) - ZERO);
  return row;
}

/** The 0-based column of a plain address whose letters end at `letters`. */
function plainColumn(address: string, letters: number): number {
  let col = 0;
  for (let i = 0; i < letters; i++) col = col * 26 + (address.charCodeAt(i) - A + 1);
  return col - 1;
}

/** parseA1(address), without regular expressions for plain addresses. */
export function cellPosition(address: string): { row1: number; col0: number } | null {
  const letters = plainLetters(address);
  if (letters === 0) return parseA1(address);
  return { row1: plainRow(address, letters), col0: plainColumn(address, letters) };
}

/** parseA1(address)?.row1 ?? null, without regular expressions (or an object) for plain addresses. */
export function cellRow(address: string): number | null {
  const letters = plainLetters(address);
  if (letters === 0) return parseA1(address)?.row1 ?? null;
  return plainRow(address, letters);
}
