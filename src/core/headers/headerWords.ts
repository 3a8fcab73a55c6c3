// Header text as words for matching: "Planerat antal (deltagare)" → "planerat antal deltagare".
// Each word goes through normaliseKey (case, punctuation, accents other than å/ä/ö), so
// "E-post" = "Epost" = "e post" once the spaces are gone, and "Namn på …" keeps its words.
import { normaliseKey } from '../values/text';
import type { CellValue } from './cell';

export function headerWords(value: CellValue | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[\s/\-–—_.,:;()[\]*"'´`!?]+/u)
    .map((w) => normaliseKey(w))
    .filter((w) => w !== '');
}

/** The header text with every space and punctuation gone: the exact-match key. */
export function headerKey(value: CellValue | undefined): string {
  return headerWords(value).join('');
}
