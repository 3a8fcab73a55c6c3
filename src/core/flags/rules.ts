// The flags of domain.md's table, one entry each: code, severity, when it is raised, the cell it
// points at, and its message. Each round's tab is checked on its own; computeFlags builds the
// subjects below and hands each to its rules.
import { msg } from '../messages';
import type { LogActivityRow, LogContactRow, Round } from '../model';
import { contactSubject, personSubject, rowSubject } from './about';
import { isEmailAddress } from './emailAddress';
import { unitKey } from './keys';
import { COLUMN_LABELS } from './labels';
import type { PersonAssignments, TrainingAssignment } from './overallIndex';
import { cellOf, type About, type Rule } from './rule';

/** One activity row of a round's tab, with what the rules compare it with. */
export interface RowSubject extends About {
  round: Round;
  row: LogActivityRow;
  /** The row's training as assigned to its person in the overall plan (undefined: not assigned,
   *  or the person is not in the overall plan). */
  assigned: TrainingAssignment | undefined;
  /** An earlier row of the same person equal in training, activity, target group, unit, date and
   *  planned number. */
  twinOf: LogActivityRow | undefined;
}

/** One training of a person in the overall plan: assigned to them, in their rows in the tab, or both. */
export interface TrainingSubject extends About {
  round: Round;
  person: string;
  training: string;
  /** The person's rows for this training in the tab (none: nothing planned for it). */
  rows: LogActivityRow[];
  /** The person's first row in the tab. */
  first: LogActivityRow;
  assigned: TrainingAssignment | undefined;
  /** Planerat antal summed over `rows` (a range by its lower bound). */
  planned: number;
}

/** One person of the round's tab or of the overall plan (only when there is an overall plan). */
export interface PersonSubject extends About {
  round: Round;
  person: string;
  /** The person's rows in the tab (none: their plan has not arrived). */
  rows: LogActivityRow[];
  /** Their assignments in the overall plan (undefined: not in it). */
  assigned: PersonAssignments | undefined;
  /** The round's tab. */
  sheet: string;
  /** The day plans for the round are due (ISO), and whether today is past it. */
  due: string;
  late: boolean;
}

/** One row of tab 2 (contacts). */
export interface ContactSubject extends About {
  contact: LogContactRow;
}

/** What each kind of subject is about, for the flags' fingerprints (about.ts). */
export const ROW_SUBJECT = (s: RowSubject): string => rowSubject(s.person, s.row);
export const TRAINING_SUBJECT = (t: TrainingSubject): string =>
  personSubject(t.person, t.training, t.rows.length > 0 ? t.planned : null, t.assigned?.goal ?? null);
export const PERSON_SUBJECT = (p: PersonSubject): string =>
  personSubject(
    p.person,
    p.assigned === undefined ? 'outside' : 'assigned',
    p.rows.length > 0 ? 'rows' : 'none',
  );
export const CONTACT_SUBJECT = (c: ContactSubject): string => contactSubject(c.contact);

/** Where a row is, as the messages say it. */
function where(row: LogActivityRow): { sheet: string; row: number } {
  return { sheet: row.sheet, row: row.row };
}

/** Flags about one row on its own, and about the row against its person's assignment. */
export const ROW_RULES: readonly Rule<RowSubject>[] = [
  {
    code: 'unknown-training',
    severity: 'warning',
    when: ({ row }) => row.training.raw !== '' && row.training.code === null,
    at: ({ row }) => cellOf(row, 'training'),
    message: ({ row }) =>
      row.training.candidates?.length
        ? msg('flag-ambiguous-training', {
            training: row.training.raw,
            ...where(row),
            candidates: row.training.candidates,
          })
        : msg('flag-unknown-training', { training: row.training.raw, ...where(row) }),
  },
  ...(['plannedNumber', 'reached'] as const).map((column): Rule<RowSubject> => ({
    code: 'unreadable-number',
    severity: 'warning',
    when: ({ row }) => row[column].kind === 'unreadable',
    at: ({ row }) => cellOf(row, column),
    message: ({ row }) =>
      msg('flag-unreadable-number', { column: COLUMN_LABELS[column], text: row[column].raw, ...where(row) }),
  })),
  ...(['plannedDate', 'doneDate'] as const).map((column): Rule<RowSubject> => ({
    code: 'unreadable-date',
    severity: 'warning',
    when: ({ row }) => row[column].kind === 'unreadable',
    at: ({ row }) => cellOf(row, column),
    message: ({ row }) =>
      msg('flag-unreadable-date', { column: COLUMN_LABELS[column], text: row[column].raw, ...where(row) }),
  })),
  {
    code: 'missing-status',
    severity: 'warning',
    when: ({ row, round }) => round !== 'plan' && row.status.value === null,
    at: ({ row }) => cellOf(row, 'status'),
    message: ({ row }) =>
      row.status.raw === ''
        ? msg('flag-missing-status', where(row))
        : msg('flag-unknown-status', { status: row.status.raw, ...where(row) }),
  },
  {
    code: 'done-without-reached',
    severity: 'warning',
    when: ({ row }) => row.status.value === 'done' && row.reached.kind === 'empty',
    at: ({ row }) => cellOf(row, 'reached'),
    message: ({ row }) => msg('flag-done-without-reached', where(row)),
  },
  {
    code: 'reached-above-planned',
    severity: 'info',
    when: ({ row }) =>
      row.reached.value !== null &&
      row.plannedNumber.value !== null &&
      row.reached.value > row.plannedNumber.value,
    at: ({ row }) => cellOf(row, 'reached'),
    message: ({ row }) =>
      msg('flag-reached-above-planned', {
        reached: row.reached.value ?? 0,
        planned: row.plannedNumber.value ?? 0,
        ...where(row),
      }),
  },
  {
    code: 'duplicate-activity',
    severity: 'warning',
    when: ({ twinOf }) => twinOf !== undefined,
    at: ({ row }) => cellOf(row, 'activity'),
    message: ({ row, twinOf }) => msg('flag-duplicate-activity', { sameAs: twinOf!.row, ...where(row) }),
  },
  {
    code: 'unit-mismatch',
    severity: 'warning',
    when: ({ row, assigned }) =>
      assigned !== undefined &&
      assigned.unitKeys.size > 0 &&
      row.unit !== '' &&
      !assigned.unitKeys.has(unitKey(row.unit)),
    at: ({ row }) => cellOf(row, 'unit'),
    message: ({ row, person, training, assigned }) =>
      msg('flag-unit-mismatch', {
        unit: row.unit,
        person: person ?? '',
        training: training ?? '',
        units: assigned!.units,
        ...where(row),
      }),
  },
];

/** Flags comparing what a person of the overall plan does for a training with their assignment. */
export const TRAINING_RULES: readonly Rule<TrainingSubject>[] = [
  {
    code: 'training-not-assigned',
    severity: 'warning',
    when: (t) => t.rows.length > 0 && t.assigned === undefined,
    at: (t) => cellOf(t.rows[0], 'training'),
    message: (t) =>
      msg('flag-training-not-assigned', { person: t.person, training: t.training, ...where(t.rows[0]) }),
  },
  {
    code: 'planned-below-goal',
    severity: 'warning',
    when: (t) =>
      t.rows.length > 0 && t.assigned !== undefined && t.assigned.goalReadable && t.planned < t.assigned.goal,
    at: (t) => cellOf(t.rows[0], 'plannedNumber'),
    message: (t) =>
      msg('flag-planned-below-goal', {
        person: t.person,
        training: t.training,
        planned: t.planned,
        goal: t.assigned!.goal,
        sheet: t.first.sheet,
      }),
  },
  {
    code: 'assigned-training-without-activity',
    severity: 'warning',
    when: (t) => t.rows.length === 0 && t.assigned !== undefined,
    at: (t) => cellOf(t.first, 'person'),
    message: (t) =>
      msg('flag-assigned-training-without-activity', {
        person: t.person,
        training: t.training,
        sheet: t.first.sheet,
      }),
  },
];

/** Flags about who is in the round's tab and who is in the overall plan. */
export const PERSON_RULES: readonly Rule<PersonSubject>[] = [
  {
    code: 'not-in-overall-plan',
    severity: 'info',
    when: (p) => p.rows.length > 0 && p.assigned === undefined,
    at: (p) => cellOf(p.rows[0], 'person'),
    message: (p) => msg('flag-not-in-overall-plan', { person: p.person, ...where(p.rows[0]) }),
  },
  {
    code: 'plan-not-received',
    severity: (p) => (p.late ? 'warning' : 'info'),
    when: (p) => p.rows.length === 0 && p.assigned !== undefined,
    at: (p) => cellOf(p.assigned!.assignments[0], 'person'),
    message: (p) =>
      msg('flag-plan-not-received', {
        person: p.person,
        sheet: p.sheet,
        round: p.round,
        due: p.due,
        late: p.late,
      }),
  },
];

/** Flags on tab 2 (contacts). */
export const CONTACT_RULES: readonly Rule<ContactSubject>[] = [
  {
    code: 'invalid-contact',
    severity: 'warning',
    when: ({ contact: c }) => c.email !== '' && !isEmailAddress(c.email),
    at: ({ contact: c }) => cellOf(c, 'email'),
    message: ({ contact: c }) =>
      msg('flag-invalid-contact', { email: c.email, name: c.name, sheet: c.sheet, row: c.row }),
  },
];
