// The summary tab (4. Sammanställning): the core's layout of live formulas written into the
// add-in's own area of the sheet, its words rendered in the workbook's language, and a column
// chart per training beside it. The area written
// is remembered in workbook.settings; a refresh clears only that area, so what the coordinator
// added elsewhere on the sheet stays. Cells the new area needs that hold something of the
// coordinator's stop the refresh before anything is written. Where the host has ExcelApi 1.9
// (Office.context.requirements; Excel 2019 has not) the tab is set to print on A4 landscape,
// centred, the table and the chart as the print area and each section on a page of its own;
// page breaks inside the area written are the add-in's and are set anew.
import { a1, parseA1 } from '../../core/log/a1';
import { TAB_NAMES } from '../../core/tabs';
import { buildSummaryLayout, type SummaryLayout } from '../../core/totals/buildSummaryLayout';
import { computeTotals, type Totals, type TotalsResult } from '../../core/totals/computeTotals';
import { recordKey, summaryKeys, UNKNOWN_TRAINING, type SummaryKeys } from '../../core/totals/groups';
import { msg, type Message } from '../../core/messages';
import { render, textOf, type Lang } from '../../messages/render';
import { runExcel, supportsExcelApi } from '../excelRun';
import type { TotalsRow, TotalsView } from '../gateway';
import { GatewayError } from '../gatewayError';
import type { OverallSheet } from '../overallFile';
import { type LogRead, queueValues, readLogIn, roundLocations } from '../readLog';
import type { GatewaySession } from '../session';
import { transient } from '../transient';
import { toInput } from '../writeOps';
import { storedJson } from '../../core/storedJson';

export const SUMMARY_AREA_KEY = 'spridningslogg.summaryArea';
export const CHART_NAME = 'Spridningslogg – nådda';
/** Where the chart goes: beside the table (columns A–F), from H2. */
const CHART_FROM = 'H2';
const CHART_TO = 'P22';

export interface SummaryArea {
  sheet: string;
  /** A1 range without sheet, e.g. "A1:F40". */
  range: string;
}

export function parseArea(value: unknown): SummaryArea | null {
  const data = storedJson(value);
  if (typeof data !== 'object' || data === null) return null;
  const o = data as Record<string, unknown>;
  if (typeof o.sheet !== 'string' || typeof o.range !== 'string' || rect(o.range) === null) return null;
  return { sheet: o.sheet, range: o.range };
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "A1:F40" → 1-based rows, 0-based columns. */
function rect(range: string): Rect | null {
  const [a, b = a] = range.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row1, q.row1),
    c0: Math.min(p.col0, q.col0),
    r1: Math.max(p.row1, q.row1),
    c1: Math.max(p.col0, q.col0),
  };
}

const inside = (r: Rect | null, row1: number, col0: number): boolean =>
  r !== null && row1 >= r.r0 && row1 <= r.r1 && col0 >= r.c0 && col0 <= r.c1;

function row(key: string, label: string | Message, t: Totals): TotalsRow {
  return {
    key,
    label,
    goal: t.goal,
    planned: t.planned,
    reachedAterrap1: t.reachedAterrap1,
    reachedAterrap2: t.reachedAterrap2,
  };
}

/** The pane's view of the totals, in the order of the summary sheet. */
export function totalsView(
  keys: SummaryKeys,
  totals: TotalsResult,
  sheet: string,
  printLayout = false,
): TotalsView {
  return {
    perTraining: keys.trainings.map((k) => ({
      ...row(k.key, k.label, totals.perTraining[k.key]),
      ...(k.key === UNKNOWN_TRAINING ? {} : { short: k.key }),
    })),
    perUnit: keys.units.map((k) => row(k.key, k.label, totals.perUnit[recordKey('unit', k)])),
    perPerson: keys.people.map((k) => row(k.key, k.label, totals.perPerson[recordKey('person', k)])),
    grandTotal: row('total', msg('totals-whole-region', {}), totals.grandTotal),
    sheet,
    printLayout,
  };
}

/** The layout for what was read (goals as values when the overall plan came from a file). */
export function layoutFor(read: LogRead): { layout: SummaryLayout; keys: SummaryKeys; totals: TotalsResult } {
  const keys = summaryKeys(read.snapshot, read.settings);
  const totals = computeTotals(read.snapshot, read.settings);
  const layout = buildSummaryLayout({
    rounds: roundLocations(read),
    overall: read.overallLocation,
    keys,
    goals: read.overallLocation === null ? totals : undefined,
  });
  return { layout, keys, totals };
}

/** The layout's cells as one block of inputs and number formats over `area` (from A1), words in `lang`. */
function block(
  layout: SummaryLayout,
  area: Rect,
  lang: Lang,
): { inputs: (string | number | boolean)[][]; formats: string[][]; bold: string[] } {
  const h = area.r1 - area.r0 + 1;
  const w = area.c1 - area.c0 + 1;
  const inputs = Array.from({ length: h }, () => new Array<string | number | boolean>(w).fill(''));
  const formats = Array.from({ length: h }, () => new Array<string>(w).fill('General'));
  const bold: string[] = [];
  for (const c of layout.cells) {
    const p = parseA1(c.address)!;
    const i = p.row1 - area.r0;
    const j = p.col0 - area.c0;
    const value = typeof c.value === 'number' ? c.value : textOf(lang, c.value ?? '');
    inputs[i][j] = c.formula !== undefined ? c.formula : toInput(value);
    if (c.numberFormat) formats[i][j] = c.numberFormat;
    if (c.bold) bold.push(c.address);
  }
  return { inputs, formats, bold };
}

/** The summary tab written anew (live formulas and the chart) and the totals for the pane. */
export function refreshTotals(session: GatewaySession, lang: Lang = 'sv'): Promise<TotalsView> {
  return runExcel((context) => refreshSummary(context, session.overallFile, lang));
}

/**
 * Writes the summary and returns the totals for the pane. Syncs: 3 (4 when the overall plan is a
 * tab found only by its headers): names and settings · every tab's values, the summary sheet's
 * values and charts · the write.
 */
async function refreshSummary(
  context: Excel.RequestContext,
  overallFile: OverallSheet | null,
  lang: Lang,
): Promise<TotalsView> {
  const areaItem = context.workbook.settings.getItemOrNullObject(SUMMARY_AREA_KEY).load('value');
  let getSummary: (() => unknown[][]) | null = null;
  let charts: Excel.ChartCollection | null = null;
  let breaks: Excel.PageBreakCollection | null = null;
  const print = supportsExcelApi('1.9');
  const read = await readLogIn(context, overallFile, {
    withInfo: (info) => {
      const sheet = info.tabs.summary;
      if (sheet === null) return;
      getSummary = queueValues(context, sheet);
      const ws = context.workbook.worksheets.getItem(sheet);
      charts = ws.charts.load('items/name');
      if (print) breaks = ws.horizontalPageBreaks.load('items/rowIndex');
    },
  });
  const { layout, keys, totals } = layoutFor(read);
  const existing = read.info.tabs.summary;
  const sheetName = existing ?? TAB_NAMES.summary;
  const stored = parseArea(areaItem.isNullObject ? undefined : areaItem.value);
  const oldArea = stored !== null && stored.sheet === sheetName ? rect(stored.range) : null;
  const newArea = rect(layout.usedRange)!;

  // The coordinator's cells where the new area goes: stop before writing anything.
  const current = (getSummary as (() => unknown[][]) | null)?.() ?? [];
  const blocked: string[] = [];
  for (let r = newArea.r0; r <= newArea.r1; r++) {
    for (let c = newArea.c0; c <= newArea.c1; c++) {
      const v = current[r - 1]?.[c];
      if (v === '' || v === null || v === undefined || inside(oldArea, r, c)) continue;
      blocked.push(a1(r, c));
    }
  }
  if (blocked.length > 0) {
    throw new GatewayError(
      'cells-taken',
      msg('workbook-summary-cells-taken', {
        sheet: sheetName,
        range: layout.usedRange,
        cells: blocked.slice(0, 5),
        more: Math.max(0, blocked.length - 5),
      }),
    );
  }

  const ws =
    existing !== null
      ? context.workbook.worksheets.getItem(sheetName)
      : context.workbook.worksheets.add(sheetName);
  if (oldArea !== null) transient(ws.getRange(stored!.range)).clear('All');
  const { inputs, formats, bold } = block(layout, newArea, lang);
  const target = transient(ws.getRange(layout.usedRange));
  target.clear('All');
  target.formulas = inputs;
  target.numberFormat = formats;
  for (const address of bold) transient(ws.getRange(address)).format.font.bold = true;
  if (existing === null) {
    transient(ws.getRange('A:A')).format.columnWidth = 260;
    transient(ws.getRange('B:F')).format.columnWidth = 110;
  }
  const loadedCharts = charts as Excel.ChartCollection | null;
  for (const chart of loadedCharts?.items ?? []) if (chart.name === CHART_NAME) chart.delete();
  const chart = ws.charts.add('ColumnClustered', transient(ws.getRange(layout.chart.dataRange)), 'Auto');
  chart.name = CHART_NAME;
  chart.title.text = render(lang, layout.chart.title);
  chart.setPosition(CHART_FROM, CHART_TO);
  if (print) queuePrintLayout(ws, layout, [oldArea, newArea], breaks);
  context.workbook.settings.add(
    SUMMARY_AREA_KEY,
    JSON.stringify({ sheet: sheetName, range: layout.usedRange } satisfies SummaryArea),
  );
  await context.sync();
  return totalsView(keys, totals, sheetName, print);
}

/**
 * A4 landscape, centred; the table and the chart as the print area; a page break before each
 * section but the first. Page breaks in the rows of the add-in's area (old and new) are its own
 * and are removed first; the coordinator's elsewhere stay.
 */
function queuePrintLayout(
  ws: Excel.Worksheet,
  layout: SummaryLayout,
  areas: (Rect | null)[],
  existing: Excel.PageBreakCollection | null,
): void {
  const page = ws.pageLayout;
  page.orientation = 'Landscape';
  page.paperSize = 'A4';
  page.centerHorizontally = true;
  page.setPrintArea(`${layout.usedRange},${CHART_FROM}:${CHART_TO}`);
  // rowIndex is 0-based: the first row of the page after the break.
  const ours = (rowIndex: number) =>
    areas.some((a) => a !== null && rowIndex + 1 >= a.r0 && rowIndex + 1 <= a.r1);
  for (const b of existing?.items ?? []) if (ours(b.rowIndex)) b.delete();
  for (const row of layout.sections.slice(1)) ws.horizontalPageBreaks.add(`A${row}`);
}
