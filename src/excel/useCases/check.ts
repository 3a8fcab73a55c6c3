// The check: every flag of a round (or of every round tab with rows) computed by the core on
// the log as read, and the flagged cells marked in the sheets (see flagMarks.ts). Syncs: 4
// (5 when the overall plan is a tab found only by its headers): names and settings · every
// tab's values · the fills of flagged and marked cells · the marks.
import { computeFlags } from '../../core/flags/computeFlags';
import { ROUNDS, type Flag, type Round } from '../../core/model';
import { msg } from '../../core/messages';
import { TAB_NAMES } from '../../core/tabs';
import { runExcel } from '../excelRun';
import {
  cellKey,
  flaggedCells,
  MARKS_KEY,
  parseMarks,
  planMarks,
  queueFills,
  writeMarks,
} from '../flagMarks';
import { GatewayError } from '../gatewayError';
import type { OverallSheet } from '../overallFile';
import { readLogIn } from '../readLog';
import type { GatewaySession } from '../session';

/** Flags for one round, or every round tab that has rows; the marks in the sheets refreshed. */
export function check(session: GatewaySession, round?: Round): Promise<Flag[]> {
  return runExcel((context) => checkAndMark(context, session.overallFile, round, session.now()));
}

async function checkAndMark(
  context: Excel.RequestContext,
  overallFile: OverallSheet | null,
  round: Round | undefined,
  today: Date,
): Promise<Flag[]> {
  const marksItem = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
  const read = await readLogIn(context, overallFile);
  const { info, snapshot, settings } = read;
  if (round !== undefined && info.tabs[round] === null) {
    throw new GatewayError('missing-tab', msg('workbook-tab-missing', { tab: TAB_NAMES[round] }));
  }
  const sheets: Partial<Record<Round, string>> = {};
  for (const r of ROUNDS) if (info.tabs[r] !== null) sheets[r] = info.tabs[r]!;
  const flags = computeFlags(snapshot, { round, settings, today, sheets });

  // The sheets marks may touch: the log's own tabs (not the summary, not a separate file).
  const existing = new Set(info.names);
  const markable = (sheet: string) => existing.has(sheet) && sheet !== info.tabs.summary;
  // The sheets this check decides on: the rounds checked, the contacts and the overall tab.
  const scope = new Set<string>();
  for (const r of round !== undefined ? [round] : ROUNDS) if (info.tabs[r] !== null) scope.add(info.tabs[r]);
  if (info.tabs.contacts !== null) scope.add(info.tabs.contacts);
  if (read.overallSource.kind === 'tab') scope.add(read.overallSource.sheet);
  const inScope = (sheet: string) => scope.has(sheet);

  // Marks on sheets that are gone are forgotten.
  const stored = parseMarks(marksItem.isNullObject ? undefined : marksItem.value).filter((m) =>
    existing.has(m.sheet),
  );
  const flagged = flaggedCells(flags, markable);
  const seen = new Set<string>();
  const toRead = [...stored.filter((m) => inScope(m.sheet)), ...flagged].filter((c) => {
    const k = cellKey(c.sheet, c.cell);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const getFills = queueFills(context, toRead);
  if (toRead.length > 0) await context.sync();
  const plan = planMarks(stored, flagged, inScope, await getFills());
  await writeMarks(context, plan);
  return flags;
}
