// Import, step 1: the preview. Reads the rounds' tabs the plans go to and the contacts tab and
// builds the import (core's buildImport) without writing anything; what it read is kept in the
// session for the apply. Each plan has its own round (suggested from its content and the
// deadlines, or chosen), so a batch may write into 3.a, 3.b and 3.c at once. Requests: 1 when the
// tabs are where the last reading of the workbook saw them (the pane's start or an earlier
// preview), else 2, however many plans and rounds; a tab over Excel on the web's answer cap is
// read in blocks (a request per block).
import { buildImport, locateTable, type BuiltImport, type TabTable } from '../../core/import/buildImport';
import { localDay } from '../../core/today';
import { fingerprintGrids } from '../../core/import/fingerprint';
import type { Grid } from '../../core/import/grid';
import { columnDefs, requiredColumns, type TableKind } from '../../core/headers/columns';
import { HEADER_SEARCH_ROWS } from '../../core/headers/findHeader';
import { MessageError, msg } from '../../core/messages';
import { ROUNDS, type PersonalPlan, type Round, type Settings } from '../../core/model';
import { parseSettings, suggestRound } from '../../core/settings';
import { TAB_NAMES } from '../../core/tabs';
import { runExcel } from '../excelRun';
import type { ImportPreview, ImportRounds } from '../gateway';
import { GatewayError } from '../gatewayError';
import { type BookInfo, isAnswerTooLarge, queueBookInfo, queueGrid, readGridInBlocks } from '../readBook';
import type { GatewaySession } from '../session';
import { parseColumnMappings } from '../workbookSettings';

/** What a preview read and built, kept for its apply. */
export interface Prepared {
  info: BookInfo;
  settings: Settings;
  plans: PersonalPlan[];
  /** Each plan's round, and the round suggested for it (null: the deadlines could not decide). */
  rounds: Round[];
  suggested: (Round | null)[];
  grids: Map<string, Grid>;
  contacts: TabTable | null;
  targets: Partial<Record<Round, TabTable>>;
  built: BuiltImport;
  fingerprint: string;
  /** The day the import's cells are dated with (Plan inkommen). */
  todayIso: string;
}

/** The sheets a preview read: where the apply (or the next preview) looks for them first. */
export interface KnownSheets {
  targets: Partial<Record<Round, string>>;
  contacts: string;
}

export function previewImport(
  session: GatewaySession,
  plans: PersonalPlan[],
  rounds?: Round | ImportRounds,
): Promise<ImportPreview> {
  return runExcel(async (context) => {
    const p = await prepare(session, context, plans, rounds, guess(session, plans, rounds));
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
 * Each plan's round: the one given for it (or for all), else the one suggested from its content
 * and the deadlines; null where neither decides (a report, the deadlines past, no answer).
 */
function roundsOf(
  plans: PersonalPlan[],
  rounds: Round | ImportRounds | undefined,
  today: Date,
  settings: Settings,
): { chosen: (Round | null)[]; suggested: (Round | null)[] } {
  const given = typeof rounds === 'object' ? rounds : undefined;
  const suggested = plans.map((plan) => suggestRound(plan, today, settings, given?.currentReport));
  const chosen = plans.map((_, i) =>
    typeof rounds === 'string' ? rounds : (given?.perPlan?.[i] ?? suggested[i]),
  );
  return { chosen, suggested };
}

/** The rounds the plans go to, in ROUNDS order. */
function roundsUsed(chosen: readonly (Round | null)[]): Round[] {
  return ROUNDS.filter((r) => chosen.includes(r));
}

/**
 * Reads the tabs and builds the import. Sync 1: names and settings (and, when `known` says
 * which sheets a preview used, their contents too); sync 2 only when those are not known, not all
 * the tabs needed, or no longer the same sheets. A tab whose contents are over Excel on the web's
 * answer cap is read in blocks instead (`readGridInBlocks`: a request per block).
 */
export async function prepare(
  session: GatewaySession,
  context: Excel.RequestContext,
  plans: PersonalPlan[],
  rounds: Round | ImportRounds | undefined,
  known?: KnownSheets,
): Promise<Prepared> {
  let getInfo = queueBookInfo(context);
  const knownSheets = known ? [known.contacts, ...ROUNDS.flatMap((r) => known.targets[r] ?? [])] : [];
  let getKnown = new Map(knownSheets.map((sheet) => [sheet, queueGrid(context, sheet)]));
  let tooLarge = false;
  try {
    await context.sync();
  } catch (e) {
    if (!known || !isAnswerTooLarge(e)) throw e;
    getInfo = queueBookInfo(context);
    getKnown = new Map();
    tooLarge = true; // the tabs are read below, in blocks
    await context.sync();
  }
  const info = getInfo();
  session.lastInfo = info;
  const settings = parseSettings(info.settingsValue).settings;
  const { chosen, suggested } = roundsOf(plans, rounds, session.now(), settings);
  const undecided = plans.filter((_, i) => chosen[i] === null);
  if (undecided.length > 0)
    throw new MessageError(
      msg('import-round-undecided', {
        people: undecided.map((p) => (p.contact.name.trim() !== '' ? p.contact.name : p.source.name)),
      }),
    );
  const used = roundsUsed(chosen);
  const sheetOf = (kind: 'contacts' | Round): string => {
    const sheet = info.tabs[kind];
    if (sheet === null)
      throw new GatewayError('missing-tab', msg('workbook-tab-missing', { tab: TAB_NAMES[kind] }));
    return sheet;
  };
  const targetSheets = used.map((r) => sheetOf(r));
  const contactsSheet = sheetOf('contacts');
  const needed = [contactsSheet, ...targetSheets];
  const mappings = parseColumnMappings(info.columnsValue);
  let grids: Grid[] | null = needed.every((sheet) => getKnown.has(sheet))
    ? needed.map((sheet) => getKnown.get(sheet)!())
    : null;
  if (grids === null && !tooLarge) {
    const queued = needed.map((sheet) => queueGrid(context, sheet));
    try {
      await context.sync();
      grids = queued.map((get) => get());
    } catch (e) {
      if (!isAnswerTooLarge(e)) throw e;
    }
  }
  if (grids === null) {
    grids = [];
    for (const sheet of needed) grids.push(await readGridInBlocks(context, sheet));
  }
  const [contactsGrid, ...targetGrids] = grids;
  const contacts = tableOf(contactsGrid, 'contacts', mappings.contacts);
  const targets: Partial<Record<Round, TabTable>> = {};
  used.forEach((r, i) => (targets[r] = tableOf(targetGrids[i], r, mappings[r])));
  const todayIso = localDay(session.now());
  const decided = chosen as Round[];
  const built = buildImport({
    plans,
    rounds: decided,
    settings,
    todayIso,
    date1904: info.date1904,
    contacts,
    targets,
  });
  return {
    info,
    settings,
    plans,
    rounds: decided,
    suggested,
    grids: new Map(grids.map((g) => [g.sheet, g])),
    contacts,
    targets,
    built,
    fingerprint: fingerprintGrids([...targetGrids, contactsGrid]),
    todayIso,
  };
}

function tableOf(
  grid: Grid,
  kind: 'contacts' | Round,
  stored: Partial<Record<string, string>> | undefined,
): TabTable {
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
  const targetSheets: Partial<Record<Round, string>> = {};
  for (const r of ROUNDS) {
    const t = p.targets[r];
    if (t) targetSheets[r] = t.grid.sheet;
  }
  return {
    plans: p.plans,
    rounds: p.rounds,
    targetSheets,
    contactsSheet: p.contacts?.grid.sheet,
    people: p.built.people.map((x) => ({
      person: x.person,
      index: x.index,
      round: x.round,
      targetSheet: x.sheet,
      suggestedRound: p.suggested[x.index] ?? null,
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
  rounds: Round | ImportRounds | undefined,
): KnownSheets | undefined {
  const info = session.lastInfo;
  if (!info) return undefined;
  const { chosen } = roundsOf(plans, rounds, session.now(), parseSettings(info.settingsValue).settings);
  const contacts = info.tabs.contacts;
  if (contacts === null) return undefined;
  const targets: Partial<Record<Round, string>> = {};
  for (const r of roundsUsed(chosen)) {
    const sheet = info.tabs[r];
    if (sheet === null) return undefined;
    targets[r] = sheet;
  }
  return { targets, contacts };
}

function headerText(kind: TableKind, column: string): string {
  return columnDefs(kind).find((d) => d.column === column)?.header ?? column;
}
