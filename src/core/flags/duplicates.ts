// Duplicate activities: two rows of one person equal in training, activity, target group, unit,
// date and planned number. They are kept (and counted) but flagged.
import type { Flag, LogActivityRow, Round } from '../model';
import { textKey as normaliseKey } from './keys';
import { trainingLabel } from './labels';

function activityKey(r: LogActivityRow): string {
  const training = r.training.code ?? normaliseKey(r.training.raw);
  const activity = normaliseKey(r.activity);
  const group = normaliseKey(r.targetGroup);
  const unit = normaliseKey(r.unit);
  const date =
    r.plannedDate.start !== undefined
      ? `${r.plannedDate.kind}:${r.plannedDate.start}`
      : normaliseKey(r.plannedDate.raw);
  const planned =
    r.plannedNumber.value !== null ? String(r.plannedNumber.value) : normaliseKey(r.plannedNumber.raw);
  return `${training}\u0001${activity}\u0001${group}\u0001${unit}\u0001${date}\u0001${planned}`;
}

/** One flag on every row that repeats an earlier row of the same person, appended to `out`. */
export function duplicateFlags(
  rows: LogActivityRow[],
  round: Round,
  person: string | null,
  out: Flag[] = [],
): Flag[] {
  const first = new Map<string, LogActivityRow>();
  for (const r of rows) {
    const key = activityKey(r);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r);
      continue;
    }
    out.push({
      code: 'duplicate-activity',
      severity: 'warning',
      message: `Rad ${r.row} i fliken ”${r.sheet}” är likadan som rad ${earlier.row} (samma utbildning, aktivitet, målgrupp, verksamhet, datum och planerat antal). Ta bort den om den kommit med två gånger; annars räknas den två gånger.`,
      person,
      training: r.training.raw === '' ? null : trainingLabel(r.training),
      round,
      sheet: r.sheet,
      cell: r.cells.activity ?? r.cells.person ?? `A${r.row}`,
    });
  }
  return out;
}
