// A fingerprint of what an import will overwrite: if the target tabs changed between preview
// and write (a co-author, the user), the write is refused and a new preview shown.
import type { Grid } from './grid';

const hex8 = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/**
 * FNV-1a over the text with two seeds, in one pass: 16 hex digits. (Stored in undo journals:
 * the result must stay the same across versions.)
 */
function fnv2(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return hex8(a) + hex8(b);
}

/** A short hash of a text (16 hex digits). */
export function textHash(text: string): string {
  return fnv2(text);
}

export function fingerprintGrids(grids: (Grid | null)[]): string {
  return fnv2(JSON.stringify(grids.map((g) => (g === null ? null : [g.sheet, g.formulas]))));
}

/** Whether two readings of tabs hold the same formulas, cell for cell (what the fingerprint covers). */
export function sameGridFormulas(a: (Grid | null)[], b: (Grid | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null) {
      if (x !== y) return false;
      continue;
    }
    if (x.sheet !== y.sheet || x.formulas.length !== y.formulas.length) return false;
    for (let r = 0; r < x.formulas.length; r++) {
      const p = x.formulas[r];
      const q = y.formulas[r];
      if (p.length !== q.length) return false;
      for (let c = 0; c < p.length; c++) if (p[c] !== q[c]) return false;
    }
  }
  return true;
}
