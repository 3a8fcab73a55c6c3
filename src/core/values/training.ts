// Reading "Utbildning": a code ("HiS 6", "his6"), a full or short catalogue name, code and name
// together ("HiS9 – primärvården"), or a small misspelling of a name. Anything else is unknown.
import { DEFAULT_CATALOGUE } from '../catalogue';
import type { TrainingDef, TrainingReading } from '../model';
import { cleanText, normaliseKey } from './text';

const CODE = /(?:^|[^\p{L}\p{N}])his\s*[-.:]?\s*(\d{1,3})(?![\p{N}])/giu;

/** Key for a name: "och"/"o"/"&" unified, filler words "för"/"vid"/"hos" kept, punctuation gone. */
function nameKey(s: string): string {
  const words = cleanText(s)
    .toLowerCase()
    .replace(/&/g, ' och ')
    .split(/[\s\-–—:,.!?()/]+/)
    .filter((w) => w !== '')
    .map((w) => (w === 'o' || w === 'o.' || w === 'og' ? 'och' : w));
  return normaliseKey(words.join(' '));
}

/** The name with the "för" before the part after the dash dropped, and the part after the dash alone. */
function shortKeys(name: string): string[] {
  const keys: string[] = [];
  const dash = name.split(/\s+[–—-]\s+/);
  if (dash.length === 2) {
    const tail = dash[1].replace(/^för\s+/i, '');
    keys.push(nameKey(`${dash[0]} ${tail}`));
    if (nameKey(tail).length >= 8) keys.push(nameKey(tail));
  }
  return keys;
}

interface Candidate {
  code: string;
  key: string;
}

/** Caches keyed by the catalogue's content (not its identity), so an edited catalogue is re-read. */
function signature(catalogue: TrainingDef[]): string {
  return catalogue.map((t) => `${t.code}\u0001${t.name}\u0001${t.aliases.join('\u0002')}`).join('\u0003');
}

const candidateCache = new Map<string, Candidate[]>();

/** Every key a catalogue's trainings can be written as; cached per catalogue array. */
function candidates(catalogue: TrainingDef[], sig = signature(catalogue)): Candidate[] {
  const cached = candidateCache.get(sig);
  if (cached) return cached;
  const out: Candidate[] = [];
  for (const t of catalogue) {
    const keys = [nameKey(t.name), ...shortKeys(t.name), ...t.aliases.map(nameKey), normaliseKey(t.code)];
    for (const key of keys) if (key !== '') out.push({ code: t.code, key });
  }
  if (candidateCache.size > 20) candidateCache.clear();
  candidateCache.set(sig, out);
  return out;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** How many edits a name of this length may have and still count as a misspelling. */
function allowance(len: number): number {
  if (len < 6) return 0;
  if (len < 12) return 1;
  if (len < 24) return 2;
  return 3;
}

function byCode(n: string, catalogue: TrainingDef[]): string | null {
  const key = `his${Number(n)}`;
  const hit = catalogue.find((t) => normaliseKey(t.code) === key);
  return hit ? hit.code : null;
}

function byName(text: string, catalogue: TrainingDef[]): string | null {
  const key = nameKey(text);
  if (key === '') return null;
  const cands = candidates(catalogue);
  const exact = new Set(cands.filter((c) => c.key === key).map((c) => c.code));
  if (exact.size === 1) return [...exact][0];
  if (exact.size > 1) return null;
  const limit = allowance(key.length);
  if (limit === 0) return null;
  let best = limit + 1;
  let codes = new Set<string>();
  for (const c of cands) {
    if (c.key.length < 6) continue; // codes and very short aliases only match exactly
    const own = Math.min(limit, allowance(c.key.length));
    const d = boundedDistance(key, c.key, own);
    if (d > own) continue;
    if (d < best) {
      best = d;
      codes = new Set([c.code]);
    } else if (d === best) codes.add(c.code);
  }
  return best <= limit && codes.size === 1 ? [...codes][0] : null;
}

const readingCache = new Map<string, Map<string, string | null>>();
const READING_CACHE_SIZE = 2000;

export function readTraining(raw: unknown, catalogue: TrainingDef[] = DEFAULT_CATALOGUE): TrainingReading {
  const text = cleanText(raw);
  const sig = signature(catalogue);
  let cache = readingCache.get(sig);
  if (!cache) {
    if (readingCache.size > 20) readingCache.clear();
    readingCache.set(sig, (cache = new Map<string, string | null>()));
  }
  const hit = cache.get(text);
  if (hit !== undefined) return { raw: text, code: hit };
  const reading = readTrainingUncached(text, catalogue);
  if (cache.size >= READING_CACHE_SIZE) cache.clear();
  cache.set(text, reading.code);
  return reading;
}

function readTrainingUncached(text: string, catalogue: TrainingDef[]): TrainingReading {
  if (text === '') return { raw: text, code: null };
  const codes = [...text.matchAll(CODE)].map((m) => byCode(m[1], catalogue));
  const known = [...new Set(codes.filter((c): c is string => c !== null))];
  if (known.length === 1) return { raw: text, code: known[0] };
  if (known.length > 1 || codes.length > 0) return { raw: text, code: null };
  return { raw: text, code: byName(text, catalogue) };
}

/** Several trainings in one cell: separated by commas, semicolons, lines, "och"/"samt" between codes. */
export function readTrainingList(
  raw: unknown,
  catalogue: TrainingDef[] = DEFAULT_CATALOGUE,
): TrainingReading[] {
  const text = typeof raw === 'string' ? raw : cleanText(raw);
  const out: TrainingReading[] = [];
  for (const part of text.split(/[\n\r,;]+/)) {
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
