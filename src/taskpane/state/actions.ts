// Every change to the pane's state, as a discriminated union.
import type { FlagHandled, PersonalPlan, Settings } from '../../core/model';
import type {
  ImportLabel,
  CheckResult,
  ImportPreview,
  ImportResult,
  OverallCopyResult,
  OverallFileInfo,
  Reminders,
  TotalsView,
  UndoResult,
  WorkbookInfo,
} from '../../excel/gateway';
import type { ImportBatchAction } from './importBatch';
import type { FlagView, Notice, Progress, ReadFailure, Section } from './state';

export type Action =
  | { type: 'section/select'; section: Section }
  | {
      type: 'workbook/loaded';
      info: WorkbookInfo | null;
      settings: Settings | null;
      canUndo: boolean;
      lastImport?: ImportLabel | null;
    }
  | { type: 'info/loaded'; info: WorkbookInfo }
  | { type: 'progress/start'; progress: Progress }
  | { type: 'progress/done' }
  | { type: 'notice/show'; notice: Notice }
  | { type: 'notice/dismiss' }
  | { type: 'failed'; message: string }
  | { type: 'plans/read'; plans: PersonalPlan[]; failures: ReadFailure[] }
  | { type: 'failures/dismiss' }
  | { type: 'import/reset' }
  | { type: 'preview/ready'; preview: ImportPreview }
  | { type: 'import/applied'; result: ImportResult }
  | { type: 'undo/finished'; result: UndoResult }
  | { type: 'undo/keep' }
  | { type: 'flags/loaded'; result: CheckResult }
  | { type: 'flags/handled'; about: string; handled: FlagHandled | null }
  | { type: 'reminders/loaded'; reminders: Reminders }
  | { type: 'flags/view'; view: Partial<FlagView> }
  | { type: 'totals/loaded'; totals: TotalsView }
  | { type: 'settings/saved'; settings: Settings }
  | { type: 'overall/set'; info: OverallFileInfo | null }
  | { type: 'overall/copied'; result: OverallCopyResult }
  | { type: 'overall/keep-tab' }
  | { type: 'alias/added'; settings: Settings; text: string; code: string }
  | ImportBatchAction;
