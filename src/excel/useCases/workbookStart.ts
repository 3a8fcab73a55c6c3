// What the pane reads when it opens, and again after a tab was created or a column pointed
// at: which of the log's tabs exist, where their headers are and which columns they lack, the
// settings, and whether there is an import to undo. Requests: open 2 (names, settings and the
// journal · the tabs' first rows) · inspect 2.
import { findHeader } from '../../core/headers/findHeader';
import { isTableKind, requiredColumns } from '../../core/headers/columns';
import type { TabKind } from '../../core/model';
import { parseSettings } from '../../core/settings';
import { excelApiLevel, runExcel } from '../excelRun';
import type { TabStatus, WorkbookInfo, WorkbookStart } from '../gateway';
import { queueJournal } from '../journalSheet';
import { type BookInfo, queueBookInfo, queueTop, readBookInfo } from '../readBook';
import type { GatewaySession } from '../session';
import { parseColumnMappings } from '../workbookSettings';

const ALL_KINDS: TabKind[] = [
  'instructions',
  'overall',
  'contacts',
  'plan',
  'aterrap1',
  'aterrap2',
  'summary',
];

export function inspect(session: GatewaySession): Promise<WorkbookInfo> {
  return runExcel(async (context) => {
    const info = await readBookInfo(context);
    session.lastInfo = info;
    return { tabs: await tabStatuses(context, info), apiLevel: excelApiLevel() };
  });
}

/**
 * What the pane needs to start, in two requests: names, settings and the undo journal in one,
 * the tabs' first rows (their headers) in the other. The same as inspect, getSettings and
 * hasUndo, which would take four.
 */
export function open(session: GatewaySession): Promise<WorkbookStart> {
  return runExcel(async (context) => {
    const getInfo = queueBookInfo(context);
    const getJournal = queueJournal(context);
    await context.sync();
    const info = getInfo();
    session.lastInfo = info;
    const tabs = await tabStatuses(context, info);
    const settings = parseSettings(info.settingsValue).settings; // defaults when none is stored
    const canUndo = info.journalExists && getJournal().journal !== null;
    return { info: { tabs, apiLevel: excelApiLevel() }, settings, canUndo };
  });
}

/** Each tab's status from its first rows (where a header can be): its header row, the columns it lacks. One sync. */
async function tabStatuses(context: Excel.RequestContext, info: BookInfo): Promise<TabStatus[]> {
  const mappings = parseColumnMappings(info.columnsValue);
  const tops = new Map<TabKind, () => unknown[][]>();
  for (const kind of ALL_KINDS) {
    const sheet = info.tabs[kind];
    if (sheet !== null && isTableKind(kind)) tops.set(kind, queueTop(context, sheet));
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
