// The flags of domain.md's table, one entry each: code, severity, when it is raised, the cell it
// points at, and its message. Each round's tab is checked on its own; computeFlags builds the
// subjects below and hands each to its rules.
import type { LogActivityRow, LogContactRow, Round } from '../model';
import { isEmailAddress } from './emailAddress';
import { unitKey } from './keys';
import { COLUMN_LABELS, longDate, ROUND_LABELS } from './labels';
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

/** "rad 12 i fliken ”3.a PLAN”": where a row is, as the messages say it. */
function at(row: LogActivityRow): string {
  return `rad ${row.row} i fliken ”${row.sheet}”`;
}

/** Flags about one row on its own, and about the row against its person's assignment. */
export const ROW_RULES: readonly Rule<RowSubject>[] = [
  {
    code: 'unknown-training',
    severity: 'warning',
    when: ({ row }) => row.training.raw !== '' && row.training.code === null,
    at: ({ row }) => cellOf(row, 'training'),
    message: ({ row }) =>
      `Utbildningen ”${row.training.raw}” på ${at(row)} är ingen av programmets utbildningar. Rätta den (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.`,
  },
  ...(['plannedNumber', 'reached'] as const).map((column): Rule<RowSubject> => ({
    code: 'unreadable-number',
    severity: 'warning',
    when: ({ row }) => row[column].kind === 'unreadable',
    at: ({ row }) => cellOf(row, column),
    message: ({ row }) =>
      `${COLUMN_LABELS[column]} ”${row[column].raw}” på ${at(row)} går inte att läsa som ett antal och räknas som 0. Skriv ett tal, till exempel 20.`,
  })),
  ...(['plannedDate', 'doneDate'] as const).map((column): Rule<RowSubject> => ({
    code: 'unreadable-date',
    severity: 'warning',
    when: ({ row }) => row[column].kind === 'unreadable',
    at: ({ row }) => cellOf(row, column),
    message: ({ row }) =>
      `${COLUMN_LABELS[column]} ”${row[column].raw}” på ${at(row)} går inte att läsa som ett datum. Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.`,
  })),
  {
    code: 'missing-status',
    severity: 'warning',
    when: ({ row, round }) => round !== 'plan' && row.status.value === null,
    at: ({ row }) => cellOf(row, 'status'),
    message: ({ row }) =>
      row.status.raw === ''
        ? `Aktiviteten på ${at(row)} saknar status. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`
        : `Statusen ”${row.status.raw}” på ${at(row)} är inget av statusorden. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`,
  },
  {
    code: 'done-without-reached',
    severity: 'warning',
    when: ({ row }) => row.status.value === 'done' && row.reached.kind === 'empty',
    at: ({ row }) => cellOf(row, 'reached'),
    message: ({ row }) =>
      `Aktiviteten på ${at(row)} är genomförd men Antal nådda är tomt, så den räknas som 0 nådda. Fyll i hur många som deltog.`,
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
      `Antal nådda (${row.reached.value}) på ${at(row)} är större än Planerat antal (${row.plannedNumber.value}). Kontrollera siffrorna; det kan stämma om fler kom än planerat.`,
  },
  {
    code: 'duplicate-activity',
    severity: 'warning',
    when: ({ twinOf }) => twinOf !== undefined,
    at: ({ row }) => cellOf(row, 'activity'),
    message: ({ row, twinOf }) =>
      `Rad ${row.row} i fliken ”${row.sheet}” är likadan som rad ${twinOf!.row} (samma utbildning, aktivitet, målgrupp, verksamhet, datum och planerat antal). Ta bort den om den kommit med två gånger; annars räknas den två gånger.`,
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
      `Verksamheten ”${row.unit}” på ${at(row)} är inte den som står för ${person} och ${training} i den övergripande spridningsplanen (${assigned!.units.map((u) => `”${u}”`).join(', ')}). Rätta verksamheten på raden eller i den övergripande planen.`,
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
      `${t.person} har aktiviteter för ${t.training} (från rad ${t.rows[0].row} i fliken ”${t.first.sheet}”), men ${t.training} är inte tilldelad ${t.person} i den övergripande spridningsplanen. Kontrollera utbildningen eller lägg till uppdraget i den övergripande planen.`,
  },
  {
    code: 'planned-below-goal',
    severity: 'warning',
    when: (t) =>
      t.rows.length > 0 && t.assigned !== undefined && t.assigned.goalReadable && t.planned < t.assigned.goal,
    at: (t) => cellOf(t.rows[0], 'plannedNumber'),
    message: (t) =>
      `${t.person} planerar att nå ${t.planned} personer med ${t.training} i fliken ”${t.first.sheet}”, men målet i den övergripande spridningsplanen är ${t.assigned!.goal}. Stäm av med ${t.person} om fler aktiviteter behövs eller om målet ska ändras.`,
  },
  {
    code: 'assigned-training-without-activity',
    severity: 'warning',
    when: (t) => t.rows.length === 0 && t.assigned !== undefined,
    at: (t) => cellOf(t.first, 'person'),
    message: (t) =>
      `${t.person} ska enligt den övergripande spridningsplanen sprida ${t.training} men har inga aktiviteter för ${t.training} i fliken ”${t.first.sheet}”. Fråga ${t.person} om aktiviteterna saknas i planen, eller ändra den övergripande planen.`,
  },
];

/** Flags about who is in the round's tab and who is in the overall plan. */
export const PERSON_RULES: readonly Rule<PersonSubject>[] = [
  {
    code: 'not-in-overall-plan',
    severity: 'info',
    when: (p) => p.rows.length > 0 && p.assigned === undefined,
    at: (p) => cellOf(p.rows[0], 'person'),
    message: (p) =>
      `${p.person} har rader i fliken ”${p.rows[0].sheet}” (från rad ${p.rows[0].row}) men finns inte i den övergripande spridningsplanen. Det kan stämma – den som gått en utbildning på eget initiativ får också sprida den. Lägg annars till personen i den övergripande planen eller rätta stavningen av namnet.`,
  },
  {
    code: 'plan-not-received',
    severity: (p) => (p.late ? 'warning' : 'info'),
    when: (p) => p.rows.length === 0 && p.assigned !== undefined,
    at: (p) => cellOf(p.assigned!.assignments[0], 'person'),
    message: (p) =>
      `${p.person} finns i den övergripande spridningsplanen men har inga rader i fliken ”${p.sheet}” (${ROUND_LABELS[p.round]}). ${p.late ? `Planen skulle ha kommit senast ${longDate(p.due)}; skicka en påminnelse.` : `Sista dag är ${longDate(p.due)}; påminn om den inte kommer.`}`,
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
      `E-postadressen ”${c.email}” för ${c.name === '' ? `raden ${c.row}` : `${c.name} (rad ${c.row})`} i fliken ”${c.sheet}” ser inte ut som en e-postadress. Rätta den (en adress per cell, till exempel namn@region.se) så att påminnelser kan skickas.`,
  },
];
