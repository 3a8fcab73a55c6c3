// Reach totals per training, unit and spridningsledare and in total (domain.md "Totals"),
// counted exactly as the summary sheet's formulas count (see countable.ts):
// goal = the overall plan's goals; planned = Planerat antal over 3.a's rows; reached at report
// 1 / 2 = Antal nådda over 3.b / 3.c rows whose status is done. Duplicates count.
import type { LogActivityRow, LogSnapshot, Round, Settings } from '../model';
import { countedAsDone, countedValue } from './countable';
import { assignmentKey, type Dimension, rowKey, summaryKeys, type SummaryKey } from './groups';

export interface Totals {
  goal: number;
  planned: number;
  reachedAterrap1: number;
  reachedAterrap2: number;
}

export interface TotalsResult {
  /** By training code; 'unknown' for unknown or empty trainings. */
  perTraining: Record<string, Totals>;
  /** By unit, shown as its first spelling; '(ingen verksamhet)' for rows without one. */
  perUnit: Record<string, Totals>;
  /** By spridningsledare (the yellow name, title removed), first spelling. */
  perPerson: Record<string, Totals>;
  grandTotal: Totals;
}

const zero = (): Totals => ({ goal: 0, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 });

function add(t: Totals, round: Round, r: LogActivityRow): void {
  if (round === 'plan') t.planned += countedValue(r.plannedNumber);
  else if (countedAsDone(r.status)) {
    if (round === 'aterrap1') t.reachedAterrap1 += countedValue(r.reached);
    else t.reachedAterrap2 += countedValue(r.reached);
  }
}

function perKey(dim: Dimension, keys: SummaryKey[], snapshot: LogSnapshot): Record<string, Totals> {
  const byKey = new Map<string, Totals>();
  for (const k of keys) byKey.set(k.key, zero());
  for (const a of snapshot.overall ?? []) byKey.get(assignmentKey(dim, a))!.goal += countedValue(a.goal);
  for (const round of ['plan', 'aterrap1', 'aterrap2'] as const)
    for (const r of snapshot.rounds[round] ?? []) add(byKey.get(rowKey(dim, r))!, round, r);
  const out: Record<string, Totals> = {};
  for (const k of keys) out[dim === 'training' ? k.key : k.label] = byKey.get(k.key)!;
  return out;
}

export function computeTotals(snapshot: LogSnapshot, settings: Settings): TotalsResult {
  const keys = summaryKeys(snapshot, settings);
  const grandTotal = zero();
  for (const a of snapshot.overall ?? []) grandTotal.goal += countedValue(a.goal);
  for (const round of ['plan', 'aterrap1', 'aterrap2'] as const)
    for (const r of snapshot.rounds[round] ?? []) add(grandTotal, round, r);
  return {
    perTraining: perKey('training', keys.trainings, snapshot),
    perUnit: perKey('unit', keys.units, snapshot),
    perPerson: perKey('person', keys.people, snapshot),
    grandTotal,
  };
}
