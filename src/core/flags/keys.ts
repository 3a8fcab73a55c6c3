// Keys for comparing people and units as the product rules say: a person by the name as in
// the overall plan (a title glued on after a comma is not part of it); units ignoring case,
// spacing and punctuation. Memoised: the same few names and units recur on every row.
import { normaliseKey, personName } from '../values/text';

const MAX_CACHE = 10_000;
const personCache = new Map<string, string>();
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

const nameCache = new Map<string, string>();

/** personName, memoised: the name as shown, title removed ("Anna Lindqvist, kurator" → "Anna Lindqvist"). */
export function displayName(name: string): string {
  return cached(nameCache, name, personName);
}

const nameKey = (s: string): string => normaliseKey(displayName(s));

export function personKey(name: string): string {
  return cached(personCache, name, nameKey);
}

export function unitKey(unit: string): string {
  return cached(unitCache, unit, normaliseKey);
}

const textCache = new Map<string, string>();

/** normaliseKey, memoised, for the texts compared on every row (activity, target group …). */
export function textKey(s: string): string {
  return cached(textCache, s, normaliseKey);
}
