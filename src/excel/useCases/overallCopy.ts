// The overall-plan file in use copied into the log's overall-plan tab, as the file has it (its
// cells from A1, number formats and merged cells), so the plan is remembered with the workbook
// and its flags can take the user to a cell. The log's tab is made when missing; a tab that
// already holds a plan is replaced only on the user's word. Text is written as text (never a
// formula). From then on the tab is used instead of the file. Requests: 3 (names and settings ·
// the tab as it is · the write; one more when the tab holds a plan to replace).
import { msg, MessageError } from '../../core/messages';
import { readOverallPlan } from '../../core/overall/readOverallPlan';
import { parseSettings } from '../../core/settings';
import { TAB_NAMES } from '../../core/tabs';
import { colLetter } from '../../core/log/a1';
import { runExcel } from '../excelRun';
import type { OverallCopyResult } from '../gateway';
import { overallFromSheet, type OverallSheet } from '../overallFile';
import { queueBookInfo } from '../readBook';
import { queueValues } from '../readLog';
import type { GatewaySession } from '../session';
import { transient } from '../transient';
import { parseColumnMappings } from '../workbookSettings';
import { toInput } from '../writeOps';

export async function copyOverallFileToLog(
  session: GatewaySession,
  replace = false,
): Promise<OverallCopyResult> {
  const file = session.overallFile;
  if (file === null) throw new MessageError(msg('overall-copy-no-file', {}));
  const result = await runExcel((context) => copy(context, file, replace));
  if (result.status === 'copied') session.overallFile = null;
  return result;
}

async function copy(
  context: Excel.RequestContext,
  file: OverallSheet,
  replace: boolean,
): Promise<OverallCopyResult> {
  const getInfo = queueBookInfo(context);
  await context.sync();
  const info = getInfo();
  const settings = parseSettings(info.settingsValue).settings;
  const tab = info.tabs.overall;
  if (tab !== null && !replace) {
    const getValues = queueValues(context, tab);
    await context.sync();
    const stored = parseColumnMappings(info.columnsValue).overall;
    const reading = readOverallPlan(getValues(), [], tab, 1, 0, settings, stored);
    if (reading.assignments.length > 0)
      return { status: 'tab-has-plan', sheet: tab, assignments: reading.assignments.length };
  }
  const sheet = tab ?? TAB_NAMES.overall;
  const ws = tab !== null ? context.workbook.worksheets.getItem(tab) : context.workbook.worksheets.add(sheet);
  if (tab !== null) {
    const used = transient(ws.getUsedRangeOrNullObject()).load('address');
    await context.sync();
    if (!used.isNullObject) {
      const old = transient(ws.getRange(used.address.split('!').pop()));
      // Unmerged first: a merge of the old plan must not swallow the new plan's cells.
      old.unmerge();
      old.clear('All');
    }
  }
  const rows = file.values.length;
  const cols = rows === 0 ? 0 : Math.max(...file.values.map((r) => r.length));
  if (rows > 0 && cols > 0) {
    const target = transient(ws.getRange(`A1:${colLetter(cols - 1)}${rows}`));
    // The file's number formats (dates stay dates); text is written as text (toInput), never a formula.
    target.numberFormat = file.values.map((_, r) =>
      Array.from({ length: cols }, (_, c) => file.numberFormats?.[r]?.[c] ?? 'General'),
    );
    target.values = file.values.map((line) => Array.from({ length: cols }, (_, c) => toInput(line[c] ?? '')));
    for (const area of file.merges) transient(ws.getRange(area)).merge(false);
    transient(ws.getRange(`A:${colLetter(cols - 1)}`)).format.autofitColumns();
  }
  await context.sync();
  return { status: 'copied', sheet, assignments: overallFromSheet(file, settings).assignments.length };
}
