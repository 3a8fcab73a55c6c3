// What was understood of a plan, field by field, for the preview's details: what was written in
// the plan beside what the add-in read from it, where they differ ("20-25 → 20", "v. 12 →
// vecka 12 2017", "HiS 6 → HiS6 Migration och psykisk hälsa – grundkurs"). Pure; the words come
// from the pane's texts.
import { STATUS_WORDS, trainingLabel } from '../../core/import/activityCells';
import type {
  Activity,
  ActivityColumn,
  DateReading,
  NumberReading,
  Problem,
  StatusReading,
  TrainingDef,
  TrainingReading,
} from '../../core/model';
import { normaliseKey } from '../../core/values/text';
import type { Strings } from '../i18n';

export interface FieldReading {
  column: ActivityColumn;
  /** As written in the plan. */
  raw: string;
  /** As read ('' when empty or not readable). */
  read: string;
  /** The reading says something else than the text (shown as "raw → read"). */
  differs: boolean;
  /** Written but not readable as what the column holds. */
  unreadable: boolean;
}

function dateText(d: DateReading, t: Strings): string {
  switch (d.kind) {
    case 'day':
      return d.day ?? '';
    case 'week':
      return d.week !== undefined ? t.preview.week(d.week, d.year) : d.raw;
    case 'month':
      return d.month !== undefined ? t.preview.month(d.month, d.year) : d.raw;
    case 'term':
      return d.term ? t.preview.term(d.term, d.year) : d.raw;
    default:
      return '';
  }
}

function numberText(n: NumberReading): string {
  return n.value !== null && (n.kind === 'number' || n.kind === 'range') ? String(n.value) : '';
}

function statusText(s: StatusReading): string {
  return s.value ? STATUS_WORDS[s.value] : '';
}

function trainingText(tr: TrainingReading, catalogue: TrainingDef[], t: Strings): string {
  if (tr.code !== null) return trainingLabel(tr, catalogue);
  if (tr.candidates && tr.candidates.length > 1) return t.preview.candidates(tr.candidates.join(', '));
  return '';
}

function field(column: ActivityColumn, raw: string, read: string, readable: boolean): FieldReading {
  const unreadable = raw.trim() !== '' && !readable;
  return {
    column,
    raw,
    read,
    differs: !unreadable && read !== '' && normaliseKey(raw) !== normaliseKey(read),
    unreadable,
  };
}

/** The activity's fields in the log's column order (the person's name is the plan's, not a field). */
export function understoodRow(a: Activity, catalogue: TrainingDef[], t: Strings): FieldReading[] {
  const training = trainingText(a.training, catalogue, t);
  return [
    field('training', a.training.raw, training, a.training.code !== null),
    field('activity', a.activity, a.activity, true),
    field('targetGroup', a.targetGroup, a.targetGroup, true),
    field('unit', a.unit, a.unit, true),
    field('plannedDate', a.plannedDate.raw, dateText(a.plannedDate, t), a.plannedDate.kind !== 'unreadable'),
    field(
      'plannedNumber',
      a.plannedNumber.raw,
      numberText(a.plannedNumber),
      a.plannedNumber.kind !== 'unreadable',
    ),
    field('status', a.status.raw, statusText(a.status), a.status.value !== null),
    field('doneDate', a.doneDate.raw, dateText(a.doneDate, t), a.doneDate.kind !== 'unreadable'),
    field('reached', a.reached.raw, numberText(a.reached), a.reached.kind !== 'unreadable'),
    field('comment', a.comment, a.comment, true),
  ];
}

/** The problems of a row of the plan (by table and row), and the rest. */
export function problemsByRow(
  activities: readonly Activity[],
  problems: readonly Problem[],
): { perRow: Problem[][]; other: Problem[] } {
  const perRow: Problem[][] = activities.map(() => []);
  const other: Problem[] = [];
  for (const p of problems) {
    const i = activities.findIndex(
      (a) =>
        p.where.table !== undefined &&
        p.where.row !== undefined &&
        a.source.table === p.where.table &&
        a.source.row === p.where.row,
    );
    if (i >= 0) perRow[i].push(p);
    else other.push(p);
  }
  return { perRow, other };
}
