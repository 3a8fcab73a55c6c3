// A fingerprint of what an import will overwrite: if the target tabs changed between preview
// and write (a co-author, the user), the write is refused and a new preview shown.
import type { Grid } from './grid';

/** FNV-1a over the text, as 8 hex digits; two runs with different seeds make it 16. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A short hash of a text (16 hex digits). */
export function textHash(text: string): string {
  return fnv(text, 0x811c9dc5) + fnv(text, 0x01234567);
}

export function fingerprintGrids(grids: (Grid | null)[]): string {
  const text = JSON.stringify(grids.map((g) => (g === null ? null : [g.sheet, g.formulas])));
  return fnv(text, 0x811c9dc5) + fnv(text, 0x01234567);
}
