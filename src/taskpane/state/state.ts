// The pane's whole state: plain data, no Office objects, no UI text (texts come from i18n).
import type { Flag, PersonalPlan, Problem, Round, Settings, Severity } from '../../core/model';
import type { ImportPreview, ImportResult, Reminders, TotalsView, WorkbookInfo } from '../../excel/gateway';

export type Section = 'import' | 'flags' | 'totals' | 'beyond' | 'settings';

/** What the pane is busy with; `done`/`total` when it can count (files read). */
export type Progress =
  | { kind: 'files'; done: number; total: number }
  | { kind: 'paste' | 'preview' | 'write' | 'undo' | 'check' | 'totals' | 'settings' | 'load' };

/** Something to tell the user; rendered in the pane's language. */
export type Notice =
  | { kind: 'error'; text: string }
  | { kind: 'stale' }
  | { kind: 'undone' }
  | { kind: 'nothing-to-undo' }
  | { kind: 'settings-saved' }
  | { kind: 'mapping-saved'; column: string }
  | { kind: 'overall-file'; name: string };

/** A source (file or paste) that could not be read as a plan. */
export interface ReadFailure {
  source: string;
  problems: Problem[];
}

export interface FlagView {
  groupBy: 'person' | 'kind';
  round: Round | 'all';
  severity: Severity | 'all';
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
  flagView: FlagView;
  /** Who gets a reminder, with addresses, and for which round (the mail's text and deadline follow it). */
  reminders: Reminders | null;
  totals: TotalsView | null;
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
  flagView: { groupBy: 'person', round: 'all', severity: 'all' },
  reminders: null,
  totals: null,
};
