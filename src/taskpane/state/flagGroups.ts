// Pure helpers for the flags list: filter by round and severity, count per kind, group.
import { FLAG_CODES, type Flag, type FlagCode } from '../../core/model';
import type { FlagView } from './state';

export function filterFlags(flags: readonly Flag[], view: FlagView): Flag[] {
  return flags.filter(
    (f) =>
      (view.round === 'all' || f.round === view.round) &&
      (view.severity === 'all' || f.severity === view.severity),
  );
}

/** Count per flag code, in the stable order of FLAG_CODES, codes with no flag left out. */
export function countByCode(flags: readonly Flag[]): { code: FlagCode; count: number }[] {
  const counts = new Map<FlagCode, number>();
  for (const f of flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return FLAG_CODES.filter((c) => counts.has(c)).map((code) => ({ code, count: counts.get(code) ?? 0 }));
}

export interface FlagGroup {
  /** The person's name, or the flag code; null person when a flag belongs to no one. */
  key: string | null;
  flags: Flag[];
}

/** Groups in first-seen order for people (sorted by name) or FLAG_CODES order for kinds. */
export function groupFlags(flags: readonly Flag[], by: FlagView['groupBy']): FlagGroup[] {
  const groups = new Map<string | null, Flag[]>();
  for (const f of flags) {
    const key = by === 'person' ? f.person : f.code;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const entries = [...groups.entries()].map(([key, list]) => ({ key, flags: list }));
  if (by === 'kind') {
    return entries.sort(
      (a, b) => FLAG_CODES.indexOf(a.key as FlagCode) - FLAG_CODES.indexOf(b.key as FlagCode),
    );
  }
  return entries.sort((a, b) => {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key.localeCompare(b.key, 'sv');
  });
}
