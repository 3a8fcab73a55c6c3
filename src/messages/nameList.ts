// Names listed as a sentence lists them, shortened past a few: a batch can name 150 people.
import type { Lang } from './catalogue';

/** "A, B och C" / "A, B and C"; past `max` names: "A, B, C, D, E och 3 till" / "… and 3 more". */
export function nameList(names: readonly string[], lang: Lang, max = 5): string {
  const and = lang === 'sv' ? 'och' : 'and';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${and} ${rest} ${lang === 'sv' ? 'till' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}
