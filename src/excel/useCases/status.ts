// The status sheet for the decision forum (guide steps 2.5/2.8): the core's status layout of live
// formulas written into the add-in's own sheet "5. Status beslutsforum", its words in the
// workbook's language, a native column chart beside each table, and — on a sheet it creates, where
// the host supports ExcelApi 1.9 — a print set-up of A4 landscape, centred. The area written
// is remembered in workbook.settings; a refresh clears only that area and the add-in's own charts,
// and stops before writing anything when the new area would cover the coordinator's cells.
// Syncs: 3 (4 when the overall plan is a tab found only by its headers).
import { a1, parseA1 } from '../../core/log/a1';
import { msg } from '../../core/messages';
import { buildStatusLayout, type StatusLayout } from '../../core/status/buildStatusLayout';
import type { ReportRound } from '../../core/model';
import { statusReport, type StatusReport } from '../../core/status/statusReport';
import { TAB_NAMES, tabKey } from '../../core/tabs';
import { localDay } from '../../core/today';
import { summaryKeys } from '../../core/totals/groups';
import { render, textOf, type Lang } from '../../messages/render';
import { runExcel, supportsExcelApi } from '../excelRun';
import type { StatusResult } from '../gateway';
import { GatewayError } from '../gatewayError';
import { queueValues, readLogIn, roundLocations, type LogRead } from '../readLog';
import type { GatewaySession } from '../session';
import { transient } from '../transient';
import { toInput } from '../writeOps';
import { parseArea, type SummaryArea } from './totals';

export const STATUS_SHEET = '5. Status beslutsforum';
export const STATUS_AREA_KEY = 'spridningslogg.statusArea';
/** The add-in's charts on the status sheet, by the table they show. */
export const STATUS_CHARTS = [
  'Spridningslogg – status per utbildning',
  'Spridningslogg – status per verksamhet',
];

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function rect(range: string): Rect {
  const [a, b = a] = range.split(':');
  const p = parseA1(a)!;
  const q = parseA1(b)!;
  return { r0: p.row1, c0: p.col0, r1: q.row1, c1: q.col0 };
}

/** The status layout for what was read. */
export function statusLayoutFor(
  read: LogRead,
  round: ReportRound,
  today: string,
): { layout: StatusLayout; report: StatusReport } {
  const report = statusReport(read.snapshot, read.settings, round, today);
  const layout = buildStatusLayout({
    report,
    rounds: roundLocations(read),
    overall: read.overallLocation,
    keys: summaryKeys(read.snapshot, read.settings),
    summarySheet: read.info.tabs.summary ?? TAB_NAMES.summary,
  });
  return { layout, report };
}

export function refreshStatus(
  session: GatewaySession,
  round: ReportRound,
  lang: Lang = 'sv',
): Promise<StatusResult> {
  return runExcel(async (context) => {
    const areaItem = context.workbook.settings.getItemOrNullObject(STATUS_AREA_KEY).load('value');
    let existing: string | null = null;
    let getValues: (() => unknown[][]) | null = null;
    let charts: Excel.ChartCollection | null = null;
    const read = await readLogIn(context, session.overallFile, {
      withInfo: (info) => {
        existing = info.names.find((n) => tabKey(n) === tabKey(STATUS_SHEET)) ?? null;
        if (existing === null) return;
        getValues = queueValues(context, existing);
        charts = context.workbook.worksheets.getItem(existing).charts.load('items/name');
      },
    });
    const { layout, report } = statusLayoutFor(read, round, localDay(session.now()));
    const sheetName = (existing as string | null) ?? STATUS_SHEET;
    const stored: SummaryArea | null = parseArea(areaItem.isNullObject ? undefined : areaItem.value);
    const oldArea = stored !== null && stored.sheet === sheetName ? rect(stored.range) : null;
    const newArea = rect(layout.usedRange);
    const current = (getValues as (() => unknown[][]) | null)?.() ?? [];
    const inOld = (r: number, c: number) =>
      oldArea !== null && r >= oldArea.r0 && r <= oldArea.r1 && c >= oldArea.c0 && c <= oldArea.c1;
    const blocked: string[] = [];
    for (let r = newArea.r0; r <= newArea.r1; r++)
      for (let c = newArea.c0; c <= newArea.c1; c++) {
        const v = current[r - 1]?.[c];
        if (v !== '' && v !== null && v !== undefined && !inOld(r, c)) blocked.push(a1(r, c));
      }
    if (blocked.length > 0)
      throw new GatewayError(
        'cells-taken',
        msg('status-sheet-cells-taken', {
          sheet: sheetName,
          range: layout.usedRange,
          cells: blocked.slice(0, 5),
          more: Math.max(0, blocked.length - 5),
        }),
      );

    const created = existing === null;
    const ws = created
      ? context.workbook.worksheets.add(sheetName)
      : context.workbook.worksheets.getItem(sheetName);
    if (oldArea !== null) transient(ws.getRange(stored!.range)).clear('All');
    const h = newArea.r1 - newArea.r0 + 1;
    const inputs = Array.from({ length: h }, () => new Array<string | number | boolean>(5).fill(''));
    const formats = Array.from({ length: h }, () => new Array<string>(5).fill('General'));
    const bold: string[] = [];
    for (const c of layout.cells) {
      const p = parseA1(c.address)!;
      const value = typeof c.value === 'number' ? c.value : textOf(lang, c.value ?? '');
      inputs[p.row1 - 1][p.col0] = c.formula !== undefined ? c.formula : toInput(value);
      if (c.numberFormat) formats[p.row1 - 1][p.col0] = c.numberFormat;
      if (c.bold) bold.push(c.address);
    }
    const target = transient(ws.getRange(layout.usedRange));
    target.clear('All');
    target.formulas = inputs;
    target.numberFormat = formats;
    for (const address of bold) transient(ws.getRange(address)).format.font.bold = true;
    if (created) {
      transient(ws.getRange('A:A')).format.columnWidth = 230;
      transient(ws.getRange('B:E')).format.columnWidth = 80;
    }
    for (const chart of (charts as Excel.ChartCollection | null)?.items ?? [])
      if (STATUS_CHARTS.includes(chart.name)) chart.delete();
    layout.charts.forEach((spec, i) => {
      const chart = ws.charts.add('ColumnClustered', transient(ws.getRange(spec.dataRange)), 'Columns');
      chart.name = STATUS_CHARTS[i];
      chart.title.text = render(lang, spec.title);
      chart.setPosition(spec.from, spec.to);
    });
    // Printing: only on the sheet the add-in creates (a coordinator's own set-up is theirs).
    const printSetUp = supportsExcelApi('1.9');
    if (created && printSetUp) {
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      ws.pageLayout.centerHorizontally = true;
    }
    context.workbook.settings.add(
      STATUS_AREA_KEY,
      JSON.stringify({ sheet: sheetName, range: layout.usedRange } satisfies SummaryArea),
    );
    await context.sync();
    return { report, sheet: sheetName, charts: layout.charts.length, printSetUp };
  });
}
