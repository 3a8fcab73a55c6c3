// Reading the whole log for flags and totals: contacts, the three round tabs and the overall
// plan (the log's own tab, found by name or by its headers, or a separate file), through the
// core's readers, in a constant number of syncs: 2, or 3 when the overall plan is a tab found
// only by its headers.
import type { CellGrid, CellValue } from '../core/headers/cell';
import { columnDefs, requiredColumns } from '../core/headers/columns';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from '../core/headers/findHeader';
import { readActivityRows } from '../core/log/readActivityRows';
import { readContactRows } from '../core/log/readContactRows';
import { ROUNDS, type ActivityColumn, type LogSnapshot, type Round, type Settings } from '../core/model';
import { readOverallPlan } from '../core/overall/readOverallPlan';
import { parseSettings } from '../core/settings';
import type { OverallLocation, RoundTabLocation } from '../core/totals/buildSummaryLayout';
import { TAB_NAMES } from '../core/tabs';
import { roundTabLocation } from '../core/totals/location';
import { supportsExcelApi } from './excelRun';
import { msg } from '../core/messages';
import { GatewayError } from './gatewayError';
import type { OverallUsed } from './gateway';
import { fileSheetLabel, overallFromSheet, type OverallSheet } from './overallFile';
import { type BookInfo, isAnswerTooLarge, queueBookInfo, readValuesInBlocks } from './readBook';
import { transient } from './transient';
import { parseColumnMappings } from './workbookSettings';

export interface RoundTab {
  sheet: string;
  values: CellGrid;
  header: HeaderMatch<ActivityColumn>;
}

export interface LogRead {
  info: BookInfo;
  settings: Settings;
  snapshot: LogSnapshot;
  /** Each round tab that exists: its sheet, values (from A1) and header. */
  roundTabs: Partial<Record<Round, RoundTab>>;
  /** The overall plan's tab in the log (null when it came from a file, or there is none). */
  overallLocation: OverallLocation | null;
  /** Where the overall plan came from: a sheet of the log, a file, or nowhere. */
  overallSource: OverallUsed;
}

export interface ReadLogHooks {
  /** Called after the first sync, before the second: queue more loads that need the sheet names. */
  withInfo?: (info: BookInfo) => void;
}

/** Queues loading a sheet's used values; the getter gives them padded from A1 ('' for empty). */
export function queueValues(context: Excel.RequestContext, sheet: string): () => CellValue[][] {
  const range = transient(context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true)).load([
    'values',
    'rowIndex',
    'columnIndex',
  ]);
  return () =>
    range.isNullObject ? [] : padded(range.rowIndex, range.columnIndex, range.values as unknown[][]);
}

/** A sheet's used values read in blocks of rows (a request each), padded from A1 as queueValues gives them. */
async function valuesInBlocks(context: Excel.RequestContext, sheet: string): Promise<() => CellValue[][]> {
  const read = await readValuesInBlocks(context, sheet);
  const values = read === null ? [] : padded(read.rowIndex, read.columnIndex, read.values);
  return () => values;
}

/** Used values from (top, left), padded from A1 with ''. */
function padded(top: number, left: number, rows: unknown[][]): CellValue[][] {
  const width = left + (rows[0]?.length ?? 0);
  const out: CellValue[][] = [];
  for (let r = 0; r < top; r++) out.push(new Array<CellValue>(width).fill(''));
  for (const row of rows) out.push([...new Array<CellValue>(left).fill(''), ...row.map(cellValue)]);
  return out;
}

function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return '';
}

/** Queues loading a sheet's merged areas (ExcelApi 1.13; [] below it: the core fills groups down anyway). */
function queueMerges(context: Excel.RequestContext, sheet: string): () => string[] {
  if (!supportsExcelApi('1.13')) return () => [];
  const areas = transient(
    transient(context.workbook.worksheets.getItem(sheet).getRange()).getMergedAreasOrNullObject(),
  ).load('areas/items/address');
  return () => {
    if (areas.isNullObject) return [];
    return areas.areas.items.map((a) => a.address);
  };
}

function headerOf(kind: Round, column: string): string {
  return columnDefs(kind).find((d) => d.column === column)?.header ?? column;
}

function roundHeader(
  sheet: string,
  values: CellGrid,
  round: Round,
  stored: Partial<Record<string, string>> | undefined,
): HeaderMatch<ActivityColumn> {
  const header = findHeader(values, round, stored as never);
  if (header === null)
    throw new GatewayError('no-header', msg('workbook-no-header', { sheet, rows: HEADER_SEARCH_ROWS }));
  const required = requiredColumns(round) as string[];
  const missing = header.missing.filter((c) => required.includes(c));
  if (missing.length > 0) {
    throw new GatewayError(
      'missing-columns',
      msg('workbook-missing-columns', {
        sheet,
        row: header.headerRow + 1,
        columns: missing.map((c) => headerOf(round, c)),
      }),
    );
  }
  return header;
}

/**
 * Reads the log; a workbook without any of the round tabs is no spread log (GatewayError
 * 'not-a-log': a check of it must not come out all clear). `overallFile`: the overall plan's sheet from a separate file (it wins over the
 * log's tab). Sync 1: sheet names and stored settings (plus whatever the caller queued before);
 * sync 2: every tab's used values (plus what `hooks.withInfo` queues); sync 3 only when the
 * overall plan is a tab not named as one but recognised by its header.
 */
export async function readLogIn(
  context: Excel.RequestContext,
  overallFile: OverallSheet | null,
  hooks: ReadLogHooks = {},
): Promise<LogRead> {
  const getInfo = queueBookInfo(context);
  await context.sync();
  const info = getInfo();
  if (ROUNDS.every((r) => info.tabs[r] === null))
    throw new GatewayError('not-a-log', msg('check-not-a-log', { tabs: ROUNDS.map((r) => TAB_NAMES[r]) }));
  const settings = parseSettings(info.settingsValue).settings;
  const mappings = parseColumnMappings(info.columnsValue);

  const roundGetters = new Map<Round, () => CellValue[][]>();
  for (const round of ROUNDS) {
    const sheet = info.tabs[round];
    if (sheet !== null) roundGetters.set(round, queueValues(context, sheet));
  }
  let getContacts = info.tabs.contacts !== null ? queueValues(context, info.tabs.contacts) : null;
  let overallTab: { sheet: string; values: () => CellValue[][]; merges: () => string[] } | null = null;
  const candidates: { sheet: string; top: () => CellValue[][] }[] = [];
  if (overallFile === null) {
    const named = info.tabs.overall;
    if (named !== null)
      overallTab = { sheet: named, values: queueValues(context, named), merges: queueMerges(context, named) };
    else {
      const claimed = new Set(Object.values(info.tabs).filter((s): s is string => s !== null));
      for (const name of info.names)
        if (!claimed.has(name)) candidates.push({ sheet: name, top: queueValues(context, name) });
    }
  }
  hooks.withInfo?.(info);
  try {
    await context.sync();
  } catch (e) {
    if (!isAnswerTooLarge(e)) throw e;
    // Over Excel on the web's 5 MB answer cap: each tab on its own, in blocks; the rest again.
    for (const round of [...roundGetters.keys()])
      roundGetters.set(round, await valuesInBlocks(context, info.tabs[round]!));
    if (getContacts) getContacts = await valuesInBlocks(context, info.tabs.contacts!);
    if (overallTab)
      overallTab = {
        sheet: overallTab.sheet,
        values: await valuesInBlocks(context, overallTab.sheet),
        merges: queueMerges(context, overallTab.sheet),
      };
    for (const c of candidates) c.top = await valuesInBlocks(context, c.sheet);
    hooks.withInfo?.(info);
    await context.sync();
  }

  if (overallTab === null && candidates.length > 0) {
    // The overall plan pasted into a tab of another name: the first sheet with its header.
    const found = candidates.find((c) => {
      const h = findHeader(c.top().slice(0, HEADER_SEARCH_ROWS), 'overall', mappings.overall as never);
      return (
        h !== null &&
        h.columns.person !== undefined &&
        h.columns.training !== undefined &&
        h.columns.goal !== undefined
      );
    });
    if (found) {
      const merges = queueMerges(context, found.sheet);
      await context.sync();
      overallTab = { sheet: found.sheet, values: found.top, merges };
    }
  }

  const snapshot: LogSnapshot = {
    contacts: [],
    rounds: { plan: null, aterrap1: null, aterrap2: null },
    overall: null,
  };
  const roundTabs: Partial<Record<Round, RoundTab>> = {};
  for (const [round, get] of roundGetters) {
    const sheet = info.tabs[round]!;
    const values = get();
    const header = roundHeader(sheet, values, round, mappings[round]);
    roundTabs[round] = { sheet, values, header };
    snapshot.rounds[round] = readActivityRows(values, header, sheet, 1, 0, settings, info.date1904);
  }
  if (getContacts) {
    const values = getContacts();
    const header = findHeader(values, 'contacts', mappings.contacts as never);
    if (header !== null)
      snapshot.contacts = readContactRows(values, header, info.tabs.contacts!, 1, 0, settings, info.date1904);
  }

  let overallLocation: OverallLocation | null = null;
  let overallSource: OverallUsed = { kind: 'none', tab: overallTab?.sheet ?? null };
  if (overallFile !== null) {
    const reading = overallFromSheet(overallFile, settings);
    snapshot.overall = reading.assignments;
    snapshot.overallProblems = reading.problems;
    overallSource = {
      kind: 'file',
      file: overallFile.fileName,
      sheet: overallFile.sheet,
      label: fileSheetLabel(overallFile),
    };
  } else if (overallTab !== null) {
    const values = overallTab.values();
    const stored = mappings.overall;
    const reading = readOverallPlan(values, overallTab.merges(), overallTab.sheet, 1, 0, settings, stored);
    const error = reading.problems.find((p) => p.severity === 'error');
    const header = findHeader(values, 'overall', stored as never);
    // An empty overall tab (the template's) is no overall plan: nothing to compare with.
    if (error === undefined && reading.assignments.length > 0 && header?.columns.goal !== undefined) {
      snapshot.overall = reading.assignments;
      snapshot.overallProblems = reading.problems;
      overallLocation = { sheet: overallTab.sheet, goalColumn: header.columns.goal };
      overallSource = { kind: 'tab', sheet: overallTab.sheet };
    } else if (
      error !== undefined &&
      reading.assignments.length === 0 &&
      values.length > 0 &&
      header !== null
    ) {
      throw new GatewayError('missing-columns', error.message);
    }
  }
  return { info, settings, snapshot, roundTabs, overallLocation, overallSource };
}

/** The summary formulas' location of each round tab; a tab missing a column they need is an error. */
export function roundLocations(read: LogRead): Partial<Record<Round, RoundTabLocation>> {
  const out: Partial<Record<Round, RoundTabLocation>> = {};
  for (const round of ROUNDS) {
    const tab = read.roundTabs[round];
    if (!tab) continue;
    const loc = roundTabLocation(tab.sheet, tab.values, tab.header, 1, 0);
    if (loc === null) {
      const need: ActivityColumn[] = ['person', 'training', 'unit', 'plannedNumber', 'status', 'reached'];
      const missing = need.filter((c) => tab.header.columns[c] === undefined).map((c) => headerOf(round, c));
      throw new GatewayError(
        'missing-columns',
        msg('workbook-missing-columns', {
          sheet: tab.sheet,
          row: tab.header.headerRow + 1,
          columns: missing,
        }),
      );
    }
    out[round] = loc;
  }
  return out;
}
