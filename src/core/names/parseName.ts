// A person's name as people write it in a plan's Namn cell, the log's yellow cells and the
// overall plan, read into the name itself (given names first) and what was glued onto it.
//
//   "Anna Lindqvist, kurator"          → Anna Lindqvist   (a comma after two or more words: the rest is a title)
//   "Lindqvist, Anna"                  → Anna Lindqvist   (one word, comma, given names: "Efternamn, Förnamn")
//   "Lindqvist, Anna, kurator"         → Anna Lindqvist
//   "Anna Lindqvist (kurator)"         → Anna Lindqvist   (parentheses are never part of a name)
//   "Anna Lindqvist – VC Norr"         → Anna Lindqvist   (nor what follows a spaced dash or a slash)
//   "Leg. psykolog Anna Lindqvist"     → Anna Lindqvist   (title words before the name)
//   "Anna Lindqvist Vårdcentralen Norr"→ Anna Lindqvist   (from the first title or unit word on)
//
// How "Lindqvist, Anna" and "Anna Lindqvist, kurator" are told apart: the part before the first
// comma is a surname when it is one word (or a particle and a word: "von Essen") and the part
// after it is one to three given names — words that are no title, profession or unit word
// (roleWords.ts) and that start with a capital letter (or the whole text has no capitals, or
// is all capitals). Anything else after a comma is a title or unit.
import { cleanText } from '../values/text';
import { foldWord } from '../values/fold';
import { isRoleWord } from './roleWords';

export interface ParsedName {
  /** The name as shown: given names first, nothing glued on ("Lindqvist, Anna" → "Anna Lindqvist"). */
  display: string;
  /** The folded words of the name in that order (a hyphenated name gives two words). */
  words: string[];
  /** Whether it was written "Efternamn, Förnamn". */
  reversed: boolean;
  /** What was glued onto the name, as written: a title or unit ("kurator", "VC Norr"); '' when nothing. */
  rest: string;
}

/** Lower-case words that begin a surname ("von Essen", "af Klint", "de la Cruz"). */
export const PARTICLES = new Set([
  'von',
  'af',
  'av',
  'de',
  'van',
  'der',
  'den',
  'la',
  'le',
  'di',
  'da',
  'du',
  'el',
  'al',
]);

function wordsOf(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}

/** The words left of the first title or unit word (leading ones dropped); all words if none is left. */
function withoutRoles(words: string[]): string[] {
  let from = 0;
  while (from < words.length && isRoleWord(words[from])) from++;
  let to = from;
  while (to < words.length && !isRoleWord(words[to])) to++;
  const kept = words.slice(from, to);
  return kept.length > 0 ? kept : words;
}

function isSurname(words: string[]): boolean {
  if (words.length === 1) return !isRoleWord(words[0]);
  return (
    words.length === 2 &&
    PARTICLES.has(words[0].toLowerCase()) &&
    !isRoleWord(words[1]) &&
    /^\p{L}/u.test(words[1])
  );
}

function looksLikeGivenNames(words: string[], caseless: boolean): boolean {
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w) && !isRoleWord(w) && (caseless || /^\p{Lu}/u.test(w)))
  );
}

/** The name part of a text: parentheses, what follows a spaced dash, slash or bar, and comma parts sorted out. */
function nameWords(text: string): { words: string[]; reversed: boolean } {
  const bare = cleanText(text.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' '));
  const segments = bare
    .split(/\s+[–—-]\s+|\s*[/|;]\s*|\s+[–—]|[–—]\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // The first segment that is not only titles ("Kurator – Anna Lindqvist").
  const segment =
    segments.find((s) => wordsOf(s.replace(/,/g, ' ')).some((w) => !isRoleWord(w))) ?? segments[0] ?? '';
  const parts = segment
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return { words: [], reversed: false };
  const first = wordsOf(parts[0]);
  if (parts.length > 1 && isSurname(first)) {
    const caseless = bare === bare.toLowerCase() || bare === bare.toUpperCase();
    const after = wordsOf(parts[1]);
    const role = after.findIndex(isRoleWord);
    const given = role < 0 ? after : after.slice(0, role);
    if (looksLikeGivenNames(given, caseless)) return { words: [...given, ...first], reversed: true };
  }
  return { words: withoutRoles(first), reversed: false };
}

/** The text without the name's words: the title or unit glued on, as written ("kurator", "VC Norr"). */
function restOf(text: string, words: string[]): string {
  if (words.length === 0) return text;
  const left = [...words];
  const kept: string[] = [];
  // Tokens with their separators; a token that is one of the name's words (first time) goes.
  for (const token of text.split(/([\s,()/[\]]+)/)) {
    const at = left.indexOf(token);
    if (at >= 0) left.splice(at, 1);
    else kept.push(token);
  }
  return cleanText(kept.join('').replace(/[()[\]]/g, ' '))
    .replace(/(?:\s*,\s*){2,}/g, ', ')
    .replace(/^[\s,;:/|–—-]+|[\s,;:/|–—-]+$/g, '');
}

/** Only words of letters (and digits), no comma, parenthesis, dash or slash: most names as written. */
const PLAIN = /^[\p{L}\p{N}.'’]+(?: [\p{L}\p{N}.'’]+)*$/u;

export function parseName(raw: unknown): ParsedName {
  const text = cleanText(raw);
  const plain = PLAIN.test(text);
  const { words, reversed } = plain
    ? { words: withoutRoles(wordsOf(text)), reversed: false }
    : nameWords(text);
  const display = words.join(' ');
  return {
    display,
    words: words
      .flatMap((w) => w.split(/[-‐‑]/))
      .map(foldWord)
      .filter((w) => w !== ''),
    reversed,
    rest: display === text ? '' : restOf(text, words),
  };
}
