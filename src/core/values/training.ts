// Reading "Utbildning" as people write it (docs/domain.md, "Trainings"):
//   - the code in any spacing, case, punctuation or quotes: "HiS 6", "his6", "HIS-6", "”HiS6”";
//   - the full catalogue name, with or without its dash, "o"/"&" for "och", without å/ä/ö;
//   - the seed's form "Name (HiS4)" and code and name together in any order ("primärvården HiS9");
//   - the leading words of a name ("Insatser vid trauma") or a distinctive part of it
//     ("primärvården", "Lifespan"), when they point at exactly one training;
//   - a small misspelling of a name, of a leading part or of a word in it;
//   - an alias the coordinator taught the workbook (Settings.catalogue[].aliases).
// Never a guess: a text that fits several trainings ("Migration och psykisk hälsa"), names two
// ("HiS6, HiS9") or whose code and name disagree gives no code, and its candidates.
import { distance } from 'fastest-levenshtein';
import { DEFAULT_CATALOGUE } from '../catalogue';
import type { TrainingDef, TrainingReading } from '../model';
import { foldWord } from './fold';
import { cleanText } from './text';

/** A code: "his" with any dots, spaces, dashes or "nr" before the number; not inside a word or number. */
const CODE =
  /(?<![\p{L}\p{N}])h[^\p{L}\p{N}]{0,2}i[^\p{L}\p{N}]{0,2}s(?:[^\p{L}\p{N}]{0,3}nr)?[^\p{L}\p{N}]{0,3}(\d{1,3})(?!\p{N})/giu;

/** Quotes around a code or a name ("”HiS6”", "'Lifespan Integration'") say nothing. */
const QUOTES = /["'”“’‘«»„`´]/g;

/** Words that carry no meaning of their own: they never count towards pointing at a training. */
const STOP = new Set(['och', 'for', 'vid', 'hos', 'som', 'att', 'i', 'pa', 'med', 'till', 'om', 'en', 'ett']);

/** Words people put before a training's name that are not part of it ("Kursen Lifespan Integration"). */
const LEADING_FILLER = new Set(['utbildning', 'utbildningen', 'kurs', 'kursen', 'utb', 'utbildningsdag']);

/** A leading or distinctive part must have this many letters outside stop words to point anywhere. */
const MIN_PART_LETTERS = 6;

/** The words of a text as compared: folded, "o"/"&"/"og" as "och", punctuation gone. */
export function trainingWords(s: string): string[] {
  const words = cleanText(s)
    .replace(/&/g, ' och ')
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter((w) => w !== '')
    .map((w) => (w === 'o' || w === 'og' ? 'och' : w));
  let from = 0;
  while (from < words.length - 1 && LEADING_FILLER.has(words[from])) from++;
  return words.slice(from);
}

/** How many edits a text of this length may have and still count as a misspelling of a whole form. */
function wholeAllowance(len: number): number {
  if (len < 6) return 0;
  if (len < 12) return 1;
  if (len < 24) return 2;
  return 3;
}

/** The same for one word within a name: a short word must be exact. */
function wordAllowance(len: number): number {
  if (len < 4) return 0;
  if (len < 8) return 1;
  return 2;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (STOP.has(a) || STOP.has(b)) return false;
  const limit = wordAllowance(Math.min(a.length, b.length));
  return limit > 0 && Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit;
}

interface Form {
  code: string;
  words: string[];
  key: string;
  /** Names (not aliases or codes): a leading or inner part of them may point at the training. */
  partial: boolean;
}

/** Every form a catalogue's trainings are written in; cached by the catalogue's content. */
function formsOf(catalogue: TrainingDef[]): Form[] {
  const out: Form[] = [];
  const add = (code: string, text: string, partial: boolean): void => {
    const words = trainingWords(text);
    if (words.length > 0) out.push({ code, words, key: words.join(''), partial });
  };
  for (const t of catalogue) {
    add(t.code, t.name, true);
    // "Migration och psykisk hälsa – för primärvården" is also written without the dash's "för".
    const dash = t.name.split(/\s+[–—-]\s+/);
    if (dash.length === 2 && /^för\s/i.test(dash[1])) add(t.code, `${dash[0]} ${dash[1].slice(4)}`, true);
    for (const alias of t.aliases) add(t.code, alias, false);
  }
  return out;
}

/** Whether `part` is `words[at…]` word by word (small misspellings allowed). */
function runAt(part: string[], words: string[], at: number): boolean {
  if (at + part.length > words.length) return false;
  return part.every((w, i) => sameWord(w, words[at + i]));
}

function substantial(part: string[]): boolean {
  const letters = part.filter((w) => !STOP.has(w)).reduce((n, w) => n + w.length, 0);
  return letters >= MIN_PART_LETTERS;
}

/** What a name (no code) points at: codes in catalogue order; one = known, several = candidates. */
function byName(words: string[], forms: Form[], order: string[]): string[] {
  if (words.length === 0) return [];
  const sorted = (codes: Set<string>): string[] => order.filter((c) => codes.has(c));
  const key = words.join('');
  const exact = new Set(forms.filter((f) => f.key === key).map((f) => f.code));
  if (exact.size > 0) return sorted(exact);

  // A whole form misspelt: the closest, if it is closer than every other training.
  const limit = wholeAllowance(key.length);
  if (limit > 0) {
    let best = limit + 1;
    let codes = new Set<string>();
    for (const f of forms) {
      if (
        f.key.length < 6 ||
        Math.abs(f.key.length - key.length) > Math.min(limit, wholeAllowance(f.key.length))
      )
        continue;
      const d = distance(key, f.key);
      if (d > Math.min(limit, wholeAllowance(f.key.length))) continue;
      if (d < best) {
        best = d;
        codes = new Set([f.code]);
      } else if (d === best) codes.add(f.code);
    }
    if (codes.size > 0) return sorted(codes);
  }

  // Leading words or a distinctive part of a name.
  if (!substantial(words)) return [];
  const partial = new Set<string>();
  for (const f of forms) {
    if (!f.partial || words.length >= f.words.length + 1) continue;
    for (let at = 0; at + words.length <= f.words.length; at++)
      if (runAt(words, f.words, at)) {
        partial.add(f.code);
        break;
      }
  }
  return sorted(partial);
}

/** The text with every code taken out, for reading the name beside it. */
function withoutCodes(text: string): string {
  return text.replace(CODE, ' ');
}

function byCode(n: string, catalogue: TrainingDef[]): string | null {
  const key = `his${Number(n)}`;
  const hit = catalogue.find((t) => foldWord(t.code) === key);
  return hit ? hit.code : null;
}

/** Pieces of a list of trainings: commas, semicolons, lines, slashes, "+", "samt". */
const LIST_SEPARATORS = /[\n\r,;/+]+|\s+samt\s+/;

function reading(raw: string, codes: string[]): TrainingReading {
  if (codes.length === 1) return { raw, code: codes[0] };
  return codes.length > 1 ? { raw, code: null, candidates: codes } : { raw, code: null };
}

function readUncached(
  text: string,
  catalogue: TrainingDef[],
  forms: Form[],
  order: string[],
): TrainingReading {
  if (text === '') return { raw: text, code: null };
  // A form written exactly (an alias may hold a code of its own: "HiS3" taught as HiS4).
  const key = trainingWords(text).join('');
  const exact = order.filter((c) => forms.some((f) => f.code === c && f.key === key));
  if (exact.length > 0) return reading(text, exact);
  const found = [...text.matchAll(CODE)].map((m) => byCode(m[1], catalogue));
  const known = order.filter((c) => found.includes(c));
  if (known.length > 1) return reading(text, known); // "HiS6, HiS9": names two
  const name = byName(trainingWords(withoutCodes(text)), forms, order);
  if (known.length === 1) {
    const [code] = known;
    // The name beside the code says another training, and only that one: they disagree.
    if (name.length === 1 && name[0] !== code)
      return reading(
        text,
        order.filter((c) => c === code || c === name[0]),
      );
    return { raw: text, code };
  }
  if (found.length > 0) return { raw: text, code: null, ...(name.length > 0 ? { candidates: name } : {}) };
  if (name.length > 0) return reading(text, name);
  // Two names in one cell ("Lifespan Integration, Nyanlända som resurs"): not guessed either.
  const pieces = text.split(LIST_SEPARATORS).filter((p) => cleanText(p) !== '');
  if (pieces.length > 1) {
    const each = new Set(pieces.flatMap((p) => byName(trainingWords(p), forms, order)));
    if (each.size > 0) return { raw: text, code: null, candidates: order.filter((c) => each.has(c)) };
  }
  return { raw: text, code: null };
}

/** Caches keyed by the catalogue's content (not its identity), so an edited catalogue is re-read. */
function signature(catalogue: TrainingDef[]): string {
  return catalogue.map((t) => `${t.code}\u0001${t.name}\u0001${t.aliases.join('\u0002')}`).join('\u0003');
}

interface CatalogueCache {
  forms: Form[];
  order: string[];
  readings: Map<string, TrainingReading>;
}

const caches = new Map<string, CatalogueCache>();
const READING_CACHE_SIZE = 2000;

function cacheFor(catalogue: TrainingDef[]): CatalogueCache {
  const sig = signature(catalogue);
  let c = caches.get(sig);
  if (!c) {
    if (caches.size > 20) caches.clear();
    c = { forms: formsOf(catalogue), order: catalogue.map((t) => t.code), readings: new Map() };
    caches.set(sig, c);
  }
  return c;
}

export function readTraining(raw: unknown, catalogue: TrainingDef[] = DEFAULT_CATALOGUE): TrainingReading {
  const clean = cleanText(cleanText(raw).replace(QUOTES, ' '));
  const c = cacheFor(catalogue);
  const hit = c.readings.get(clean);
  if (hit !== undefined) return { ...hit, raw: cleanText(raw) };
  const r = readUncached(clean, catalogue, c.forms, c.order);
  if (c.readings.size >= READING_CACHE_SIZE) c.readings.clear();
  c.readings.set(clean, r);
  return { ...r, raw: cleanText(raw) };
}

/** Several trainings in one cell ("Utbildningar att sprida"): each piece read on its own; two codes in a piece are two. */
export function readTrainingList(
  raw: unknown,
  catalogue: TrainingDef[] = DEFAULT_CATALOGUE,
): TrainingReading[] {
  const text = typeof raw === 'string' ? raw : cleanText(raw);
  const out: TrainingReading[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const piece = cleanText(part);
    if (piece === '') continue;
    const codes = [...piece.matchAll(CODE)];
    if (codes.length > 1) {
      for (const m of codes) out.push({ raw: cleanText(m[0]), code: byCode(m[1], catalogue) });
      continue;
    }
    out.push(readTraining(piece, catalogue));
  }
  return out;
}
