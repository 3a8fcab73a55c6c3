// The Office.js gateway loaded after the pane's first render: the import, its journal, the
// checks and the totals (with zod and fflate) are not needed to draw the first screen, so the
// add-in's entry starts loading them at once, in parallel with React, instead of before it.
// Every call waits for the module and then goes to the real gateway.
import type {
  ImportPreview,
  ImportResult,
  TotalsView,
  UndoResult,
  WorkbookGateway,
  WorkbookInfo,
  WorkbookStart,
} from './gateway';
import type { Flag, PersonalPlan, Round, Settings, TabKind } from '../core/model';
import type { Lang } from '../messages/render';

export class LazyGateway implements WorkbookGateway {
  private loading: Promise<WorkbookGateway> | null = null;

  constructor(private readonly load: () => Promise<WorkbookGateway>) {}

  /** Starts loading now (the first call would otherwise start it). */
  preload(): this {
    void this.gateway().catch(() => undefined); // a failure is reported by the first call
    return this;
  }

  private gateway(): Promise<WorkbookGateway> {
    this.loading ??= this.load().catch((e: unknown) => {
      this.loading = null; // a later call may try again (e.g. after a network hiccup)
      throw e;
    });
    return this.loading;
  }

  async open(): Promise<WorkbookStart> {
    return (await this.gateway()).open();
  }
  async inspect(): Promise<WorkbookInfo> {
    return (await this.gateway()).inspect();
  }
  async createTab(kind: TabKind): Promise<void> {
    return (await this.gateway()).createTab(kind);
  }
  async saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void> {
    return (await this.gateway()).saveColumnMapping(kind, column, header);
  }
  async previewImport(plans: PersonalPlan[], round?: Round): Promise<ImportPreview> {
    return (await this.gateway()).previewImport(plans, round);
  }
  async applyImport(preview: ImportPreview): Promise<ImportResult> {
    return (await this.gateway()).applyImport(preview);
  }
  async undoLastImport(force?: boolean): Promise<UndoResult> {
    return (await this.gateway()).undoLastImport(force);
  }
  async hasUndo(): Promise<boolean> {
    return (await this.gateway()).hasUndo();
  }
  async check(round?: Round): Promise<Flag[]> {
    return (await this.gateway()).check(round);
  }
  async setOverallPlanFile(bytes: Uint8Array | null, fileName?: string): Promise<void> {
    return (await this.gateway()).setOverallPlanFile(bytes, fileName);
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    return (await this.gateway()).selectCell(sheet, cell);
  }
  async refreshTotals(lang?: Lang): Promise<TotalsView> {
    return (await this.gateway()).refreshTotals(lang);
  }
  async getSettings(): Promise<Settings> {
    return (await this.gateway()).getSettings();
  }
  async saveSettings(settings: Settings): Promise<void> {
    return (await this.gateway()).saveSettings(settings);
  }
}
