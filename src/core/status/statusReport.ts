// The region's status at a report round for the decision forum (guide steps 2.5/2.8): goal,
// planned and reached per training and per unit and in total — the summary tab's numbers
// (computeTotals counts exactly what its formulas count) — and two key figures the summary does
// not have: how many spridningsledare the overall plan names, and how many of them reported.
import type { LogSnapshot, ReportRound, Settings } from '../model';
import type { Message } from '../messages';
import { msg } from '../messages';
import { peopleOf } from '../names/people';
import { indexOverall } from '../flags/overallIndex';
import { computeTotals, type Totals } from '../totals/computeTotals';
import { recordKey, summaryKeys, type SummaryKey } from '../totals/groups';

export interface StatusRow {
  /** The summary's key of the row (training code, unit key). */
  key: SummaryKey;
  label: string | Message;
  goal: number;
  planned: number;
  /** Reached at the report round. */
  reached: number;
}

export interface StatusReport {
  round: ReportRound;
  /** ISO day the status was made. */
  date: string;
  /** Rows with a goal, a plan or anything reached, in the summary's order. */
  perTraining: StatusRow[];
  perUnit: StatusRow[];
  total: Omit<StatusRow, 'key'>;
  /** People of the overall plan (0 without one), and how many of them have rows in the round's tab. */
  people: number;
  reporting: number;
}

function rowOf(key: SummaryKey, t: Totals, round: ReportRound): StatusRow {
  return {
    key,
    label: key.label,
    goal: t.goal,
    planned: t.planned,
    reached: round === 'aterrap1' ? t.reachedAterrap1 : t.reachedAterrap2,
  };
}

const anything = (r: StatusRow) => r.goal !== 0 || r.planned !== 0 || r.reached !== 0;

export function statusReport(
  snapshot: LogSnapshot,
  settings: Settings,
  round: ReportRound,
  date: string,
): StatusReport {
  const keys = summaryKeys(snapshot, settings);
  const totals = computeTotals(snapshot, settings);
  const people = peopleOf(snapshot);
  const overall = snapshot.overall === null ? null : indexOverall(snapshot.overall, people);
  const reportingKeys = new Set((snapshot.rounds[round] ?? []).map((r) => people.key(r.person)));
  const g = totals.grandTotal;
  return {
    round,
    date,
    perTraining: keys.trainings
      .map((k) => rowOf(k, totals.perTraining[recordKey('training', k)], round))
      .filter(anything),
    perUnit: keys.units.map((k) => rowOf(k, totals.perUnit[recordKey('unit', k)], round)).filter(anything),
    total: {
      label: msg('totals-whole-region', {}),
      goal: g.goal,
      planned: g.planned,
      reached: round === 'aterrap1' ? g.reachedAterrap1 : g.reachedAterrap2,
    },
    people: overall?.size ?? 0,
    reporting: overall === null ? 0 : [...overall.keys()].filter((k) => reportingKeys.has(k)).length,
  };
}

/** The share of the goal reached (0–1), or null without a goal. */
export function shareOf(r: { goal: number; reached: number }): number | null {
  return r.goal > 0 ? r.reached / r.goal : null;
}
