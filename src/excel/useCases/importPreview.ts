// Import, step 1: the preview. Reads the round's tab and the contacts tab and builds the import
// (core's buildImport) without writing anything; what it read is kept in the session for the
// apply. Requests: 1 when the tabs are where the last reading of the workbook saw them (the
// pane's start or an earlier preview), else 2; a tab over Excel on the web's answer cap is read
// in blocks (a request per block).
import { buildImport, locateTable, type BuiltImport } from '../../core/import/buildImport';
import { localDay } from '../../core/today';
import { fingerprintGrids } from '../../core/import/fingerprint';
import type { Grid } from '../../core/import/grid';
import type { Table } from '../../core/import/table';
import { columnDefs, requiredColumns, type TableKind } from '../../core/headers/columns';
import { HEADER_SEARCH_ROWS } from '../../core/headers/findHeader';
import { msg } from '../../core/messages';
import type { PersonalPlan, Round, Settings } from '../../core/model';
import { parseSettings, suggestRound } from '../../core/settings';
import { TAB_NAMES } from '../../core/tabs';
import { runExcel } from '../excelRun';
import type { ImportPreview } from '../gateway';
import { GatewayError } from '../gatewayError';
import { type BookInfo, isAnswerTooLarge, queueBookInfo, queueGrid, readGridInBlocks } from '../readBook';
import type { GatewaySession } from '../session';
import { parseColumnMappings } from '../workbookSettings';

/** What a preview read and built, kept for its apply. */
export interface Prepared {
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

/** The sheets a preview read: where the apply (or the next preview) looks for them first. */
export interface KnownSheets {
  target: string;
  contacts: string;
}

export function previewImport(
  session: GatewaySession,
  plans: PersonalPlan[],
  round?: Round,
): Promise<ImportPreview> {
  return runExcel(async (context) => {
    const p = await prepare(session, context, plans, round, guess(session, plans, round));
    return keep(session, p);
  });
}

/** The preview of what was prepared, remembered for its apply. */
export function keep(session: GatewaySession, p: Prepared): ImportPreview {
  const preview = toPreview(p);
  session.prepared.set(preview, p);
  return preview;
}

/**
 * Reads the tabs and builds the import. Sync 1: names and settings (and, when `known` says
 * which sheets a preview used, their contents too); sync 2 only when those are not known or
 * the tabs are no longer the same sheets. A tab whose contents are over Excel on the web's
 * answer cap is read in blocks instead (`readGridInBlocks`: a request per block).
 */
export async function prepare(
  session: GatewaySession,
  context: Excel.RequestContext,
  plans: PersonalPlan[],
  round: Round | undefined,
  known?: KnownSheets,
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
  session.lastInfo = info;
  const settings = parseSettings(info.settingsValue).settings;
  const suggested = suggestRound(plans, session.now(), settings);
  const chosen = round ?? suggested;
  const targetSheet = info.tabs[chosen];
  if (targetSheet === null)
    throw new GatewayError('missing-tab', msg('workbook-tab-missing', { tab: TAB_NAMES[chosen] }));
  const contactsSheet = info.tabs.contacts;
  if (contactsSheet === null)
    throw new GatewayError('missing-tab', msg('workbook-tab-missing', { tab: TAB_NAMES.contacts }));
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
  const target = tableOf(targetGrid, chosen, mappings[chosen]);
  const contacts = tableOf(contactsGrid, 'contacts', mappings.contacts);
  const todayIso = localDay(session.now());
  const built = buildImport({ plans, settings, todayIso, date1904: info.date1904, contacts, target });
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

function tableOf(
  grid: Grid,
  kind: 'contacts' | Round,
  stored: Partial<Record<string, string>> | undefined,
): { grid: Grid; table: Table } {
  const found = locateTable(grid, kind, stored);
  if ('error' in found)
    throw new GatewayError(
      'no-header',
      msg('workbook-no-header', { sheet: grid.sheet, rows: HEADER_SEARCH_ROWS }),
    );
  const required = requiredColumns(kind) as string[];
  const missing = found.missing.filter((c) => required.includes(c));
  if (missing.length > 0) {
    throw new GatewayError(
      'missing-columns',
      msg('workbook-missing-columns', {
        sheet: grid.sheet,
        row: found.table.headerRow + 1,
        columns: missing.map((c) => headerText(kind, c)),
      }),
    );
  }
  return { grid, table: found.table };
}

function toPreview(p: Prepared): ImportPreview {
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

/** Where the tabs of this import were when the workbook was last read (undefined: not known). */
function guess(
  session: GatewaySession,
  plans: PersonalPlan[],
  round: Round | undefined,
): KnownSheets | undefined {
  const info = session.lastInfo;
  if (!info) return undefined;
  const chosen = round ?? suggestRound(plans, session.now(), parseSettings(info.settingsValue).settings);
  const target = info.tabs[chosen];
  const contacts = info.tabs.contacts;
  return target !== null && contacts !== null ? { target, contacts } : undefined;
}

function headerText(kind: TableKind, column: string): string {
  return columnDefs(kind).find((d) => d.column === column)?.header ?? column;
}
