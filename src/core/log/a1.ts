// A1 addresses: column letters and cell addresses from 0-based columns and 1-based rows.

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function colLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0) throw new RangeError(`Ogiltigt kolumnindex: ${index0}`);
  let n = index0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26; case-insensitive. */
export function colIndex(letters: string): number {
  const s = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) throw new RangeError(`Ogiltig kolumnbokstav: ${letters}`);
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** a1(5, 0) → "A5". */
export function a1(row1: number, col0: number): string {
  if (!Number.isInteger(row1) || row1 < 1) throw new RangeError(`Ogiltigt radnummer: ${row1}`);
  return `${colLetter(col0)}${row1}`;
}

/** "B3" or "$B$3" → { row1: 3, col0: 1 }; null when it is not a cell address. */
export function parseA1(address: string): { row1: number; col0: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row1: Number(m[2]), col0: colIndex(m[1]) };
}
