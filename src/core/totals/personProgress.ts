// The per-person progress view: for each spridningsledare, the goal, what they planned and what
// they reached at report 1 and 2 — the summary's per-person numbers (computeTotals) — and how
// many activities each round's tab has for them. In the summary's order: by name, rows without a
// name last.
import type { LogSnapshot, Settings } from '../model';
import type { Message } from '../messages';
import { peopleOf } from '../names/people';
import { computeTotals } from './computeTotals';
import { recordKey, summaryKeys } from './groups';
import { activitiesAcrossRounds } from '../progress/sameActivity';

export interface PersonProgress {
  key: string;
  label: string | Message;
  goal: number;
  planned: number;
  reached1: number;
  reached2: number;
  /** Rows in 3.a, 3.b and 3.c. */
  rows: { plan: number; aterrap1: number; aterrap2: number };
}

export function personProgress(snapshot: LogSnapshot, settings: Settings): PersonProgress[] {
  const keys = summaryKeys(snapshot, settings).people;
  const totals = computeTotals(snapshot, settings).perPerson;
  const across = new Map(activitiesAcrossRounds(snapshot, peopleOf(snapshot)).map((p) => [p.key, p.rows]));
  return keys.map((k) => {
    const t = totals[recordKey('person', k)];
    const rows = across.get(k.key);
    return {
      key: k.key,
      label: k.label,
      goal: t.goal,
      planned: t.planned,
      reached1: t.reachedAterrap1,
      reached2: t.reachedAterrap2,
      rows: {
        plan: rows?.plan.length ?? 0,
        aterrap1: rows?.aterrap1.length ?? 0,
        aterrap2: rows?.aterrap2.length ?? 0,
      },
    };
  });
}
