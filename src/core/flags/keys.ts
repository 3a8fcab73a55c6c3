// Keys for comparing people and units as the product rules say: a person by their name
// (src/core/names: title or unit glued on, "Efternamn, Förnamn", case and diacritics, and —
// with the other names around, see names/people.ts — a middle name left out); units ignoring
// case, spacing and punctuation. Memoised: the same few names and units recur on every row.
import { normaliseKey } from '../values/text';

export { displayName, personKey } from '../names/personKey';
export { peopleOf, type People } from '../names/people';

const MAX_CACHE = 10_000;
const unitCache = new Map<string, string>();

function cached(cache: Map<string, string>, s: string, f: (s: string) => string): string {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    v = f(s);
    cache.set(s, v);
  }
  return v;
}

export function unitKey(unit: string): string {
  return cached(unitCache, unit, normaliseKey);
}

const textCache = new Map<string, string>();

/** normaliseKey, memoised, for the texts compared on every row (activity, target group …). */
export function textKey(s: string): string {
  return cached(textCache, s, normaliseKey);
}
