// The check: every flag of a round (or of every round tab with rows) computed by the core on
// the log as read, the coordinator's handled marks applied (a mark whose flag's subject changed
// is dropped), and the flagged cells marked in the sheets (see flagMarks.ts; a handled flag's
// cell is not). Says which overall plan it compared with: none is never an all-clear. Syncs: 4
// (5 when the overall plan is a tab found only by its headers): names and settings · every tab's
// values · the fills of flagged and marked cells · the marks.
import { computeFlags } from '../../core/flags/computeFlags';
import { applyHandled, parseHandledMarks } from '../../core/flags/handled';
import { ROUNDS, type Round } from '../../core/model';
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
import type { CheckResult } from '../gateway';
import { GatewayError } from '../gatewayError';
import type { OverallSheet } from '../overallFile';
import { readLogIn } from '../readLog';
import type { GatewaySession } from '../session';
import { HANDLED_KEY } from './flagHandling';

/** Flags for one round, or every round tab that has rows; the marks in the sheets refreshed. */
export function check(session: GatewaySession, round?: Round): Promise<CheckResult> {
  return runExcel((context) => checkAndMark(context, session.overallFile, round, session.now()));
}

async function checkAndMark(
  context: Excel.RequestContext,
  overallFile: OverallSheet | null,
  round: Round | undefined,
  today: Date,
): Promise<CheckResult> {
  const marksItem = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
  const handledItem = context.workbook.settings.getItemOrNullObject(HANDLED_KEY).load('value');
  const read = await readLogIn(context, overallFile);
  const { info, snapshot, settings } = read;
  if (round !== undefined && info.tabs[round] === null) {
    throw new GatewayError('missing-tab', msg('workbook-tab-missing', { tab: TAB_NAMES[round] }));
  }
  const sheets: Partial<Record<Round, string>> = {};
  for (const r of ROUNDS) if (info.tabs[r] !== null) sheets[r] = info.tabs[r]!;
  // The rounds checked: the one asked for, else every round whose tab has rows, else (an empty
  // log) the first round tab there is — nobody's plan has come in, which is no all-clear.
  const withRows = ROUNDS.filter((r) => (snapshot.rounds[r]?.length ?? 0) > 0);
  const first = ROUNDS.find((r) => info.tabs[r] !== null)!;
  const asked = round ?? (withRows.length === 0 ? first : undefined);
  const rounds = asked !== undefined ? [asked] : withRows;
  const handledBefore = parseHandledMarks(handledItem.isNullObject ? undefined : handledItem.value);
  const { flags, keep } = applyHandled(
    computeFlags(snapshot, { round: asked, settings, today, sheets }),
    handledBefore,
    rounds,
  );

  // The sheets marks may touch: the log's own tabs (not the summary, not a separate file).
  const existing = new Set(info.names);
  const markable = (sheet: string) => existing.has(sheet) && sheet !== info.tabs.summary;
  // The sheets this check decides on: the rounds checked, the contacts and the overall tab.
  const scope = new Set<string>();
  for (const r of asked !== undefined ? [asked] : ROUNDS) if (info.tabs[r] !== null) scope.add(info.tabs[r]);
  if (info.tabs.contacts !== null) scope.add(info.tabs.contacts);
  if (read.overallSource.kind === 'tab') scope.add(read.overallSource.sheet);
  const inScope = (sheet: string) => scope.has(sheet);

  // Marks on sheets that are gone are forgotten.
  const stored = parseMarks(marksItem.isNullObject ? undefined : marksItem.value).filter((m) =>
    existing.has(m.sheet),
  );
  const flagged = flaggedCells(
    flags.filter((f) => f.handled === undefined),
    markable,
  );
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
  // Marks whose flag's subject changed (or whose flag is gone) are dropped; written with the marks.
  if (keep.length !== handledBefore.length) context.workbook.settings.add(HANDLED_KEY, JSON.stringify(keep));
  await writeMarks(context, plan);
  return { flags, overall: read.overallSource, rounds };
}
