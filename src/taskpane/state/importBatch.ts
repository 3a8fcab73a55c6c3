// The import's own slice of the pane's state: what the coordinator said about the batch (which
// report round is current, once per session), the list's filter, and the last import as the undo
// button names it. The plans, failures, preview and result themselves are in State (state.ts).
import type { ImportLabel } from '../../excel/gateway';
import type { ReportRound } from '../../core/model';
import type { Action } from './actions';
import type { State } from './state';

export interface ImportBatchState {
  /** The report round the coordinator said is current (asked when the deadlines cannot decide); kept for the session. */
  currentReport: ReportRound | null;
  /** Read plans wait for that answer before their preview: the names of those it decides; null when not asking. */
  askingReport: readonly string[] | null;
  /** The preview lists only the plans that need a look. */
  onlyNeedsLook: boolean;
  /** The import "Ångra" undoes, as its button names it; null when there is none. */
  lastImport: ImportLabel | null;
}

export const initialImportBatch: ImportBatchState = {
  currentReport: null,
  askingReport: null,
  onlyNeedsLook: false,
  lastImport: null,
};

export type ImportBatchAction =
  | { type: 'batch/ask-report'; people: readonly string[] }
  | { type: 'batch/report-round'; round: ReportRound }
  | { type: 'batch/only-needs-look'; on: boolean };

/** The slice after `action`: applied after the pane's reducer (it follows the workbook, write and undo actions too). */
export function importBatchReducer(state: State, action: Action): State {
  const batch = state.importBatch;
  const set = (next: Partial<ImportBatchState>): State => ({ ...state, importBatch: { ...batch, ...next } });
  switch (action.type) {
    case 'batch/ask-report':
      // The plans read wait for the answer: no work in progress, no preview yet.
      return { ...set({ askingReport: action.people }), progress: null, preview: null };
    case 'batch/report-round':
      return set({ currentReport: action.round, askingReport: null });
    case 'batch/only-needs-look':
      return set({ onlyNeedsLook: action.on });
    case 'import/reset':
      return set({ askingReport: null, onlyNeedsLook: false });
    case 'workbook/loaded':
      return set({ lastImport: action.canUndo ? (action.lastImport ?? null) : null });
    case 'import/applied':
      return action.result.status === 'written'
        ? set({ lastImport: action.result.label ?? null, onlyNeedsLook: false })
        : state;
    case 'undo/finished':
      return action.result.status === 'conflict' ? state : set({ lastImport: null });
    default:
      return state;
  }
}
