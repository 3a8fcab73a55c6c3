// Duplicate activities: two rows of one person equal in training, activity, target group, unit,
// date and planned number. They are kept (and counted) but flagged.
import type { LogActivityRow } from '../model';
import { textKey as normaliseKey } from './keys';

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

/** Each row of one person's `rows` that repeats an earlier one, with the first row it repeats. */
export function twins(rows: LogActivityRow[]): Map<LogActivityRow, LogActivityRow> {
  const first = new Map<string, LogActivityRow>();
  const out = new Map<LogActivityRow, LogActivityRow>();
  for (const r of rows) {
    const key = activityKey(r);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r);
    else out.set(r, earlier);
  }
  return out;
}
