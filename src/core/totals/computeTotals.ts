// Reach totals per training, unit and spridningsledare and in total (domain.md "Totals"),
// counted exactly as the summary sheet's formulas count (see countable.ts):
// goal = the overall plan's goals; planned = Planerat antal over 3.a's rows; reached at report
// 1 / 2 = Antal nådda over 3.b / 3.c rows whose status is done. Duplicates count.
import { ROUNDS, type LogActivityRow, type LogSnapshot, type Round, type Settings } from '../model';
import { peopleOf } from '../names/people';
import { countedAsDone, countedValue } from './countable';
import { assignmentKey, type Dimension, recordKey, rowKey, summaryKeys, type SummaryKey } from './groups';

export interface Totals {
  goal: number;
  planned: number;
  reachedAterrap1: number;
  reachedAterrap2: number;
}

export interface TotalsResult {
  /** By training code; 'unknown' for unknown or empty trainings. */
  perTraining: Record<string, Totals>;
  /** By unit, shown as its first spelling; '' for rows without one. */
  perUnit: Record<string, Totals>;
  /** By spridningsledare (the yellow name, title removed), first spelling; '' for rows without one. */
  perPerson: Record<string, Totals>;
  grandTotal: Totals;
}

const zero = (): Totals => ({ goal: 0, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 });

/** What a row adds to its round's measure, or null when it adds nothing (a report row not done). */
function counted(round: Round, r: LogActivityRow): number | null {
  if (round === 'plan') return countedValue(r.plannedNumber);
  return countedAsDone(r.status) ? countedValue(r.reached) : null;
}

function add(t: Totals, round: Round, v: number): void {
  if (round === 'plan') t.planned += v;
  else if (round === 'aterrap1') t.reachedAterrap1 += v;
  else t.reachedAterrap2 += v;
}

function byKey(keys: SummaryKey[]): Map<string, Totals> {
  const m = new Map<string, Totals>();
  for (const k of keys) m.set(k.key, zero());
  return m;
}

function byName(dim: Dimension, keys: SummaryKey[], totals: Map<string, Totals>): Record<string, Totals> {
  const out: Record<string, Totals> = {};
  for (const k of keys) out[recordKey(dim, k)] = totals.get(k.key)!;
  return out;
}

export function computeTotals(snapshot: LogSnapshot, settings: Settings): TotalsResult {
  const keys = summaryKeys(snapshot, settings);
  const people = peopleOf(snapshot);
  const grandTotal = zero();
  const training = byKey(keys.trainings);
  const unit = byKey(keys.units);
  const person = byKey(keys.people);
  // One pass: each cell is read once and its value added to the grand total and to its key in
  // every breakdown, in the same order as summing each breakdown on its own would.
  for (const a of snapshot.overall ?? []) {
    const v = countedValue(a.goal);
    grandTotal.goal += v;
    training.get(assignmentKey('training', a, people))!.goal += v;
    unit.get(assignmentKey('unit', a, people))!.goal += v;
    person.get(assignmentKey('person', a, people))!.goal += v;
  }
  for (const round of ROUNDS)
    for (const r of snapshot.rounds[round] ?? []) {
      const v = counted(round, r);
      if (v === null) continue;
      add(grandTotal, round, v);
      add(training.get(rowKey('training', r, people))!, round, v);
      add(unit.get(rowKey('unit', r, people))!, round, v);
      add(person.get(rowKey('person', r, people))!, round, v);
    }
  return {
    perTraining: byName('training', keys.trainings, training),
    perUnit: byName('unit', keys.units, unit),
    perPerson: byName('person', keys.people, person),
    grandTotal,
  };
}
