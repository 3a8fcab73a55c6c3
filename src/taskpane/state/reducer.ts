// The pane's pure reducer: (state, action) → new state. No Office, no I/O, no texts.
import type { Action } from './actions';
import { importBatchReducer } from './importBatch';
import type { State } from './state';

export function reducer(state: State, action: Action): State {
  return importBatchReducer(paneReducer(state, action), action);
}

function paneReducer(state: State, action: Action): State {
  switch (action.type) {
    case 'section/select':
      return { ...state, section: action.section };
    case 'workbook/loaded':
      return {
        ...state,
        info: action.info,
        settings: action.settings,
        canUndo: action.canUndo,
        progress: null,
      };
    case 'info/loaded':
      return { ...state, info: action.info, progress: null };
    case 'progress/start':
      return {
        ...state,
        progress: action.progress,
        notice: action.progress.kind === 'files' && action.progress.done > 0 ? state.notice : null,
      };
    case 'progress/done':
      return { ...state, progress: null };
    case 'notice/show':
      return { ...state, notice: action.notice, progress: null };
    case 'notice/dismiss':
      return { ...state, notice: null };
    case 'failed':
      return { ...state, progress: null, notice: { kind: 'error', text: action.message } };
    case 'plans/read':
      return {
        ...state,
        progress: null,
        plans: [...state.plans, ...action.plans],
        readFailures: [...state.readFailures, ...action.failures],
        result: null,
      };
    case 'failures/dismiss':
      return { ...state, readFailures: [] };
    case 'import/reset':
      return {
        ...state,
        plans: [],
        readFailures: [],
        preview: null,
        result: null,
        progress: null,
        notice: null,
      };
    case 'preview/ready':
      return { ...state, preview: action.preview, progress: null, result: null };
    case 'import/applied':
      if (action.result.status === 'stale') {
        return {
          ...state,
          progress: null,
          preview: action.result.newPreview ?? state.preview,
          notice: { kind: 'stale' },
        };
      }
      return {
        ...state,
        progress: null,
        result: action.result,
        preview: null,
        plans: [],
        readFailures: [],
        canUndo: true,
        undoConflict: null,
        // The log changed: earlier flags, reminders and totals are out of date.
        flags: null,
        checked: null,
        reminders: null,
        totals: null,
      };
    case 'undo/finished':
      switch (action.result.status) {
        case 'undone':
          return {
            ...state,
            progress: null,
            result: null,
            canUndo: false,
            undoConflict: null,
            flags: null,
            checked: null,
            reminders: null,
            totals: null,
            notice: { kind: 'undone' },
          };
        case 'nothing-to-undo':
          return {
            ...state,
            progress: null,
            result: null,
            canUndo: false,
            undoConflict: null,
            notice: { kind: 'nothing-to-undo' },
          };
        case 'conflict':
          return { ...state, progress: null, undoConflict: action.result.changedCells };
      }
      return state;
    case 'undo/keep':
      return { ...state, undoConflict: null };
    case 'flags/loaded':
      return {
        ...state,
        flags: action.result.flags,
        checked: { overall: action.result.overall, rounds: action.result.rounds },
        progress: null,
      };
    case 'flags/handled':
      return {
        ...state,
        progress: null,
        flags:
          state.flags?.map((f) => {
            if (f.about !== action.about) return f;
            if (action.handled === null) {
              const { handled: _gone, ...rest } = f;
              return rest;
            }
            return { ...f, handled: action.handled };
          }) ?? null,
      };
    case 'reminders/loaded':
      return { ...state, reminders: action.reminders, progress: null };
    case 'flags/view':
      return { ...state, flagView: { ...state.flagView, ...action.view } };
    case 'totals/loaded':
      return { ...state, totals: action.totals, progress: null };
    case 'settings/saved':
      return { ...state, settings: action.settings, progress: null, notice: { kind: 'settings-saved' } };
    case 'overall/set':
      return {
        ...state,
        progress: null,
        flags: null,
        checked: null,
        reminders: null,
        totals: null,
        overallFile: action.info,
        overallCopyAsk: null,
        notice: action.info ? { kind: 'overall-file', name: action.info.file } : null,
      };
    case 'overall/copied':
      if (action.result.status === 'tab-has-plan')
        return {
          ...state,
          progress: null,
          overallCopyAsk: { sheet: action.result.sheet, assignments: action.result.assignments },
        };
      return {
        ...state,
        progress: null,
        overallFile: null,
        overallCopyAsk: null,
        flags: null,
        checked: null,
        reminders: null,
        notice: { kind: 'overall-copied', sheet: action.result.sheet },
      };
    case 'overall/keep-tab':
      return { ...state, overallCopyAsk: null };
    case 'alias/added':
      return {
        ...state,
        progress: null,
        settings: action.settings,
        notice: { kind: 'alias-added', text: action.text, code: action.code },
      };
    default:
      return state; // the import's own actions (state/importBatch.ts)
  }
}
