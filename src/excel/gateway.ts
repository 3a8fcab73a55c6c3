// The one door to the workbook: everything the pane, the workbench and the CLI can ask of it.
// Components and hooks receive a `WorkbookGateway`; only src/excel/ implements it with Office.js,
// and createGateway.ts makes the one the three of them use. Nothing else is asked at run time:
// a member the callers need is a member here.
import type { Recipient } from '../core/flags/reminders';
import type { Message } from '../core/messages';
import type {
  Flag,
  LogSnapshot,
  PersonalPlan,
  Problem,
  ReportRound,
  Round,
  Settings,
  TabKind,
} from '../core/model';
import type { StatusReport } from '../core/status/statusReport';
import type { Lang } from '../messages/render';

/** A tab the add-in needs, found in the workbook or not. */
export interface TabStatus {
  kind: TabKind;
  /** The sheet name found (tolerant match), or null when the tab is missing. */
  sheet: string | null;
  /** Canonical columns that could not be found by header text and have no stored mapping. */
  missingColumns: string[];
  /** 1-based row of the header, when found. */
  headerRow: number | null;
}

export interface WorkbookInfo {
  tabs: TabStatus[];
  /** The ExcelApi level the host reports, e.g. "1.7" (null when it cannot say); features above the minimum are optional. */
  apiLevel: string | null;
}

/** What the pane needs to start (see WorkbookGateway.open). */
export interface WorkbookStart {
  info: WorkbookInfo;
  settings: Settings;
  /** Whether "Ångra senaste import" has an import to undo. */
  canUndo: boolean;
  /** What that import was (for the undo button's words); null when there is none. */
  lastImport?: ImportLabel | null;
}

/** An import as the undo button names it: "Ångra import av 42 planer, 14:05". */
export interface ImportLabel {
  /** When it was written (ISO). */
  at: string;
  /** How many plans it wrote; null for an import stored by an earlier version, which did not say. */
  plans: number | null;
}

/** Which round each plan of an import goes to. */
export interface ImportRounds {
  /** Each plan's round, by its index in the plans; a plan without one gets its suggested round. */
  perPlan?: readonly (Round | null | undefined)[];
  /** The report round the coordinator said is current, for reports whose round the deadlines cannot decide. */
  currentReport?: ReportRound;
}

export type ContactChange = 'new' | 'changed' | 'unchanged';

/** What one person's import will do, shown before anything is written. */
export interface PersonPreview {
  person: string;
  /** The plan's index in the plans previewed (its round is chosen by this index). */
  index: number;
  /** The round the plan is written into, and its tab. */
  round: Round;
  targetSheet: string;
  /** The round suggested from the plan's content and the deadlines (null: the deadlines could not decide). */
  suggestedRound: Round | null;
  sourceName: string;
  contact: ContactChange;
  /** Activity rows that will be written. */
  rowsToWrite: number;
  /** Existing rows of this person in the round's tab that will be replaced. */
  rowsToReplace: number;
  plan: PersonalPlan;
}

export interface ImportPreview {
  /** The plans previewed, as given, and each one's round (by index); a rebuilt preview uses them again. */
  plans: PersonalPlan[];
  rounds: Round[];
  /** The tab of each round written into. */
  targetSheets: Partial<Record<Round, string>>;
  /** The contacts tab the preview read (lets the write read all the tabs in its first sync). */
  contactsSheet?: string;
  /** One per plan imported (a person with plans for two rounds has two), in the plans' order. */
  people: PersonPreview[];
  /** Opaque fingerprint of the target rows when previewed; a write checks it first. */
  fingerprint: string;
  /** Problems of the import as a whole (a plan without a name, two plans for one person). */
  problems?: Problem[];
}

/** What was written for one person in one tab. */
export interface WrittenPerson {
  person: string;
  round: Round;
  sheet: string;
  rowsWritten: number;
  rowsReplaced: number;
  contact: ContactChange;
}

export interface ImportResult {
  /** 'stale': the target rows changed since the preview (co-author, user); nothing was written. */
  status: 'written' | 'stale';
  rowsWritten: number;
  rowsReplaced: number;
  /** Who was written where (empty when stale). */
  people?: WrittenPerson[];
  /** The import's contact rows: added to tab 2, and updated there. */
  contacts?: { sheet: string | null; added: number; updated: number };
  /** How the undo button names this import. */
  label?: ImportLabel;
  /** When stale, a fresh preview to show instead. */
  newPreview?: ImportPreview;
}

export interface UndoResult {
  /** 'conflict': cells changed since the import; `changedCells` says which, nothing was undone. */
  status: 'undone' | 'nothing-to-undo' | 'conflict';
  changedCells: { sheet: string; cell: string }[];
}

export interface TotalsRow {
  key: string;
  /** A name of the log (training, unit, person), or a message for the rows without one. */
  label: string | Message;
  /** What a narrow pane shows instead of the label, the label on request: a training's code. */
  short?: string;
  goal: number;
  planned: number;
  reachedAterrap1: number;
  reachedAterrap2: number;
}

export interface TotalsView {
  perTraining: TotalsRow[];
  perUnit: TotalsRow[];
  perPerson: TotalsRow[];
  grandTotal: TotalsRow;
  /** The summary sheet's name. */
  sheet: string;
  /**
   * Whether the summary tab was set to print on A4 landscape, one section per page (needs
   * ExcelApi 1.9, which Excel 2019 lacks: there it prints as Excel's defaults say).
   */
  printLayout: boolean;
}

/**
 * The overall plan a check, a reminder list or the totals compared with: the log's tab, a separate
 * file (`label` is what its flags' `sheet` says), or none (`tab`: the log's overall-plan tab that
 * holds no assignments, null when there is no such tab). Without one nothing is all clear.
 */
export type OverallUsed =
  | { kind: 'tab'; sheet: string }
  | { kind: 'file'; file: string; sheet: string; label: string }
  | { kind: 'none'; tab: string | null };

/** What a check found, and against what. */
export interface CheckResult {
  /** Every flag; those the coordinator marked handled (and that have not changed since) carry `handled`. */
  flags: Flag[];
  overall: OverallUsed;
  /** The rounds checked: the one asked for, or every round whose tab has rows. */
  rounds: Round[];
}

/** Who gets a reminder (steps 2.2/2.6) in a round: people of the overall plan without rows there. */
export interface Reminders {
  /** The round asked for, or the round in progress (the latest whose tab has rows) when none was. */
  round: Round;
  /** Each with the e-mail of tab 2, else of the overall plan ('' when neither has one). */
  recipients: Recipient[];
  /** The overall plan the list comes from; with none there is no list (not "everyone has sent"). */
  overall: OverallUsed;
}

/** An overall-plan file read and checked (setOverallPlanFile). */
export interface OverallFileInfo {
  file: string;
  /** The sheet of the file that holds the plan. */
  sheet: string;
  /** What the flags of this plan name as their `sheet` ("plan.xlsx – Blad1"): a place outside the workbook. */
  label: string;
  assignments: number;
}

/** Copying the overall-plan file into the log's tab. */
export interface OverallCopyResult {
  /** 'tab-has-plan': the log's tab already holds a plan; nothing was written (ask, then copy with `replace`). */
  status: 'copied' | 'tab-has-plan';
  /** The log's overall-plan tab (written, or the one that holds a plan). */
  sheet: string;
  /** Assignments in the tab now (copied), or in the tab as it is (tab-has-plan). */
  assignments: number;
}

/** The whole log as the core reads it, and the settings it was read with. */
export interface LogReading {
  snapshot: LogSnapshot;
  settings: Settings;
}

/** The status sheet written for a report round, and its numbers (the summary's) for the deck. */
export interface StatusResult {
  report: StatusReport;
  /** The status sheet's name. */
  sheet: string;
  charts: number;
  /** False when the host could not set A4 landscape (below ExcelApi 1.9): the pane says how. */
  printSetUp: boolean;
}

export interface WorkbookGateway {
  /** inspect, getSettings and hasUndo together, in fewer requests: what the pane reads when it opens. */
  open(): Promise<WorkbookStart>;
  inspect(): Promise<WorkbookInfo>;
  /** Create a missing tab from the template's layout (only on the user's word). */
  createTab(kind: TabKind): Promise<void>;
  /** Remember which column holds a canonical column of a tab ("the answer is remembered"). */
  saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void>;
  /**
   * What an import would do, writing nothing. `rounds`: one round for every plan, or per plan
   * (default: each plan's suggested round). Refuses (a MessageError) when a report's round cannot
   * be decided from the deadlines and was not given.
   */
  previewImport(plans: PersonalPlan[], rounds?: Round | ImportRounds): Promise<ImportPreview>;
  applyImport(preview: ImportPreview): Promise<ImportResult>;
  /** `force` undoes even when cells changed since the import (after the user said yes). */
  undoLastImport(force?: boolean): Promise<UndoResult>;
  hasUndo(): Promise<boolean>;
  /**
   * Flags for one round, or every round tab that has rows, and the overall plan compared with.
   * Also refreshes the marks in the sheet. A workbook without any round tab is refused (not-a-log).
   */
  check(round?: Round): Promise<CheckResult>;
  /** The reminder list of a round (default: the round in progress), with addresses. Reads only. */
  reminderList(round?: Round): Promise<Reminders>;
  /** Marks a flag handled with a note ('' for none), kept in the workbook under what the flag is about. */
  markHandled(flag: Flag, note: string): Promise<void>;
  /** Removes a flag's handled mark. */
  unmarkHandled(flag: Flag): Promise<void>;
  /** "This text means training `code`": stores the alias in the workbook's catalogue; returns the settings as saved. */
  addTrainingAlias(code: string, text: string): Promise<Settings>;
  /** The whole log (contacts, round tabs, overall plan) as the core reads it: the CLI's own checks and totals. */
  readLog(): Promise<LogReading>;
  /** Use an overall plan read from a separate .xlsx (picked in the pane, given to the CLI) instead of the log's tab; null forgets it. */
  setOverallPlanFile(bytes: Uint8Array | null, fileName?: string): Promise<OverallFileInfo | null>;
  /**
   * Copies the overall-plan file in use into the log's overall-plan tab (made when missing), so it
   * is remembered with the workbook; from then on the tab is used. A tab that already holds a plan
   * is replaced only with `replace`.
   */
  copyOverallFileToLog(replace?: boolean): Promise<OverallCopyResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes the summary tab, its words in `lang` (the workbook's language; Swedish by default). */
  refreshTotals(lang?: Lang): Promise<TotalsView>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Writes the status sheet for the decision forum (words in `lang`) and returns its numbers. */
  refreshStatus(round: ReportRound, lang?: Lang): Promise<StatusResult>;
}
