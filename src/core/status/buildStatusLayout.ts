// The status sheet (guide steps 2.5/2.8) as cells: title, key figures, and a table per training
// and per unit of goal, planned and reached at the round, with the share of the goal. Every
// number that the summary tab has is a live formula built by the summary's own builders
// (src/core/totals/buildSummaryLayout.ts), so the sheet, the summary and computeTotals count the
// same. Words are message codes; the excel layer writes them in the workbook's language.
import { msg } from '../messages';
import {
  allGoalRows,
  goalFormula,
  measureFormula,
  roundOf,
  type Measure,
  type OverallLocation,
  type RoundTabLocation,
  type SummaryCell,
} from '../totals/buildSummaryLayout';
import type { SummaryKey, SummaryKeys } from '../totals/groups';
import type { Message } from '../messages';
import type { Round } from '../model';
import type { ReportRound } from '../model';
import type { StatusReport, StatusRow } from './statusReport';

export interface StatusLayoutInput {
  report: StatusReport;
  rounds: Partial<Record<Round, RoundTabLocation>>;
  overall: OverallLocation | null;
  /** Every key of the summary (the total's goal sums the goal rows of all of them). */
  keys: SummaryKeys;
  /** The summary tab's name, for the note. */
  summarySheet: string;
}

export interface StatusChart {
  /** A1 range of the chart's data: names and goal, planned, reached. */
  dataRange: string;
  title: Message;
  /** Cells it is anchored between. */
  from: string;
  to: string;
}

export interface StatusLayout {
  cells: SummaryCell[];
  usedRange: string;
  charts: StatusChart[];
  /** The tables and the charts beside them: what is printed. */
  printArea: string;
}

/** Rows a chart takes beside its table (about 320 points). */
const CHART_ROWS = 16;
const CHART_FROM_COL = 'G';
const CHART_TO_COL = 'P';

export function buildStatusLayout(input: StatusLayoutInput): StatusLayout {
  const { report } = input;
  const round: ReportRound = report.round;
  const reachedMeasure: Measure = round === 'aterrap1' ? 'reached1' : 'reached2';
  const cells: SummaryCell[] = [];
  let row = 1;
  const put = (col: string, cell: Omit<SummaryCell, 'address'>) =>
    cells.push({ address: `${col}${row}`, ...cell });

  const measure = (col: string, m: Measure, by: 'training' | 'unit' | null, key: SummaryKey | null) => {
    const loc = input.rounds[roundOf(m)];
    const rowsOnly =
      key !== null && key.match.length === 0 && (key.alsoRows?.[roundOf(m)]?.length ?? 0) === 0;
    if (!loc || rowsOnly) put(col, { value: 0, numberFormat: '0' });
    else put(col, { formula: `=${measureFormula(loc, m, by, key)}`, numberFormat: '0' });
  };
  const goal = (col: string, key: SummaryKey | null, value: number) => {
    const f =
      input.overall === null ? null : goalFormula(input.overall, key?.goalRows ?? allGoalRows(input.keys));
    if (f === null) put(col, { value: input.overall === null ? value : 0, numberFormat: '0' });
    else put(col, { formula: `=${f}`, numberFormat: '0' });
  };
  const share = (col: string, goalCol: string, reachedCol: string) =>
    put(col, {
      formula: `=IF(${goalCol}${row}>0,${reachedCol}${row}/${goalCol}${row},"")`,
      numberFormat: '0%',
    });

  put('A', { value: msg('status-title', { round }), bold: true });
  row++;
  put('A', { value: msg('status-subtitle', { date: report.date }) });
  row++;
  put('A', { value: msg('status-note', { round, summary: input.summarySheet }) });
  row += 2;

  put('A', { value: msg('status-key-figures', {}), bold: true });
  row++;
  const figureRow: Record<string, number> = {};
  const figure = (
    f: 'goal' | 'planned' | 'reached' | 'share' | 'people' | 'reporting',
    value: () => void,
  ) => {
    put('A', { value: msg('status-figure', { figure: f, round }) });
    figureRow[f] = row;
    value();
    row++;
  };
  figure('goal', () => goal('B', null, report.total.goal));
  figure('planned', () => measure('B', 'planned', null, null));
  figure('reached', () => measure('B', reachedMeasure, null, null));
  figure('share', () =>
    put('B', {
      formula: `=IF(B${figureRow.goal}>0,B${figureRow.reached}/B${figureRow.goal},"")`,
      numberFormat: '0%',
    }),
  );
  figure('people', () => put('B', { value: report.people, numberFormat: '0' }));
  figure('reporting', () => put('B', { value: report.reporting, numberFormat: '0' }));
  row++;

  const charts: StatusChart[] = [];
  let chartFree = 1;
  const section = (dim: 'training' | 'unit', rows: StatusRow[]) => {
    put('A', { value: msg('status-section', { section: dim }), bold: true });
    row++;
    const header = row;
    (['name', 'goal', 'planned', 'reached', 'share'] as const).forEach((column, i) =>
      put('ABCDE'[i], { value: msg('status-column', { column, section: dim, round }), bold: true }),
    );
    row++;
    for (const r of rows) {
      put('A', { value: r.label });
      goal('B', r.key, r.goal);
      measure('C', 'planned', dim, r.key);
      measure('D', reachedMeasure, dim, r.key);
      share('E', 'B', 'D');
      row++;
    }
    const last = Math.max(row - 1, header);
    const from = Math.max(header, chartFree);
    charts.push({
      dataRange: `A${header}:D${last}`,
      title: msg('status-chart-title', { section: dim, round }),
      from: `${CHART_FROM_COL}${from}`,
      to: `${CHART_TO_COL}${from + CHART_ROWS}`,
    });
    chartFree = from + CHART_ROWS + 1;
    row++;
  };
  section('training', report.perTraining);
  section('unit', report.perUnit);
  // Rows below the tables for the last chart, so the print area holds it.
  const lastRow = Math.max(row - 1, chartFree - 1);
  return { cells, usedRange: `A1:E${row - 1}`, charts, printArea: `A1:${CHART_TO_COL}${lastRow}` };
}
