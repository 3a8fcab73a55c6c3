// The domain model shared by every layer. Pure types and constants: no Office, no React.
// Swedish domain terms (spridningsledare, verksamhet, återrapportering) are explained in
// docs/domain.md, the rules this code implements.
import type { Message } from './messages';

/** The three rounds of the log: the plan (tab 3.a) and the two reports (tabs 3.b, 3.c). */
export const ROUNDS = ['plan', 'aterrap1', 'aterrap2'] as const;
export type Round = (typeof ROUNDS)[number];
/** The two report rounds (tabs 3.b and 3.c). */
export type ReportRound = Exclude<Round, 'plan'>;

// ---------------------------------------------------------------------------------------------
// Readings: every value keeps what was written (`raw`) beside what we understood from it.
// ---------------------------------------------------------------------------------------------

/** "20", "ca 20", "20 st" → number; "20-25" → range (lower bound); other text → unreadable. */
export interface NumberReading {
  raw: string;
  kind: 'empty' | 'number' | 'range' | 'unreadable';
  /** The number counted: the value, a range's lower bound; null when empty or unreadable. */
  value: number | null;
}

export type DateKind = 'empty' | 'day' | 'week' | 'month' | 'term' | 'unreadable';

/** "2017-02-10", "10/2", "10 feb", "v. 6", "mars 2017", "vt 2017"; missing year resolved. */
export interface DateReading {
  raw: string;
  kind: DateKind;
  /** ISO yyyy-mm-dd, only when kind === 'day'. */
  day?: string;
  year?: number;
  month?: number;
  week?: number;
  term?: 'vt' | 'ht';
  /** ISO first and last day the reading covers (a day: both the same); absent when empty/unreadable. */
  start?: string;
  end?: string;
}

export type StatusValue = 'done' | 'notDone' | 'planned';

export interface StatusReading {
  raw: string;
  /** null when empty or not a known status word. */
  value: StatusValue | null;
}

export interface TrainingReading {
  raw: string;
  /** Catalogue code such as "HiS6"; null when empty, not a programme training, or not one only. */
  code: string | null;
  /** When code is null: the trainings the text fits or names (two or more, or one it nearly says). */
  candidates?: string[];
}

// ---------------------------------------------------------------------------------------------
// Problems: something the user should know about an input, as a message code, with where it is.
// ---------------------------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';

export interface Where {
  /** File name or "Inklistrad text" for a paste. */
  source?: string;
  /** 1-based table number in the document. */
  table?: number;
  /** 1-based row within that table (header = row 1). */
  row?: number;
  /** The column's header text as in the document, or our canonical name. */
  column?: string;
  /** A1 address of the cell, when the source is a sheet (the overall plan). */
  cell?: string;
}

export interface Problem {
  /** Stable machine code, e.g. "not-a-plan", "unreadable-number", "docx-encrypted". */
  code: string;
  severity: Severity;
  /** What is wrong, where, and what to do, as a message code (rendered by the pane and the CLI). */
  message: Message;
  where: Where;
}

// ---------------------------------------------------------------------------------------------
// The personal plan (Min personliga spridningsplan) as read from a paste or a .docx file.
// ---------------------------------------------------------------------------------------------

export interface Contact {
  /** The person's name without a glued-on title ("Anna Lindqvist, kurator" → "Anna Lindqvist"). */
  name: string;
  title: string;
  unit: string;
  region: string;
  email: string;
  phone: string;
  /** "Utbildningar att sprida" as written, and each training found in it. */
  trainingsRaw: string;
  trainings: TrainingReading[];
}

export interface Goal {
  training: TrainingReading;
  unit: string;
  number: NumberReading;
}

export interface Activity {
  training: TrainingReading;
  activity: string;
  targetGroup: string;
  unit: string;
  plannedDate: DateReading;
  plannedNumber: NumberReading;
  status: StatusReading;
  doneDate: DateReading;
  reached: NumberReading;
  comment: string;
  /** Where in the document this row came from. */
  source: Where;
}

export type PlanSourceKind = 'docx' | 'odt' | 'html' | 'text';

export interface PersonalPlan {
  source: { kind: PlanSourceKind; name: string };
  contact: Contact;
  goals: Goal[];
  activities: Activity[];
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------
// The workbook (Samlad spridningslogg): canonical columns of each kind of tab.
// ---------------------------------------------------------------------------------------------

export const CONTACT_COLUMNS = [
  'name',
  'title',
  'unit',
  'region',
  'email',
  'phone',
  'trainings',
  'planReceived',
] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

export const ACTIVITY_COLUMNS = [
  'person',
  'training',
  'activity',
  'targetGroup',
  'unit',
  'plannedDate',
  'plannedNumber',
  'status',
  'doneDate',
  'reached',
  'comment',
] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

export const OVERALL_COLUMNS = ['training', 'unit', 'person', 'email', 'goal', 'period', 'comment'] as const;
export type OverallColumn = (typeof OVERALL_COLUMNS)[number];

export type TabKind = 'contacts' | 'plan' | 'aterrap1' | 'aterrap2' | 'overall' | 'summary' | 'instructions';

/** One activity row of a 3.x tab as read back from the workbook. */
export interface LogActivityRow {
  sheet: string;
  /** 1-based Excel row number. */
  row: number;
  /** The yellow cell: the name of the spridningsledare who sent the plan. */
  person: string;
  training: TrainingReading;
  activity: string;
  targetGroup: string;
  unit: string;
  plannedDate: DateReading;
  plannedNumber: NumberReading;
  status: StatusReading;
  doneDate: DateReading;
  reached: NumberReading;
  comment: string;
  /** A1 address (no sheet) of each column's cell on this row, for flags that point at a cell. */
  cells: Partial<Record<ActivityColumn, string>>;
}

/** One row of tab 2 (contacts). */
export interface LogContactRow {
  sheet: string;
  row: number;
  name: string;
  title: string;
  unit: string;
  region: string;
  email: string;
  phone: string;
  trainings: string;
  planReceived: string;
  cells: Partial<Record<ContactColumn, string>>;
}

/** One assignment of the overall plan (Övergripande spridningsplan). */
export interface OverallAssignment {
  training: TrainingReading;
  unit: string;
  person: string;
  email: string;
  goal: NumberReading;
  period: string;
  comment: string;
  /** Where it was read: a sheet of the log or of a separate .xlsx file. */
  sheet: string;
  row: number;
  cells: Partial<Record<OverallColumn, string>>;
}

/** Everything flags and totals need, read from the workbook in one go. */
export interface LogSnapshot {
  contacts: LogContactRow[];
  /** null when the round's tab does not exist. */
  rounds: Record<Round, LogActivityRow[] | null>;
  /** null when no overall plan is available. */
  overall: OverallAssignment[] | null;
  /** What reading the overall plan reported: rows it skipped (where and why), trainings and goals it could not read. */
  overallProblems?: Problem[];
}

// ---------------------------------------------------------------------------------------------
// Flags: inconsistencies against the overall plan and within the log (codes of domain.md).
// ---------------------------------------------------------------------------------------------

export const FLAG_CODES = [
  'plan-not-received',
  'not-in-overall-plan',
  'uncertain-name-match',
  'training-not-assigned',
  'assigned-training-without-activity',
  'planned-below-goal',
  'unit-mismatch',
  'unknown-training',
  'unreadable-number',
  'unreadable-date',
  'missing-status',
  'done-without-reached',
  'duplicate-activity',
  'reached-above-planned',
  'invalid-contact',
  'overall-row-skipped',
  'planned-not-reported',
  'reported-not-planned',
  'reached-decreased',
  'missing-at-report-2',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** A flag marked as handled by the coordinator (kept in the workbook; see flags/handled.ts). */
export interface FlagHandled {
  /** The coordinator's note, '' when none. */
  note: string;
  /** ISO day it was marked. */
  on: string;
}

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** What is wrong and what to do, as a message code (rendered by the pane and the CLI). */
  message: Message;
  person: string | null;
  training: string | null;
  round: Round | null;
  sheet: string;
  /** A1 address within `sheet`. */
  cell: string;
  /**
   * What the flag is about, as a fingerprint (flags/about.ts): the code, the round and the
   * subject's relevant values, never its address, so a row that moves keeps its flag's mark.
   */
  about: string;
  /** Set when the coordinator marked this flag handled and what it is about has not changed since. */
  handled?: FlagHandled;
}

// ---------------------------------------------------------------------------------------------
// Settings and catalogue: stored in the workbook, defaults from domain.md.
// ---------------------------------------------------------------------------------------------

export interface TrainingDef {
  code: string;
  name: string;
  /** Extra spellings the coordinator taught us ("MoPH grund"). */
  aliases: string[];
}

export interface Deadlines {
  /** ISO dates: when plans with status are due to the coordinator, and when the log is sent. */
  aterrap1Due: string;
  aterrap1Send: string;
  aterrap2Due: string;
  aterrap2Send: string;
}

export interface Settings {
  /** The programme's first year: a date without year in Nov–Dec gets it, Jan–Oct the next. */
  programmeYear: number;
  deadlines: Deadlines;
  catalogue: TrainingDef[];
}
