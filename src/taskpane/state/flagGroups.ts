// Pure helpers for the flags at scale: the filters of the summary (round, kind, a person's name,
// handled or not), the counts the summary shows, and where a flag points, said short.
import { FLAG_CODES, ROUNDS, type Flag, type FlagCode, type Round } from '../../core/model';
import { foldWord } from '../../core/values/fold';
import type { FlagView } from './state';

/** A flag's round for the filters: 'none' for tab 2's and the overall plan's flags. */
export type RoundKey = Round | 'none';
export const ROUND_KEYS: readonly RoundKey[] = [...ROUNDS, 'none'];

export const roundKey = (f: Flag): RoundKey => f.round ?? 'none';

export function filterFlags(flags: readonly Flag[], view: FlagView): Flag[] {
  const query = foldWord(view.query);
  return flags.filter(
    (f) =>
      (view.showHandled || f.handled === undefined) &&
      (view.round === 'all' || roundKey(f) === view.round) &&
      (view.code === 'all' || f.code === view.code) &&
      (query === '' || (f.person !== null && foldWord(f.person).includes(query))),
  );
}

/** Count per flag code of the flags not handled, in the order of FLAG_CODES (codes without flags left out). */
export function countByCode(flags: readonly Flag[]): { code: FlagCode; count: number }[] {
  const counts = new Map<FlagCode, number>();
  for (const f of flags) if (f.handled === undefined) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return FLAG_CODES.filter((c) => counts.has(c)).map((code) => ({ code, count: counts.get(code)! }));
}

/** Count per round of the flags not handled (rounds without flags left out). */
export function countByRound(flags: readonly Flag[]): { round: RoundKey; count: number }[] {
  const counts = new Map<RoundKey, number>();
  for (const f of flags)
    if (f.handled === undefined) counts.set(roundKey(f), (counts.get(roundKey(f)) ?? 0) + 1);
  return ROUND_KEYS.filter((r) => counts.has(r)).map((round) => ({ round, count: counts.get(round)! }));
}

/**
 * A place said short: "3.a!C12" for a tab of the log ("3.a Saml pers spr-plan PLAN"), "1!C5" for
 * "1. Övergripande spridningsplan", the sheet name whole otherwise.
 */
export function shortPlace(sheet: string, cell: string): string {
  const tab = /^(\d+)\.([a-z]?)\s/i.exec(sheet);
  const short = tab ? (tab[2] === '' ? tab[1] : `${tab[1]}.${tab[2]}`) : sheet;
  return `${short}!${cell.replace(/\$/g, '')}`;
}

/**
 * For an unknown-training flag, the text written and the trainings it may mean (when the reading
 * named candidates): what "this means HiS2" would store as an alias. Null for other flags and
 * for a training that is missing rather than written.
 */
export function aliasCandidate(f: Flag): { text: string; candidates: string[] } | null {
  if (f.code !== 'unknown-training') return null;
  const params = f.message.params as Readonly<Record<string, unknown>>;
  const text =
    typeof params.training === 'string'
      ? params.training
      : typeof params.text === 'string'
        ? params.text
        : '';
  if (text.trim() === '') return null;
  const candidates = Array.isArray(params.candidates)
    ? (params.candidates as unknown[]).filter((c): c is string => typeof c === 'string')
    : [];
  return { text, candidates };
}
