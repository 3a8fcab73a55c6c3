// WorkbookGateway over Office.js: the import into the workbook, its undo, the tabs, settings.
// Round trips (context.sync) per call, whatever the number of plans or rows:
//   previewImport 1 when the tabs are where the last reading of the workbook saw them (inspect
//   or an earlier preview), else 2 · applyImport 2 when this gateway made the preview and the
//   workbook is as the preview read it (names, settings, the tabs' formulas and the fills to
//   keep, in one; then the write); otherwise the careful path: the tabs read anew (a new preview
//   when they changed), the fills, the write (3, or 4 after a failed check); one more when a run
//   of fills is of mixed colours or the write exceeds MAX_BATCH_BYTES · undoLastImport 3 ·
//   hasUndo 1 · inspect 2 · open 2 (inspect, settings and hasUndo together). Rows are written
//   in blocks (writeOps.ts), so the number of Range objects grows with blocks, not cells. Every
//   range is transient (transient.ts): no call ends with the client's clean-up request.
import { buildImport, locateTable, type BuiltImport } from '../core/import/buildImport';
import { localDay } from '../core/today';
import { fingerprintGrids, sameGridFormulas } from '../core/import/fingerprint';
import type { Grid } from '../core/import/grid';
import { address, asText } from '../core/import/grid';
import {
  buildJournal,
  type CheckBlock,
  checkBlocks,
  fillChanges,
  fillKey,
  fillsToRead,
  journalText,
  parseJournal,
  stillAsWritten,
  type FillMap,
  type Journal,
} from '../core/import/journal';
import { JOURNAL_SHEET, journalFromColumn, journalToColumn } from '../core/import/journalCells';
import type { RowOp } from '../core/import/rowOps';
import { sameFormulas, simulate } from '../core/import/simulate';
import type { Table } from '../core/import/table';
import { blockOf, blockOfEntry, cellRuns } from '../core/import/writeBlocks';
import { templateLayout } from '../core/import/templateLayout';
import { findHeader } from '../core/headers/findHeader';
import { columnDefs, isTableKind, requiredColumns, type TableKind } from '../core/headers/columns';
import type { Flag, LogSnapshot, PersonalPlan, Round, Settings, TabKind } from '../core/model';
import { parseSettings, suggestRound } from '../core/settings';
import { computeFlags } from '../core/flags/computeFlags';
import { reminderList, type Recipient } from '../core/flags/reminders';
import { ROUNDS } from '../core/model';
import { TAB_NAMES } from '../core/tabs';
import { excelApiLevel, runExcel, supportsExcelApi } from './excelRun';
import type {
  ImportPreview,
  ImportResult,
  TabStatus,
  TotalsView,
  UndoResult,
  WorkbookGateway,
  WorkbookInfo,
  WorkbookStart,
} from './gateway';
import { checkAndMark } from './flagCheck';
import { GatewayError } from './gatewayError';
import { type OverallSheet, readOverallFile } from './overallFile';
import { readLogIn } from './readLog';
import { refreshSummary } from './summaryWriter';
import { render, type Lang } from '../messages/render';
import {
  type BookInfo,
  isAnswerTooLarge,
  queueBookInfo,
  queueFormulas,
  queueGrid,
  queueTop,
  readBookInfo,
  readGridInBlocks,
} from './readBook';
import { transient } from './transient';
import { COLUMNS_KEY, parseColumnMappings, SETTINGS_KEY } from './workbookSettings';
import { jsonBytes, opBytes, queueOps, toInput, undoSteps } from './writeOps';

const ROUND_LABEL: Record<Round, string> = { plan: 'PLAN', aterrap1: 'ÅTERRAP1', aterrap2: 'ÅTERRAP2' };
const ALL_KINDS: TabKind[] = [
  'instructions',
  'overall',
  'contacts',
  'plan',
  'aterrap1',
  'aterrap2',
  'summary',
];
/** Stay well under Excel on the web's 5 MB request cap. */
export const MAX_BATCH_BYTES = 4_000_000;
/** Rows below a row insert/delete read to tell whether it ran (after Excel stopped a write). */
const WINDOW_ROWS = 40;

export interface OfficeGatewayOptions {
  /** The day of the import (tests fix it); default: now. */
  now?: () => Date;
}

interface Prepared {
  info: BookInfo;
  settings: Settings;
  round: Round;
  suggested: Round;
  grids: Map<string, Grid>;
  contacts: { grid: Grid; table: Table } | null;
  target: { grid: Grid; table: Table };
  built: BuiltImport;
  fingerprint: string;
  /** The day the import's cells are dated with (Plan inkommen). */
  todayIso: string;
}

/** The fills an import keeps, queued; `finish` reads runs of mixed colours cell by cell (a sync). */
interface QueuedFills {
  finish(): Promise<FillMap>;
}

/** Whether two readings of the workbook's tab names and stored settings are the same. */
function sameInfo(a: BookInfo, b: BookInfo): boolean {
  return (
    JSON.stringify([a.names, a.settingsValue ?? null, a.columnsValue ?? null]) ===
    JSON.stringify([b.names, b.settingsValue ?? null, b.columnsValue ?? null])
  );
}

/**
 * Queues reading the stored journal (the journal sheet's used area; a null object when there is
 * no such sheet). After the sync: the journal (null: none, or not one this version can undo) and
 * how many of its operations had started: B1 is set before each one in the same batch, so `ran`
 * < the number of entries when Excel stopped the write part-way.
 */
function queueJournal(context: Excel.RequestContext): () => { journal: Journal | null; ran: number } {
  const used = transient(
    context.workbook.worksheets.getItemOrNullObject(JOURNAL_SHEET).getUsedRangeOrNullObject(true),
  ).load(['values', 'rowIndex', 'columnIndex']);
  return () => {
    if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return { journal: null, ran: 0 };
    const values = used.values as unknown[][];
    const json = journalFromColumn(values.map((r) => r[0]));
    const journal = json === null ? null : parseJournal(json);
    if (journal === null) return { journal: null, ran: 0 };
    const done = values[0]?.[1];
    const ran =
      typeof done === 'number' && Number.isInteger(done) && done >= 0
        ? Math.min(done, journal.entries.length)
        : 0;
    return { journal, ran };
  };
}

function kindLabel(kind: TabKind): string {
  return `”${TAB_NAMES[kind]}”`;
}

export class OfficeWorkbookGateway implements WorkbookGateway {
  private readonly now: () => Date;
  /** An overall plan picked as a separate .xlsx in the pane (instead of the log's tab), or null. */
  private overallFile: OverallSheet | null = null;
  /** What each preview read and built, for its apply (kept as long as the preview is). */
  private readonly prepared = new WeakMap<ImportPreview, Prepared>();
  /** The last reading of the workbook's names and settings: where a preview looks first. */
  private lastInfo: BookInfo | null = null;

  constructor(options: OfficeGatewayOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  // -------------------------------------------------------------------------------------------
  // Import
  // -------------------------------------------------------------------------------------------

  /**
   * Reads the tabs and builds the import. Sync 1: names and settings (and, when `known` says
   * which sheets a preview used, their contents too); sync 2 only when those are not known or
   * the tabs are no longer the same sheets. A tab whose contents are over Excel on the web's
   * answer cap is read in blocks instead (`readGridInBlocks`: a request per block).
   */
  private async prepare(
    context: Excel.RequestContext,
    plans: PersonalPlan[],
    round: Round | undefined,
    known?: { target: string; contacts: string },
  ): Promise<Prepared> {
    let getInfo = queueBookInfo(context);
    let getTarget = known ? queueGrid(context, known.target) : null;
    let getContacts = known ? queueGrid(context, known.contacts) : null;
    let tooLarge = false;
    try {
      await context.sync();
    } catch (e) {
      if (!known || !isAnswerTooLarge(e)) throw e;
      getInfo = queueBookInfo(context);
      getTarget = getContacts = null;
      tooLarge = true; // the tabs are read below, in blocks
      await context.sync();
    }
    const info = getInfo();
    this.lastInfo = info;
    const settings = parseSettings(info.settingsValue).settings;
    const suggested = suggestRound(plans, this.now(), settings);
    const chosen = round ?? suggested;
    const targetSheet = info.tabs[chosen];
    if (targetSheet === null) {
      throw new GatewayError(
        'missing-tab',
        `Fliken ${kindLabel(chosen)} för omgången ${ROUND_LABEL[chosen]} finns inte i arbetsboken. Skapa den (knappen ”Skapa flik”) eller byt namn på din flik, och försök igen.`,
      );
    }
    const contactsSheet = info.tabs.contacts;
    if (contactsSheet === null) {
      throw new GatewayError(
        'missing-tab',
        `Fliken ${kindLabel('contacts')} för kontaktuppgifter finns inte i arbetsboken. Skapa den (knappen ”Skapa flik”) och försök igen.`,
      );
    }
    const mappings = parseColumnMappings(info.columnsValue);
    let grids: [Grid, Grid] | null =
      getTarget && getContacts && known?.target === targetSheet && known?.contacts === contactsSheet
        ? [getTarget(), getContacts()]
        : null;
    if (grids === null && !tooLarge) {
      const t = queueGrid(context, targetSheet);
      const c = queueGrid(context, contactsSheet);
      try {
        await context.sync();
        grids = [t(), c()];
      } catch (e) {
        if (!isAnswerTooLarge(e)) throw e;
      }
    }
    grids ??= [await readGridInBlocks(context, targetSheet), await readGridInBlocks(context, contactsSheet)];
    const [targetGrid, contactsGrid] = grids;
    const target = this.table(targetGrid, chosen, mappings[chosen]);
    const contacts = this.table(contactsGrid, 'contacts', mappings.contacts);
    const todayIso = localDay(this.now());
    const built = buildImport({ plans, settings, todayIso, contacts, target });
    return {
      info,
      settings,
      round: chosen,
      suggested,
      grids: new Map([
        [targetSheet, targetGrid],
        [contactsSheet, contactsGrid],
      ]),
      contacts,
      target,
      built,
      fingerprint: fingerprintGrids([targetGrid, contactsGrid]),
      todayIso,
    };
  }

  private table(
    grid: Grid,
    kind: 'contacts' | Round,
    stored: Partial<Record<string, string>> | undefined,
  ): { grid: Grid; table: Table } {
    const found = locateTable(grid, kind, stored);
    // The core's reason rendered in Swedish until the excel layer's errors are message codes.
    if ('error' in found) throw new GatewayError('no-header', render('sv', found.error));
    const required = requiredColumns(kind) as string[];
    const missing = found.missing.filter((c) => required.includes(c));
    if (missing.length > 0) {
      throw new GatewayError(
        'missing-columns',
        `I fliken ”${grid.sheet}” hittas inte kolumnerna ${missing.map((c) => `”${headerText(kind, c)}”`).join(', ')} på rubrikraden (rad ${found.table.headerRow + 1}). Visa vilken kolumn som är vilken och försök igen.`,
      );
    }
    return { grid, table: found.table };
  }

  private toPreview(p: Prepared): ImportPreview {
    return {
      round: p.round,
      suggestedRound: p.suggested,
      targetSheet: p.target.grid.sheet,
      contactsSheet: p.contacts?.grid.sheet,
      people: p.built.people.map((x) => ({
        person: x.person,
        sourceName: x.plan.source.name,
        contact: x.contact,
        rowsToWrite: x.rowsToWrite,
        rowsToReplace: x.rowsToReplace,
        plan: x.plan,
      })),
      fingerprint: p.fingerprint,
      problems: p.built.problems,
    };
  }

  /** Where the tabs of this import were when the workbook was last read (null: not known). */
  private guess(
    plans: PersonalPlan[],
    round: Round | undefined,
  ): { target: string; contacts: string } | undefined {
    const info = this.lastInfo;
    if (!info) return undefined;
    const chosen = round ?? suggestRound(plans, this.now(), parseSettings(info.settingsValue).settings);
    const target = info.tabs[chosen];
    const contacts = info.tabs.contacts;
    return target !== null && contacts !== null ? { target, contacts } : undefined;
  }

  async previewImport(plans: PersonalPlan[], round?: Round): Promise<ImportPreview> {
    return runExcel(async (context) => {
      const p = await this.prepare(context, plans, round, this.guess(plans, round));
      const preview = this.toPreview(p);
      this.prepared.set(preview, p);
      return preview;
    });
  }

  async applyImport(preview: ImportPreview): Promise<ImportResult> {
    return runExcel(async (context) => {
      const p =
        (await this.stillAsPreviewed(context, preview)) ?? (await this.prepareAgain(context, preview));
      if ('status' in p) return p;
      const { prepared, fills } = p;
      const ops = prepared.built.ops;
      const fillSet = fillChanges(ops, fills);
      const journal = buildJournal(
        ops,
        prepared.grids,
        fills,
        fillSet,
        this.journalLabel(prepared),
        this.now(),
      );
      try {
        await this.writeInChunks(context, ops, fillSet, journal, prepared.info.journalExists); // +1 sync
      } catch (e) {
        throw await this.rollBack(e, journal.id, ops, prepared.grids);
      }
      const rowsWritten = prepared.built.people.reduce((n, x) => n + x.rowsToWrite, 0);
      const rowsReplaced = prepared.built.people.reduce((n, x) => n + x.rowsToReplace, 0);
      return { status: 'written', rowsWritten, rowsReplaced };
    });
  }

  /**
   * The apply's first sync when this gateway made the preview: names, settings, the two tabs as
   * formulas (their fingerprint) and the fills the preview's operations keep, in one request.
   * The preview's operations are used when all of it is as the preview read it (and it is the
   * same day); otherwise null (the caller reads the tabs again). A request Excel refuses here (a
   * tab deleted meanwhile) is also null: the careful path says what is wrong.
   */
  private async stillAsPreviewed(
    context: Excel.RequestContext,
    preview: ImportPreview,
  ): Promise<{ prepared: Prepared; fills: FillMap } | null> {
    const cached = this.prepared.get(preview);
    if (!cached || cached.todayIso !== localDay(this.now()) || !preview.contactsSheet) return null;
    const getInfo = queueBookInfo(context);
    const getTarget = queueFormulas(context, preview.targetSheet);
    const getContacts = queueFormulas(context, preview.contactsSheet);
    const fills = this.queueFills(context, cached.built.ops, cached.grids);
    try {
      await context.sync();
    } catch {
      return null;
    }
    const info = getInfo();
    this.lastInfo = info;
    if (!sameInfo(info, cached.info)) return null;
    const before = [cached.target.grid, cached.contacts?.grid ?? null];
    if (!sameGridFormulas([getTarget(), getContacts()], before)) return null;
    // The reading of now (whether the journal sheet exists may have changed: an undo meanwhile).
    return { prepared: { ...cached, info }, fills: await fills.finish() };
  }

  /** The apply's careful path: the tabs read again (a new preview when they changed), then the fills. */
  private async prepareAgain(
    context: Excel.RequestContext,
    preview: ImportPreview,
  ): Promise<{ prepared: Prepared; fills: FillMap } | ImportResult> {
    const plans = preview.people.map((x) => x.plan);
    const known = preview.contactsSheet
      ? { target: preview.targetSheet, contacts: preview.contactsSheet }
      : undefined;
    const p = await this.prepare(context, plans, preview.round, known); // 1 sync (2 if the tabs moved)
    if (p.fingerprint !== preview.fingerprint) {
      const newPreview = this.toPreview(p);
      this.prepared.set(newPreview, p);
      return { status: 'stale', rowsWritten: 0, rowsReplaced: 0, newPreview };
    }
    const fills = this.queueFills(context, p.built.ops, p.grids);
    await context.sync();
    return { prepared: p, fills: await fills.finish() };
  }

  /**
   * How many operations ran when Excel stopped at `started` (it had begun that one): a write may
   * have put some cells (restoring them all is harmless); a row insert or delete is one action
   * that ran or not, which the sheet tells (compared with both outcomes). One sync.
   */
  private async opsThatRan(
    context: Excel.RequestContext,
    journal: Journal,
    started: number,
    at: { ops: RowOp[]; grids: Map<string, Grid> },
  ): Promise<number> {
    const next = journal.entries[started];
    const pre = at.grids.get(next.sheet);
    if (next.kind === 'write' || next.kind === 'fresh') {
      // A block of row writes is one action: any of its operations may have run. Restore the
      // ones up to the last that changed something (restoring an unchanged write is harmless; a
      // protected sheet refuses the restore too, so nothing is restored when nothing changed).
      const block = blockOf(at.ops, started);
      const entries = journal.entries.slice(started, block.last + 1);
      // Where each ran (a totals row's entry keeps its row before the import).
      const rowsOf = entries.map((_, k) => at.ops[started + k].row);
      const r0 = Math.min(...rowsOf);
      const r1 = Math.max(...rowsOf);
      const cols = entries.flatMap((e) => (e.kind === 'write' ? e.cells.map((c) => c.col) : []));
      if (cols.length === 0) return started + (next.kind === 'fresh' ? 1 : 0);
      const c0 = Math.min(...cols);
      const c1 = Math.max(...cols);
      const range = transient(
        context.workbook.worksheets.getItem(next.sheet).getRange(`${address(r0, c0)}:${address(r1, c1)}`),
      ).load('formulas');
      await context.sync();
      const now = range.formulas as unknown[][];
      const typed = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
      let ran = started;
      entries.forEach((e, k) => {
        if (e.kind !== 'write') return;
        const row = now[rowsOf[k] - r0];
        if (e.cells.some((c) => asText(row?.[c.col - c0]) !== asText(typed(c.formula))))
          ran = started + k + 1;
      });
      return ran;
    }
    if (!pre) return started;
    // Only rows near the operation are read (a whole large tab could exceed the 5 MB answer).
    const width = Math.max(1, ...pre.formulas.map((r) => r.length));
    const r0 = next.row;
    const r1 = next.row + next.count + WINDOW_ROWS;
    const range = transient(
      context.workbook.worksheets.getItem(next.sheet).getRange(`${address(r0, 0)}:${address(r1, width - 1)}`),
    ).load('formulas');
    await context.sync();
    const now = range.formulas as unknown[][];
    const window = (g: unknown[][]) => g.slice(r0, r1 + 1).map((r) => r.slice(0, width));
    const did = window(simulate(pre, at.ops.slice(0, started + 1)));
    const didNot = window(simulate(pre, at.ops.slice(0, started)));
    return sameFormulas(now, did) && !sameFormulas(now, didNot) ? started + 1 : started;
  }

  /** After Excel stopped a write part-way: undo what ran (nothing half-written), say what happened. */
  private async rollBack(
    cause: unknown,
    id: string,
    ops: RowOp[],
    grids: Map<string, Grid>,
  ): Promise<GatewayError> {
    // Excel's own message is not shown: it can quote cell contents (personal data).
    const code = (cause as { code?: unknown } | null)?.code;
    const what =
      code === 'AccessDenied'
        ? 'Fliken är skyddad, så tillägget får inte skriva i den. Ta bort bladskyddet (Granska → Ta bort skydd) och försök igen.'
        : 'Försök igen; kommer felet tillbaka, spara arbetsboken och öppna den på nytt.';
    try {
      await runExcel((context) => this.undoIn(context, true, { id, ops, grids }));
      return new GatewayError(
        'write-failed',
        `Excel avbröt importen. Inget har ändrats: det som hann skrivas är borttaget igen. ${what}`,
      );
    } catch {
      return new GatewayError(
        'write-failed',
        `Excel avbröt importen, och det som hann skrivas kunde inte tas bort automatiskt. Använd ”Ångra senaste import”. ${what}`,
      );
    }
  }

  private journalLabel(p: Prepared): string {
    const n = p.built.people.length;
    return `Import av ${n} ${n === 1 ? 'plan' : 'planer'} till ”${p.target.grid.sheet}” ${this.now().toISOString().slice(0, 16).replace('T', ' ')}`;
  }

  /**
   * Queues reading the fills of the cells an import recolours or deletes (to restore them on
   * undo): one range per run of cells in a column, split where the cells go from filled in to
   * blank (the yellow name cells of written rows, then unformatted empty rows). After the sync,
   * `finish` gives them; a run of mixed colours (null) is read cell by cell in one more sync
   * (uniform runs, the usual case, need none).
   */
  private queueFills(context: Excel.RequestContext, ops: RowOp[], grids: Map<string, Grid>): QueuedFills {
    const wanted = fillsToRead(ops, grids);
    const map: FillMap = new Map();
    if (wanted.length === 0) return { finish: () => Promise.resolve(map) };
    const load = (sheet: string, col: number, row0: number, row1: number) =>
      transient(
        context.workbook.worksheets.getItem(sheet).getRange(`${address(row0, col)}:${address(row1, col)}`),
      ).format.fill.load('color');
    const put = (sheet: string, row: number, col: number, color: string | null | undefined) =>
      map.set(
        fillKey(sheet, row, col),
        color === null || color === undefined || /^#?FFFFFF$/i.test(color) ? null : color,
      );
    const blank = (c: { sheet: string; row: number; col: number }) =>
      asText(grids.get(c.sheet)?.values[c.row]?.[c.col]) === '';
    const runs = cellRuns(wanted, blank).map((run) => ({
      run,
      fill: load(run.sheet, run.col, run.row0, run.row1),
    }));
    const finish = async (): Promise<FillMap> => {
      const cells: { sheet: string; row: number; col: number; fill: Excel.RangeFill }[] = [];
      for (const { run, fill } of runs) {
        if (fill.color !== null && fill.color !== undefined) {
          for (let r = run.row0; r <= run.row1; r++) put(run.sheet, r, run.col, fill.color);
        } else if (run.row0 === run.row1) put(run.sheet, run.row0, run.col, null);
        else
          for (let r = run.row0; r <= run.row1; r++)
            cells.push({ sheet: run.sheet, row: r, col: run.col, fill: load(run.sheet, run.col, r, r) });
      }
      if (cells.length === 0) return map;
      await context.sync();
      for (const c of cells) put(c.sheet, c.row, c.col, c.fill.color);
      return map;
    };
    return { finish };
  }

  /**
   * The write: the journal first, then the operations, in one batch; when the estimated request
   * grows past MAX_BATCH_BYTES, the batch so far is sent and a new one begun (each chunk one sync).
   */
  private async writeInChunks(
    context: Excel.RequestContext,
    ops: RowOp[],
    fillSet: Set<string>,
    journal: Journal,
    journalExists: boolean,
  ): Promise<void> {
    const column = journalToColumn(journalText(journal));
    const sheet = this.prepareJournalSheet(context, journalExists);
    let bytes = 0;
    const flushIfFull = async (next: number) => {
      if (bytes > 0 && bytes + next > MAX_BATCH_BYTES) {
        await context.sync();
        bytes = 0;
      }
      bytes += next;
    };
    // The journal first: a write cut short by an error can still be undone (it shows as a conflict).
    let from = 0;
    const putJournal = (to: number) => {
      if (to > from)
        transient(sheet.getRange(`A${from + 1}:A${to}`)).formulas = column
          .slice(from, to)
          .map((t) => [toInput(t)]);
      from = to;
    };
    for (let i = 0; i < column.length; i++) {
      const next = jsonBytes(column[i]) + 40;
      if (bytes > 0 && bytes + next > MAX_BATCH_BYTES) putJournal(i);
      await flushIfFull(next);
    }
    putJournal(column.length);
    let chunk: RowOp[] = [];
    let start = 0;
    // Before each operation, B1 of the journal sheet says how many have run (see readJournal).
    // One range per request (a transient range is not used after its sync).
    let marker = transient(sheet.getRange('B1'));
    const progress = (i: number) => {
      marker.values = [[i]];
    };
    for (let i = 0; i < ops.length; i++) {
      const b = opBytes(ops[i]) + 40;
      if (bytes > 0 && bytes + b > MAX_BATCH_BYTES) {
        queueOps(context, chunk, fillSet, start, progress);
        await context.sync();
        marker = transient(sheet.getRange('B1'));
        chunk = [];
        start = i;
        bytes = 0;
      }
      chunk.push(ops[i]);
      bytes += b;
    }
    queueOps(context, chunk, fillSet, start, progress);
    progress(ops.length);
    await context.sync();
  }

  /** Queues making the journal sheet ready (added very hidden if missing, column A emptied). */
  private prepareJournalSheet(context: Excel.RequestContext, exists: boolean): Excel.Worksheet {
    let sheet: Excel.Worksheet;
    if (exists) sheet = context.workbook.worksheets.getItem(JOURNAL_SHEET);
    else {
      sheet = context.workbook.worksheets.add(JOURNAL_SHEET);
      sheet.visibility = 'VeryHidden';
    }
    transient(sheet.getRange('A:B')).clear('Contents');
    return sheet;
  }

  // -------------------------------------------------------------------------------------------
  // Undo
  // -------------------------------------------------------------------------------------------

  /**
   * The stored journal (null: none, or not one this version can undo) and the sheet names, in
   * one sync. B1 of the journal sheet says how many operations had started (set before each one
   * in the same batch): `ran` < the number of entries when Excel stopped the write part-way.
   */
  private async readJournal(
    context: Excel.RequestContext,
  ): Promise<{ journal: Journal | null; names: Set<string>; ran: number }> {
    const sheets = context.workbook.worksheets.load('items/name');
    const getJournal = queueJournal(context);
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    if (!names.has(JOURNAL_SHEET)) return { journal: null, names, ran: 0 };
    return { ...getJournal(), names };
  }

  /** The cells the import wrote that no longer hold what it wrote, read in blocks under the size cap. */
  private async changedSinceImport(
    context: Excel.RequestContext,
    journal: Journal,
  ): Promise<{ sheet: string; cell: string }[]> {
    const blocks = checkBlocks(journal.expected);
    const loaded: { block: CheckBlock; range: Excel.Range }[] = [];
    let bytes = 0;
    for (const block of blocks) {
      if (bytes > 0 && bytes + block.bytes > MAX_BATCH_BYTES) {
        await context.sync();
        bytes = 0;
      }
      const range = transient(
        context.workbook.worksheets
          .getItem(block.sheet)
          .getRange(`${address(block.row0, block.col0)}:${address(block.row1, block.col1)}`),
      ).load(block.formulas ? ['values', 'formulas'] : ['values']);
      loaded.push({ block, range });
      bytes += block.bytes;
    }
    await context.sync();
    const at = new Map<string, { values: unknown[][]; formulas: unknown[][] | null; block: CheckBlock }>();
    for (const { block, range } of loaded) {
      for (let r = block.row0; r <= block.row1; r++) {
        at.set(`${block.sheet}\u0000${r}`, {
          values: range.values as unknown[][],
          formulas: block.formulas ? (range.formulas as unknown[][]) : null,
          block,
        });
      }
    }
    const changed: { sheet: string; cell: string }[] = [];
    for (const e of journal.expected) {
      const hit = at.get(`${e.sheet}\u0000${e.row}`)!;
      const i = e.row - hit.block.row0;
      const j = e.col - hit.block.col0;
      const value = hit.values[i]?.[j] ?? '';
      const formula = hit.formulas?.[i]?.[j] ?? value;
      if (!stillAsWritten(value, formula, e)) changed.push({ sheet: e.sheet, cell: address(e.row, e.col) });
    }
    return changed;
  }

  async hasUndo(): Promise<boolean> {
    return runExcel(async (context) => (await this.readJournal(context)).journal !== null);
  }

  async undoLastImport(force = false): Promise<UndoResult> {
    return runExcel((context) => this.undoIn(context, force));
  }

  /**
   * Undoes the stored journal. `interrupted` (the write Excel stopped part-way, with the tabs as
   * read before it) decides which of the operations had run; the others are not undone.
   */
  private async undoIn(
    context: Excel.RequestContext,
    force: boolean,
    interrupted?: { id: string; ops: RowOp[]; grids: Map<string, Grid> },
  ): Promise<UndoResult> {
    const read = await this.readJournal(context); // sync 1
    const present = read.names;
    let journal = read.journal;
    if (journal === null) return { status: 'nothing-to-undo', changedCells: [] };
    // Stopped before its own journal was complete: no operation ran; the journal found (if any)
    // is an earlier import's and stays.
    if (interrupted && journal.id !== interrupted.id) return { status: 'nothing-to-undo', changedCells: [] };
    const partial = read.ran < journal.entries.length;
    if (partial) {
      const next = journal.entries[read.ran];
      // Without the write's operations at hand: a row write may have run with its whole block.
      const ran = interrupted
        ? await this.opsThatRan(context, journal, read.ran, interrupted)
        : next.kind === 'write' || next.kind === 'fresh'
          ? blockOfEntry(journal.entries, read.ran).last + 1
          : read.ran;
      journal = { ...journal, entries: journal.entries.slice(0, ran) };
    }
    const sheets = [
      ...new Set([...journal.expected.map((e) => e.sheet), ...journal.entries.map((e) => e.sheet)]),
    ];
    const missing = sheets.filter((s) => !present.has(s));
    if (missing.length > 0) {
      if (!force) return { status: 'conflict', changedCells: missing.map((s) => ({ sheet: s, cell: 'A1' })) };
      throw new GatewayError(
        'missing-tab',
        `Importen kan inte ångras: fliken ${missing.map((s) => `”${s}”`).join(', ')} finns inte längre.`,
      );
    }
    // A write Excel stopped part-way: its cells cannot all be as written; undo what ran.
    const changed = partial ? [] : await this.changedSinceImport(context, journal); // sync 2 (more only past 4 MB)
    if (changed.length > 0 && !force) return { status: 'conflict', changedCells: changed };
    // Sync 3: the undo and the emptied journal (split only when over the size cap).
    let bytes = 0;
    for (const step of undoSteps(journal)) {
      if (bytes > 0 && bytes + step.bytes > MAX_BATCH_BYTES) {
        await context.sync();
        bytes = 0;
      }
      step.queue(context);
      bytes += step.bytes;
    }
    this.prepareJournalSheet(context, true);
    await context.sync();
    return { status: 'undone', changedCells: changed };
  }

  // -------------------------------------------------------------------------------------------
  // Tabs, columns, settings
  // -------------------------------------------------------------------------------------------

  async inspect(): Promise<WorkbookInfo> {
    return runExcel(async (context) => {
      const info = await readBookInfo(context);
      this.lastInfo = info;
      return { tabs: await this.tabStatuses(context, info), apiLevel: excelApiLevel() };
    });
  }

  /**
   * What the pane needs to start, in two requests: names, settings and the undo journal in one,
   * the tabs' first rows (their headers) in the other. The same as inspect, getSettings and
   * hasUndo, which would take four.
   */
  async open(): Promise<WorkbookStart> {
    return runExcel(async (context) => {
      const getInfo = queueBookInfo(context);
      const getJournal = queueJournal(context);
      await context.sync();
      const info = getInfo();
      this.lastInfo = info;
      const tabs = await this.tabStatuses(context, info);
      const settings = parseSettings(info.settingsValue).settings; // defaults when none is stored
      const canUndo = info.journalExists && getJournal().journal !== null;
      return { info: { tabs, apiLevel: excelApiLevel() }, settings, canUndo };
    });
  }

  /** Each tab's status from its first 20 rows: where its header is, which columns it lacks. One sync. */
  private async tabStatuses(context: Excel.RequestContext, info: BookInfo): Promise<TabStatus[]> {
    const mappings = parseColumnMappings(info.columnsValue);
    const tops = new Map<TabKind, () => unknown[][]>();
    for (const kind of ALL_KINDS) {
      const sheet = info.tabs[kind];
      if (sheet !== null && isTableKind(kind)) tops.set(kind, queueTop(context, sheet, 20));
    }
    if (tops.size > 0) await context.sync();
    return ALL_KINDS.map((kind) => {
      const sheet = info.tabs[kind];
      const top = tops.get(kind);
      if (sheet === null || !top || !isTableKind(kind))
        return { kind, sheet, missingColumns: [], headerRow: null };
      const values = top().map((r) => r.map((v) => v as string | number | boolean | null));
      const match = findHeader(values, kind, mappings[kind] as never);
      if (match === null)
        return { kind, sheet, missingColumns: requiredColumns(kind) as string[], headerRow: null };
      return { kind, sheet, missingColumns: match.missing as string[], headerRow: match.headerRow + 1 };
    });
  }

  async createTab(kind: TabKind): Promise<void> {
    const layout = templateLayout(kind);
    if (layout === null)
      throw new GatewayError(
        'not-yet',
        `Fliken ${kindLabel(kind)} skapas av tillägget när sammanställningen räknas fram, inte här.`,
      );
    await runExcel(async (context) => {
      const info = await readBookInfo(context);
      if (info.tabs[kind] !== null) {
        throw new GatewayError(
          'tab-exists',
          `Fliken ”${info.tabs[kind]}” finns redan i arbetsboken; ingen ny flik skapades.`,
        );
      }
      if (info.names.some((n) => n.toLowerCase() === layout.name.toLowerCase())) {
        throw new GatewayError('tab-exists', `Det finns redan en flik som heter ”${layout.name}”.`);
      }
      const ws = context.workbook.worksheets.add(layout.name);
      const width = Math.max(1, layout.headers.length);
      layout.lines.forEach((line, i) => {
        if (line === '') return;
        const cell = ws.getRange(address(i, 0));
        cell.formulas = [[toInput(line)]];
        if (i === 0) cell.format.font.bold = true;
      });
      layout.widths.forEach((w, i) => {
        ws.getRange(
          `${address(0, i).replace(/\d+$/, '')}:${address(0, i).replace(/\d+$/, '')}`,
        ).format.columnWidth = w * 7;
      });
      if (layout.headers.length > 0) {
        const h = layout.lines.length;
        const header = ws.getRange(`${address(h, 0)}:${address(h, width - 1)}`);
        header.formulas = [layout.headers.map((t) => toInput(t))];
        header.format.font.bold = true;
        header.format.fill.color = '#D9E1F2';
        if (layout.yellowColumn !== null) {
          ws.getRange(address(h, layout.yellowColumn)).format.fill.color = '#FFFF00';
          ws.getRange(
            `${address(h + 1, layout.yellowColumn)}:${address(h + 200, layout.yellowColumn)}`,
          ).format.fill.color = '#FFFF00';
        }
        if (supportsExcelApi('1.7')) ws.freezePanes.freezeRows(h + 1);
        if (supportsExcelApi('1.9')) ws.autoFilter.apply(header);
      }
      await context.sync();
    });
  }

  async saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void> {
    if (!isTableKind(kind))
      throw new GatewayError('no-header', `Fliken ${kindLabel(kind)} har inga kolumner att koppla.`);
    const text = header.trim();
    if (text === '')
      throw new GatewayError(
        'no-header',
        'Den markerade rubriken är tom. Markera cellen med kolumnens rubrik och försök igen.',
      );
    await runExcel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(COLUMNS_KEY).load('value');
      await context.sync();
      const mappings = parseColumnMappings(item.isNullObject ? undefined : item.value);
      mappings[kind] = { ...(mappings[kind] ?? {}), [column]: text };
      context.workbook.settings.add(COLUMNS_KEY, JSON.stringify(mappings));
      await context.sync();
    });
  }

  async getSettings(): Promise<Settings> {
    return runExcel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      await context.sync();
      return parseSettings(item.isNullObject ? undefined : item.value).settings; // defaults when none is stored
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    const { problems } = parseSettings(settings);
    if (problems.length > 0)
      throw new GatewayError(
        'no-header',
        `Inställningarna sparades inte: ${problems.map((p) => render('sv', p)).join(' ')}`,
      );
    await runExcel(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  // -------------------------------------------------------------------------------------------
  // Check and totals (built in flagCheck.ts, summaryWriter.ts, overallFile.ts)
  // -------------------------------------------------------------------------------------------

  /**
   * The whole log as the core reads it (the CLI's entry): contacts, the three round tabs and the
   * overall plan (the file given to setOverallPlanFile, else the log's own tab found by name or
   * by its headers). 2 syncs (3 when the overall tab is found only by its headers).
   */
  readLog(): Promise<{ snapshot: LogSnapshot; settings: Settings }> {
    return runExcel(async (context) => {
      const read = await readLogIn(context, this.overallFile);
      return { snapshot: read.snapshot, settings: read.settings };
    });
  }

  check(round?: Round): Promise<Flag[]> {
    return runExcel((context) => checkAndMark(context, this.overallFile, round, this.now()));
  }

  /**
   * The reminder list of steps 2.2/2.6: people of the overall plan whose plan has not arrived in
   * `round` (default: the latest round whose tab has rows, i.e. the round in progress), with
   * their e-mail from tab 2, else the overall plan. Reads only; marks nothing.
   */
  reminderList(round?: Round): Promise<Recipient[]> {
    return runExcel(async (context) => {
      const { snapshot, settings } = await readLogIn(context, this.overallFile);
      const chosen =
        round ?? [...ROUNDS].reverse().find((r) => (snapshot.rounds[r]?.length ?? 0) > 0) ?? 'plan';
      const flags = computeFlags(snapshot, { round: chosen, settings, today: this.now() });
      return reminderList(flags, snapshot);
    });
  }

  async setOverallPlanFile(bytes: Uint8Array | null, fileName?: string): Promise<void> {
    if (bytes === null) {
      this.overallFile = null;
      return;
    }
    const settings = await this.getSettings();
    const { sheet } = await readOverallFile(bytes, fileName ?? 'Övergripande spridningsplan.xlsx', settings);
    this.overallFile = sheet;
  }

  refreshTotals(lang: Lang = 'sv'): Promise<TotalsView> {
    return runExcel((context) => refreshSummary(context, this.overallFile, lang));
  }
}

function headerText(kind: TableKind, column: string): string {
  return columnDefs(kind).find((d) => d.column === column)?.header ?? column;
}
