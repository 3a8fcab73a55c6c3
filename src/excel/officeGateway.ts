// WorkbookGateway over Office.js: a thin door. Each member hands its call to the use case that
// owns it (useCases/*, one module per task, each with its own reads and writes in batches); the
// state shared between calls is the session's (session.ts). Requests per call, whatever the
// number of plans or rows (each use case's header says more):
//   open 2 · inspect 2 · previewImport 1 when the tabs are where the last reading saw them, else
//   2 (however many rounds the plans go to) · applyImport 2 after this gateway's preview of an
//   unchanged workbook, else 3–4 · hasUndo 1 · undoLastImport 3 · check 4 · reminderList 2 · readLog 2
//   · refreshTotals 3 (check, reminders, readLog and totals one more when the overall plan is a tab
//   found only by its headers) ·
//   markHandled / unmarkHandled 2 · addTrainingAlias 2 · copyOverallFileToLog 3 (4 to replace).
// Every range is transient (transient.ts): no call ends with the client's clean-up request.
import type { Flag, PersonalPlan, ReportRound, Round, Settings, TabKind } from '../core/model';
import type { Lang } from '../messages/render';
import type {
  CheckResult,
  ImportPreview,
  ImportResult,
  ImportRounds,
  LogReading,
  OverallCopyResult,
  OverallFileInfo,
  Reminders,
  StatusResult,
  TotalsView,
  UndoResult,
  WorkbookGateway,
  WorkbookInfo,
  WorkbookStart,
} from './gateway';
import { newSession, type GatewaySession } from './session';
import { check } from './useCases/check';
import { markHandled, unmarkHandled } from './useCases/flagHandling';
import { copyOverallFileToLog } from './useCases/overallCopy';
import { addTrainingAlias } from './useCases/trainingAlias';
import { applyImport } from './useCases/importApply';
import { previewImport } from './useCases/importPreview';
import { readLog } from './useCases/logReading';
import { setOverallPlanFile } from './useCases/overallPlanFile';
import { reminderList } from './useCases/reminders';
import { selectCell } from './useCases/selection';
import { getSettings, saveColumnMapping, saveSettings } from './useCases/settings';
import { createTab } from './useCases/tabSetup';
import { refreshStatus } from './useCases/status';
import { refreshTotals } from './useCases/totals';
import { hasUndo, undoLastImport } from './useCases/undoImport';
import { inspect, open } from './useCases/workbookStart';

export interface OfficeGatewayOptions {
  /** The day of the import (tests fix it); default: now. */
  now?: () => Date;
}

export class OfficeWorkbookGateway implements WorkbookGateway {
  private readonly session: GatewaySession;

  constructor(options: OfficeGatewayOptions = {}) {
    this.session = newSession(options.now);
  }

  open(): Promise<WorkbookStart> {
    return open(this.session);
  }
  inspect(): Promise<WorkbookInfo> {
    return inspect(this.session);
  }
  createTab(kind: TabKind): Promise<void> {
    return createTab(kind);
  }
  saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void> {
    return saveColumnMapping(kind, column, header);
  }
  getSettings(): Promise<Settings> {
    return getSettings();
  }
  saveSettings(settings: Settings): Promise<void> {
    return saveSettings(settings);
  }
  previewImport(plans: PersonalPlan[], rounds?: Round | ImportRounds): Promise<ImportPreview> {
    return previewImport(this.session, plans, rounds);
  }
  applyImport(preview: ImportPreview): Promise<ImportResult> {
    return applyImport(this.session, preview);
  }
  undoLastImport(force?: boolean): Promise<UndoResult> {
    return undoLastImport(force);
  }
  hasUndo(): Promise<boolean> {
    return hasUndo();
  }
  check(round?: Round): Promise<CheckResult> {
    return check(this.session, round);
  }
  markHandled(flag: Flag, note: string): Promise<void> {
    return markHandled(this.session, flag, note);
  }
  unmarkHandled(flag: Flag): Promise<void> {
    return unmarkHandled(flag);
  }
  addTrainingAlias(code: string, text: string): Promise<Settings> {
    return addTrainingAlias(code, text);
  }
  reminderList(round?: Round): Promise<Reminders> {
    return reminderList(this.session, round);
  }
  readLog(): Promise<LogReading> {
    return readLog(this.session);
  }
  /** The summary tab's words in `lang` (default Swedish: the workbook is shared; see useCases/totals). */
  refreshTotals(lang?: Lang): Promise<TotalsView> {
    return refreshTotals(this.session, lang);
  }
  setOverallPlanFile(bytes: Uint8Array | null, fileName?: string): Promise<OverallFileInfo | null> {
    return setOverallPlanFile(this.session, bytes, fileName);
  }
  copyOverallFileToLog(replace?: boolean): Promise<OverallCopyResult> {
    return copyOverallFileToLog(this.session, replace);
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(sheet, cell);
  }
  refreshStatus(round: ReportRound, lang?: Lang): Promise<StatusResult> {
    return refreshStatus(this.session, round, lang);
  }
}
