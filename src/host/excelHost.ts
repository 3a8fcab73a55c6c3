// ExcelHost: an in-memory Excel that the REAL Office.js client (Excel.run, proxies, sync)
// talks to through `OfficeExtension.SessionBase._overrideSession`. Tests and the workbench
// set up a workbook, install the host, run add-in code unchanged, and inspect the result.
import { cellName, formatLocal, parseAddress, type Rect } from './address';
import { writeInput } from './cellInput';
import { executeBatch, ReferenceTable, type RequestBody, type ResponseBody } from './dispatcher';
import { HostError } from './errors';
import type { HostEnv } from './hostObject';
import { installOfficeStandIn } from './officeStandIn';
import { isSetSupported, type HostProfile } from './requirementSets';
import { WorkbookModel, type CellValue, type SheetModel } from './workbookModel';
import { readWorkbook, type ReadOptions } from './xlsx/readWorkbook';
import { saveWorkbook, type SaveResult } from './xlsx/saveWorkbook';

export type { HostProfile } from './requirementSets';

export interface HostOptions {
  profile?: HostProfile;
  /** Office.context.displayLanguage; also decides the decimal separator of Range.text. Default 'sv-SE'. */
  displayLanguage?: string;
}

export interface HostCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  wrapText?: boolean;
}

export interface HostStats {
  runs: number;
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** Excel on the web refuses requests and responses over 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

interface WireResponse {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

type OfficeExtensionLike = {
  SessionBase: { _overrideSession?: unknown };
  CommonUtility: {
    _doApiNotSupportedCheck?: boolean;
    isSetSupported: (name: string, version?: string) => boolean;
  };
};

/** UTF-8 length without TextEncoder (absent in some jsdom set-ups). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const installed = new Map<object, ExcelHost>();

function emptyStats(): HostStats {
  return {
    runs: 0,
    roundTrips: 0,
    requestBytes: 0,
    responseBytes: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
  };
}

/** One request as the host saw it (see ExcelHost.onBatch). */
export interface BatchInfo {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  methods: string[];
  /** The error code the request was refused with (its answer then was not sent). */
  error?: string;
}

export class ExcelHost {
  readonly profile: HostProfile;
  readonly displayLanguage: string;
  stats: HostStats = emptyStats();
  /**
   * Called after each request: its sizes, its number of actions and the names of the methods it
   * called (e.g. "Insert", "_KeepReference", "_RemoveReference": the client's own bookkeeping).
   */
  onBatch?: (info: BatchInfo) => void;
  beforeBatch?: (host: ExcelHost) => void;
  latencyMs = 0;

  private readonly model: WorkbookModel;
  private readonly refs = new ReferenceTable();
  private readonly env: HostEnv;
  private pendingFault: { index: number; code: string } | null = null;
  private editMode = false;
  private editWaiters: (() => void)[] = [];
  private restore: (() => void) | null = null;

  private constructor(model: WorkbookModel, opts: HostOptions = {}) {
    this.model = model;
    this.profile = opts.profile ?? 'web';
    this.displayLanguage = opts.displayLanguage ?? 'sv-SE';
    this.env = { wb: model, locale: this.displayLanguage };
  }

  /** A workbook with one empty sheet, "Blad1" (a Swedish Excel's first sheet). */
  static empty(opts?: HostOptions): ExcelHost {
    const model = new WorkbookModel();
    model.addSheet('Blad1');
    return new ExcelHost(model, opts);
  }

  /**
   * Opens .xlsx/.xlsm bytes (see xlsx/readWorkbook.ts). A file that is no readable workbook, or
   * over a cap, throws MessageError naming `opts.fileName` and what is wrong.
   */
  static async fromXlsx(
    bytes: Uint8Array | ArrayBuffer,
    opts: HostOptions & { fileName?: string; caps?: ReadOptions['caps'] } = {},
  ): Promise<ExcelHost> {
    await Promise.resolve(); // a refusal is a rejected promise, as before
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const model = readWorkbook(data, {
      ...(opts.fileName !== undefined ? { file: opts.fileName } : {}),
      ...(opts.caps ? { caps: opts.caps } : {}),
    });
    return new ExcelHost(model, opts);
  }

  /**
   * The workbook as .xlsx bytes: the opened file with the add-in's changes patched in (see
   * xlsx/saveWorkbook.ts), or a new file for a workbook made in memory. Throws MessageError when
   * a change cannot be written faithfully (nothing is produced then).
   */
  toXlsx(): Promise<Uint8Array> {
    return new Promise((resolve) => resolve(this.save().bytes));
  }

  /** Like toXlsx, with an account of what changed per sheet. */
  save(): SaveResult {
    return saveWorkbook(this.model);
  }

  // ------------------------------------------------------------------ installation

  /** Routes Excel.run of the client loaded in `target` to this host; provides `Office` where it is missing. */
  install(target: typeof globalThis = globalThis): void {
    if (this.restore)
      throw new Error('ExcelHost.install: this host is already installed; call uninstall() first.');
    // One host per target: installing a new one (a fresh host per test) replaces the previous.
    installed.get(target)?.uninstall();
    installed.set(target, this);
    const bag = target as unknown as Record<string, unknown>;
    const ext = bag.OfficeExtension as OfficeExtensionLike | undefined;
    if (!ext?.SessionBase || !ext.CommonUtility) {
      throw new Error(
        'ExcelHost.install: OfficeExtension is not loaded in the target; load the Excel JavaScript client first.',
      );
    }
    const previousSession = ext.SessionBase._overrideSession;
    const previousCheck = ext.CommonUtility._doApiNotSupportedCheck;
    const previousIsSet = ext.CommonUtility.isSetSupported;
    ext.SessionBase._overrideSession = {
      _resolveRequestUrlAndHeaderInfo: () =>
        Promise.resolve({ url: 'emulated://spridningslogg-excel-host', headers: {} }),
      _createRequestExecutorOrNull: () => {
        this.stats.runs++;
        return {
          executeAsync: (_customData: unknown, flags: number, message: { Body: RequestBody }) =>
            this.executeAsync(flags, message.Body),
        };
      },
    };
    if (this.profile === 'desktop-2019') {
      // The client's own API-set gate: calling a newer API throws its real ApiNotFound.
      ext.CommonUtility._doApiNotSupportedCheck = true;
      ext.CommonUtility.isSetSupported = (name: string, version?: string) =>
        isSetSupported(this.profile, name, version);
    }
    const restoreOffice = installOfficeStandIn(bag, this.profile, this.displayLanguage);
    this.restore = () => {
      ext.SessionBase._overrideSession = previousSession;
      ext.CommonUtility._doApiNotSupportedCheck = previousCheck;
      ext.CommonUtility.isSetSupported = previousIsSet;
      restoreOffice();
    };
  }

  uninstall(): void {
    this.restore?.();
    this.restore = null;
    for (const [target, host] of installed) if (host === this) installed.delete(target);
  }

  // ------------------------------------------------------------------ the wire

  private async executeAsync(flags: number, body: RequestBody): Promise<WireResponse> {
    const requestText = JSON.stringify(body);
    const requestBytes = utf8Length(requestText);
    const wireBody = JSON.parse(requestText) as RequestBody;
    this.stats.roundTrips++;
    this.stats.requestBytes += requestBytes;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const finish = (response: WireResponse, responseBytes: number): WireResponse => {
      this.stats.responseBytes += responseBytes;
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, responseBytes);
      if (this.onBatch) {
        const methods = wireBody.Actions.filter((x) => x.ActionType === 3).map((x) => x.Name);
        const error = response.ErrorCode ?? undefined;
        this.onBatch({ requestBytes, responseBytes, actions: wireBody.Actions.length, methods, error });
      }
      return response;
    };
    const requestError = (error: HostError): WireResponse =>
      finish(
        {
          HttpStatusCode: error.httpStatus,
          ErrorCode: error.code,
          ErrorMessage: error.message,
          Headers: {},
          Body: null,
        },
        0,
      );

    // A request over the limit never reaches the workbook.
    if (this.profile === 'web' && requestBytes > WEB_PAYLOAD_LIMIT_BYTES) {
      return requestError(
        new HostError('RequestPayloadSizeLimitExceeded', `(${requestBytes} bytes; the limit is 5 MB.)`),
      );
    }
    if (this.editMode) {
      if ((flags & 64) === 0) return requestError(new HostError('InvalidOperationInCellEditMode'));
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    }
    this.beforeBatch?.(this);
    const fault = this.pendingFault;
    this.pendingFault = null;
    const result = executeBatch(this.env, this.refs, wireBody, fault ? { failAt: fault } : {});
    const responseText = JSON.stringify(result);
    const responseBytes = utf8Length(responseText);
    if (this.profile === 'web' && responseBytes > WEB_PAYLOAD_LIMIT_BYTES) {
      // The actions have run; only the answer is refused (as on Excel on the web).
      const error = new HostError(
        'ResponsePayloadSizeLimitExceeded',
        `(${responseBytes} bytes; the limit is 5 MB.)`,
      );
      return finish(
        {
          HttpStatusCode: error.httpStatus,
          ErrorCode: error.code,
          ErrorMessage: error.message,
          Headers: {},
          Body: null,
        },
        responseBytes,
      );
    }
    return finish(
      {
        HttpStatusCode: 200,
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: JSON.parse(responseText) as ResponseBody,
      },
      responseBytes,
    );
  }

  // ------------------------------------------------------------------ simulation

  resetStats(): void {
    this.stats = emptyStats();
  }

  /**
   * The next batch fails at this action index (0-based, counting every action of the request,
   * including the client's own instantiate/_KeepReference actions); earlier actions stay applied.
   */
  failNextBatchAt(actionIndex: number, code = 'GeneralException'): void {
    this.pendingFault = { index: actionIndex, code };
  }

  /** The user is editing a cell: batches without delayForCellEdit fail, batches with it wait. */
  get cellEditMode(): boolean {
    return this.editMode;
  }
  set cellEditMode(on: boolean) {
    this.editMode = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** What Range.select() / Worksheet.activate() set last (null until something is selected). */
  get selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    const sheet = sel ? this.model.sheetById(sel.sheetId) : undefined;
    return sel && sheet ? { sheet: sheet.name, address: formatLocal(sel.rect) } : null;
  }
  set selection(value: { sheet: string; address: string } | null) {
    if (!value) {
      this.model.selection = null;
      return;
    }
    const sheet = this.sheet(value.sheet);
    this.model.selection = { sheetId: sheet.id, rect: this.rect(value.address) };
    this.model.activeSheetId = sheet.id;
  }

  // ------------------------------------------------------------------ inspection for tests

  /** Live access to the model, for the host's own modules (xlsx, tests of the host). */
  get workbook(): WorkbookModel {
    return this.model;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private sheet(name: string): SheetModel {
    const s = this.model.findSheet(name);
    if (!s) throw new Error(`ExcelHost: no sheet named '${name}' (sheets: ${this.sheetNames().join(', ')}).`);
    return s;
  }

  private rect(a1: string): Rect {
    const p = parseAddress(a1);
    if (!p) throw new Error(`ExcelHost: "${a1}" is not an A1 address.`);
    return p;
  }

  cell(sheet: string, a1: string): HostCell | undefined {
    const r = this.rect(a1);
    const data = this.sheet(sheet).cell(r.r0, r.c0);
    if (!data) return undefined;
    const out: HostCell = { value: data.value };
    for (const key of [
      'formula',
      'numberFormat',
      'fill',
      'bold',
      'italic',
      'fontColor',
      'wrapText',
    ] as const) {
      if (data[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = data[key];
    }
    return out;
  }

  values(sheet: string, rangeA1: string): (string | number | boolean)[][] {
    const s = this.sheet(sheet);
    const r = this.rect(rangeA1);
    const out: (string | number | boolean)[][] = [];
    for (let row = r.r0; row <= r.r1; row++) {
      const line: (string | number | boolean)[] = [];
      for (let col = r.c0; col <= r.c1; col++) line.push(s.cell(row, col)?.value ?? '');
      out.push(line);
    }
    return out;
  }

  /** Writes like a user typing (numbers, "=formulas", ISO dates); null leaves a cell alone; ignores protection. */
  setValues(sheet: string, topLeftA1: string, values: unknown[][]): void {
    const s = this.sheet(sheet);
    const r = this.rect(topLeftA1);
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === undefined) return;
        writeInput(
          s.ensure(r.r0 + i, r.c0 + j),
          v,
          `${sheet}!${cellName(r.r0 + i, r.c0 + j)}`,
          this.model.date1904,
        );
        s.tidy(r.r0 + i, r.c0 + j);
      }),
    );
  }

  /** A deep, JSON-comparable copy of everything the workbook would save (not the selection). */
  snapshot(): unknown {
    const m = this.model;
    return {
      sheets: m.sheets.map((s) => {
        const cells: Record<string, unknown> = {};
        const keys = [...s.rows.keys()].sort((a, b) => a - b);
        for (const r of keys) {
          const row = s.rows.get(r)!;
          for (const c of [...row.keys()].sort((a, b) => a - b)) {
            // What Office.js can see of a cell: its file format index is the file writer's business.
            const { xf: _xf, ...cell } = row.get(c)!;
            cells[cellName(r, c)] = cell;
          }
        }
        return {
          name: s.name,
          id: s.id,
          visibility: s.visibility,
          protected: s.protected,
          frozen: { ...s.frozen },
          autoFilter: s.autoFilter ? formatLocal(s.autoFilter) : null,
          merges: s.merges.map(formatLocal).sort(),
          columnWidths: Object.fromEntries([...s.columnWidths].sort((a, b) => a[0] - b[0])),
          tabColor: s.tabColor,
          charts: s.charts.map(({ file: _file, ...c }) => JSON.parse(JSON.stringify(c)) as unknown),
          cells,
        };
      }),
      names: [...m.names.values()].map((n) => ({ ...n })),
      settings: Object.fromEntries(
        [...m.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown]),
      ),
    };
  }
}

export type { CellValue };
