// Flags the coordinator marked "handled" (an accepted exception: someone spreading on their own
// initiative, a plan that comes late with leave granted), with an optional note. A mark is kept
// under the flag's fingerprint (about.ts), so the flag stays quiet while what it is about stays
// the same, wherever its row moves; when the row's values change the fingerprint changes, the
// mark no longer fits and the flag speaks again (and the old mark is dropped at the next check).
// Pure: the excel layer stores the marks in workbook.settings (see useCases/flagHandling.ts).
import { msg, type Message } from '../messages';
import type { Flag, Round } from '../model';
import { ROUNDS } from '../model';
import { storedObjects } from '../storedJson';

export interface HandledMark {
  /** The flag's fingerprint (Flag.about). */
  about: string;
  /** The flag's round (null: tab 2 or the overall plan): a check of one round keeps the others' marks. */
  round: Round | null;
  /** The coordinator's note ('' when none). */
  note: string;
  /** ISO day the mark was made. */
  on: string;
}

/**
 * Limits, so the marks stay a small part of the add-in's workbook settings (Office keeps an
 * add-in's settings in the file, about 2 MB in all): 1,000 marks with notes of at most 200
 * characters is at most about 250 KB of JSON.
 */
export const MAX_HANDLED_MARKS = 1000;
export const MAX_NOTE_CHARS = 200;

const isRound = (v: unknown): v is Round =>
  typeof v === 'string' && (ROUNDS as readonly string[]).includes(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The marks as stored (text or parsed JSON); anything malformed is left out, never an error. */
export function parseHandledMarks(value: unknown): HandledMark[] {
  const out: HandledMark[] = [];
  const seen = new Set<string>();
  for (const o of storedObjects(value)) {
    if (typeof o.about !== 'string' || o.about === '' || o.about.length > 40 || seen.has(o.about)) continue;
    seen.add(o.about);
    out.push({
      about: o.about,
      round: isRound(o.round) ? o.round : null,
      note: typeof o.note === 'string' ? o.note.slice(0, MAX_NOTE_CHARS) : '',
      on: isDay(o.on) ? o.on : '',
    });
    if (out.length >= MAX_HANDLED_MARKS) break;
  }
  return out;
}

/**
 * The check's flags with their marks, and the marks to keep: those that still fit a flag, and
 * those of rounds this check did not look at (`checked`: the rounds checked; tab 2's and the
 * overall plan's flags, round null, are looked at by every check).
 */
export function applyHandled(
  flags: readonly Flag[],
  marks: readonly HandledMark[],
  checked: readonly Round[],
): { flags: Flag[]; keep: HandledMark[] } {
  const byAbout = new Map(marks.map((m) => [m.about, m]));
  const used = new Set<string>();
  const out = flags.map((f) => {
    const m = byAbout.get(f.about);
    if (m === undefined) return f;
    used.add(m.about);
    return { ...f, handled: { note: m.note, on: m.on } };
  });
  const inScope = (m: HandledMark) => m.round === null || checked.includes(m.round);
  return { flags: out, keep: marks.filter((m) => used.has(m.about) || !inScope(m)) };
}

export type MarkResult = { ok: true; marks: HandledMark[] } | { ok: false; message: Message };

/** The marks with `flag` marked handled (a mark it had is replaced: the note can be changed). */
export function markHandled(
  marks: readonly HandledMark[],
  flag: Pick<Flag, 'about' | 'round'>,
  note: string,
  today: string,
): MarkResult {
  const text = note.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_NOTE_CHARS)
    return { ok: false, message: msg('handled-note-too-long', { max: MAX_NOTE_CHARS, length: text.length }) };
  const others = marks.filter((m) => m.about !== flag.about);
  if (others.length >= MAX_HANDLED_MARKS)
    return { ok: false, message: msg('handled-too-many', { max: MAX_HANDLED_MARKS }) };
  return { ok: true, marks: [...others, { about: flag.about, round: flag.round, note: text, on: today }] };
}

/** The marks without `flag`'s. */
export function unmarkHandled(marks: readonly HandledMark[], flag: Pick<Flag, 'about'>): HandledMark[] {
  return marks.filter((m) => m.about !== flag.about);
}
