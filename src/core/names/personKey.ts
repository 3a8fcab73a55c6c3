// The key two spellings of one person's name share, text by text: given names first, nothing
// glued on, folded (case and diacritics), the words in any order ("Lindqvist Anna" as in a
// sorted list). Memoised: the same few names recur on every row of a log.
// Matches that need the other names around (a middle name left out) are in people.ts.
import { parseName, type ParsedName } from './parseName';

const MAX_CACHE = 10_000;
const cache = new Map<string, ParsedName & { key: string }>();

function parsed(name: string): ParsedName & { key: string } {
  let v = cache.get(name);
  if (v === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    const p = parseName(name);
    v = { ...p, key: [...p.words].sort().join(' ') };
    cache.set(name, v);
  }
  return v;
}

/** The name as shown, given names first and nothing glued on ("Lindqvist, Anna, kurator" → "Anna Lindqvist"). */
export function displayName(name: string): string {
  return parsed(name).display;
}

/** The key of a name on its own ('' when it holds no name). */
export function personKey(name: string): string {
  return parsed(name).key;
}

/** The folded words of the name, given names first. */
export function nameWords(name: string): readonly string[] {
  return parsed(name).words;
}
