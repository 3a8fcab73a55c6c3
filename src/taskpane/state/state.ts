// The pane's whole state: plain data, no Office objects, no UI text (texts come from i18n).
import type { Flag, FlagCode, PersonalPlan, Problem, Round, Settings } from '../../core/model';
import type {
  ImportPreview,
  ImportResult,
  OverallFileInfo,
  OverallUsed,
  Reminders,
  TotalsView,
  WorkbookInfo,
} from '../../excel/gateway';
import { initialImportBatch, type ImportBatchState } from './importBatch';

export type Section = 'import' | 'flags' | 'reminders' | 'totals' | 'beyond' | 'settings';

/** What the pane is busy with; `done`/`total` when it can count (files read). */
export type Progress =
  | { kind: 'files'; done: number; total: number }
  | { kind: 'paste' | 'preview' | 'write' | 'undo' | 'check' | 'reminders' | 'totals' | 'settings' | 'load' };

/** Something to tell the user; rendered in the pane's language. */
export type Notice =
  | { kind: 'error'; text: string }
  | { kind: 'stale' }
  | { kind: 'undone' }
  | { kind: 'nothing-to-undo' }
  | { kind: 'settings-saved' }
  | { kind: 'mapping-saved'; column: string }
  | { kind: 'overall-file'; name: string }
  | { kind: 'read-cancelled' }
  | { kind: 'overall-copied'; sheet: string }
  | { kind: 'alias-added'; text: string; code: string };

/** A source (file or paste) that could not be read as a plan. */
export interface ReadFailure {
  source: string;
  problems: Problem[];
}

/** The flag list's filters: the summary's round and kind, a person's name, handled flags or not. */
export interface FlagView {
  /** 'none': tab 2's and the overall plan's flags, which belong to no round. */
  round: Round | 'none' | 'all';
  code: FlagCode | 'all';
  /** Part of a person's name (case and accents ignored). */
  query: string;
  showHandled: boolean;
}

export interface State {
  section: Section;
  info: WorkbookInfo | null;
  settings: Settings | null;
  progress: Progress | null;
  notice: Notice | null;
  /** Plans read and waiting for the preview. */
  plans: PersonalPlan[];
  readFailures: ReadFailure[];
  preview: ImportPreview | null;
  result: ImportResult | null;
  canUndo: boolean;
  /** Cells changed since the import, when undo asked first; null when not asking. */
  undoConflict: { sheet: string; cell: string }[] | null;
  flags: Flag[] | null;
  /** What the last check compared with and which rounds it looked at (null before a check). */
  checked: { overall: OverallUsed; rounds: Round[] } | null;
  flagView: FlagView;
  /** Who gets a reminder, with addresses, and for which round (the mail's text and deadline follow it). */
  reminders: Reminders | null;
  /** The overall plan picked as a file in this pane (forgotten when the pane closes), or null. */
  overallFile: OverallFileInfo | null;
  /** The log's overall-plan tab holds a plan: copying the file over it waits for the user's word. */
  overallCopyAsk: { sheet: string; assignments: number } | null;
  totals: TotalsView | null;
  /** The import's own choices and labels (state/importBatch.ts). */
  importBatch: ImportBatchState;
}

export const initialState: State = {
  section: 'import',
  info: null,
  settings: null,
  progress: null,
  notice: null,
  plans: [],
  readFailures: [],
  preview: null,
  result: null,
  canUndo: false,
  undoConflict: null,
  flags: null,
  checked: null,
  flagView: { round: 'all', code: 'all', query: '', showHandled: false },
  reminders: null,
  overallFile: null,
  overallCopyAsk: null,
  totals: null,
  importBatch: initialImportBatch,
};
