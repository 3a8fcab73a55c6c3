// The people of a log: which spellings are certainly one person, and which only look alike.
//
// Certain (one key): the same name on its own (personKey: case, diacritics, title or unit glued
// on, "Efternamn, Förnamn", word order), or a middle name left out — "Anna Lindqvist" and
// "Anna Maria Lindqvist", "Maria Lindqvist" and "Anna Maria Lindqvist" — when exactly one
// person known so far has all the shorter name's words in that order with the same last name.
// Not certain (never merged; flagged naming the candidates): a likely misspelling ("Ana
// Lindqvist"), initials or a shortened given name ("A. Lindqvist", "Ann Lindqvist"), one word
// of a longer name ("Lindqvist"), or a middle-name match that fits two people.
//
// Names are taken in order of authority: the overall plan first (a person is identified by the
// name there; its names are never joined with each other by a left-out middle name), then the
// contacts tab and the round tabs, so a log spelling joins the overall plan's person, not the
// other way round.
import type { LogSnapshot } from '../model';
import { distance } from 'fastest-levenshtein';
import { displayName, nameWords, personKey } from './personKey';

export interface People {
  /** The key shared by every spelling of this person ('' for no name). */
  key(name: string): string;
  /** The overall plan's names (as first written there, title removed) that `name` may mean but not certainly. */
  candidates(name: string): string[];
}

interface Entry {
  key: string;
  words: readonly string[];
  display: string;
  authority: boolean;
}

/** `short` is `long` with words left out: two words at least, in order, the last name the same. */
function leftOut(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}

/** Either is the other with words left out; a two-word name also as written surname first ("Lindqvist Anna"). */
function sameByLeftOut(a: readonly string[], b: readonly string[]): boolean {
  const swapped = (x: readonly string[]) => (x.length === 2 ? [x[1], x[0]] : x);
  return leftOut(a, b) || leftOut(b, a) || leftOut(swapped(a), b) || leftOut(swapped(b), a);
}

/** Given names written as initials or cut short, the last name the same: "A. Lindqvist", "Ann Lindqvist". */
function shortened(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  let differs = false;
  for (let i = 0; i < a.length - 1; i++) {
    if (a[i] === b[i]) continue;
    const [s, l] = a[i].length <= b[i].length ? [a[i], b[i]] : [b[i], a[i]];
    if (!l.startsWith(s) || (s.length > 1 && s.length < 3)) return false;
    differs = true;
  }
  return differs;
}

/** How far apart two names are when they are likely one misspelt: edits allowed by length. */
function misspelt(a: readonly string[], b: readonly string[]): number | null {
  const x = [...a].sort().join(' ');
  const y = [...b].sort().join(' ');
  const limit = Math.min(x.length, y.length) < 8 ? 1 : 2;
  if (Math.abs(x.length - y.length) > limit) return null;
  const d = distance(x, y);
  return d <= limit ? d : null;
}

/** How close `a` is to `b` when it may be the same person (lower is closer); null when not close. */
function closeness(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  if (sameByLeftOut(a, b)) return 0;
  if (a.length === 1 || b.length === 1)
    return a.length !== b.length && (a.includes(b[0]) || b.includes(a[0])) ? 1 : null;
  // Compared as written, and with the longer name's middle names left out.
  const pairs: [readonly string[], readonly string[]][] = [[a, b]];
  if (a.length > 2) pairs.push([[a[0], a[a.length - 1]], b]);
  if (b.length > 2) pairs.push([a, [b[0], b[b.length - 1]]]);
  let best: number | null = null;
  for (const [x, y] of pairs) {
    const d = shortened(x, y) ? 0 : misspelt(x, y);
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best === null ? null : 1 + best;
}

export function peopleFrom(authority: Iterable<string>, others: Iterable<string>): People {
  const entries: Entry[] = [];
  /** Entries by their last word, and two-word entries by their first (written surname first). */
  const byLast = new Map<string, Entry[]>();
  const byFirstOfTwo = new Map<string, Entry[]>();
  const index = (map: Map<string, Entry[]>, word: string, e: Entry): void => {
    const list = map.get(word);
    if (list) list.push(e);
    else map.set(word, [e]);
  };
  /** The entries a name can share words with by sameByLeftOut: the same last word, or swapped. */
  const nearby = (words: readonly string[]): Entry[] => {
    const last = words[words.length - 1];
    const out = [...(byLast.get(last) ?? []), ...(byFirstOfTwo.get(last) ?? [])];
    if (words.length === 2) out.push(...(byLast.get(words[0]) ?? []));
    return out;
  };
  /** A name's own key → the key of the person it is. */
  const canonical = new Map<string, string>();

  const resolve = (name: string): { key: string; words: readonly string[]; known: boolean } => {
    const key = personKey(name);
    const words = nameWords(name);
    const known = canonical.get(key);
    if (key === '' || known !== undefined) return { key: known ?? '', words, known: true };
    const fits = [...new Set(nearby(words))].filter((e) => sameByLeftOut(words, e.words));
    return fits.length === 1 ? { key: fits[0].key, words, known: true } : { key, words, known: false };
  };
  const add = (name: string, authoritative: boolean): void => {
    const own = personKey(name);
    if (own === '' || canonical.has(own)) return;
    // The overall plan's names are its people as the coordinator wrote them: two of its names are
    // one person only when they are the same name on their own, never by a left-out middle name.
    const r = authoritative ? { key: own, words: nameWords(name), known: false } : resolve(name);
    canonical.set(own, r.key);
    if (!r.known && r.words.length > 0) {
      const e = { key: r.key, words: r.words, display: displayName(name), authority: authoritative };
      entries.push(e);
      index(byLast, e.words[e.words.length - 1], e);
      if (e.words.length === 2) index(byFirstOfTwo, e.words[0], e);
    }
  };
  for (const n of authority) add(n, true);
  for (const n of others) add(n, false);

  return {
    key(name) {
      const own = personKey(name);
      const known = canonical.get(own);
      if (known !== undefined) return known;
      const r = resolve(name);
      canonical.set(own, r.key);
      return r.key;
    },
    candidates(name) {
      const key = this.key(name);
      const words = nameWords(name);
      const near: { display: string; d: number }[] = [];
      for (const e of entries) {
        if (!e.authority || e.key === key) continue;
        const d = closeness(words, e.words);
        if (d !== null) near.push({ display: e.display, d });
      }
      return near
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((n) => n.display);
    },
  };
}

const bySnapshot = new WeakMap<LogSnapshot, People>();

/** The people of a snapshot: the overall plan's names first, then tab 2's, then the round tabs'. */
export function peopleOf(snapshot: LogSnapshot): People {
  let p = bySnapshot.get(snapshot);
  if (p === undefined) {
    const others: string[] = snapshot.contacts.map((c) => c.name);
    for (const rows of Object.values(snapshot.rounds)) for (const r of rows ?? []) others.push(r.person);
    p = peopleFrom(
      (snapshot.overall ?? []).map((a) => a.person),
      others,
    );
    bySnapshot.set(snapshot, p);
  }
  return p;
}
