// The summary sheet as cells: live formulas over the 3.x tabs and the overall plan, per
// training, per unit, per spridningsledare and in total, with a note on what is counted. Words
// (title, notes, headings) are message codes: the excel layer writes them in the workbook's
// language.
import { colLetter } from '../log/a1';
import { msg, type Message } from '../messages';
import type { Round } from '../model';
import type { Totals } from './computeTotals';
import { countedNumbers, columnRange, equalsAny, isDone, notRows, onRows, sumProduct } from './formulaText';
import { recordKey, type Dimension, type SummaryKey, type SummaryKeys } from './groups';
import { summaryNote } from './summaryNote';

export interface RoundTabLocation {
  sheet: string;
  /** 0-based column index or letters of each column the formulas read. */
  columns: {
    person: number | string;
    training: number | string;
    unit: number | string;
    plannedNumber: number | string;
    status: number | string;
    reached: number | string;
  };
  /** 1-based Excel rows of the span counted: from the first row under the header to the last
   *  row that may hold data (blank rows in the span count 0; leave room for new rows). */
  firstDataRow: number;
  lastDataRow: number;
  /** Sum rows ("Summa", "Totalt") inside the span: never counted (see sumRowNumbers). */
  excludeRows?: number[];
}

export interface OverallLocation {
  sheet: string;
  /** The goal column ("Mål antal"). */
  goalColumn: number | string;
}

export interface SummaryInput {
  /** Where each round's tab is; a round without a tab counts 0. */
  rounds: Partial<Record<Round, RoundTabLocation>>;
  /** The overall plan's tab in this workbook, or null when it came from a separate file. */
  overall: OverallLocation | null;
  keys: SummaryKeys;
  /** Goals per key and in total as computed (computeTotals), written as values when `overall` is null. */
  goals?: {
    perTraining: Record<string, Totals>;
    perUnit: Record<string, Totals>;
    perPerson: Record<string, Totals>;
    grandTotal: Totals;
  };
}

export interface SummaryCell {
  address: string;
  /** A number, a text of the log (a name, a unit), or words to write in the workbook's language. */
  value?: string | number | Message;
  formula?: string;
  bold?: boolean;
  numberFormat?: string;
}

export interface SummaryLayout {
  cells: SummaryCell[];
  usedRange: string;
  chart: { dataRange: string; title: Message };
  /** The 1-based row of each section's heading (per training, unit, person, total): where a printed page starts. */
  sections: number[];
}

const HEADERS = (['goal', 'planned', 'reached1', 'reached2', 'share'] as const).map((column) =>
  msg('totals-column', { column }),
);

export type Measure = 'planned' | 'reached1' | 'reached2';

export function roundOf(m: Measure): Round {
  return m === 'planned' ? 'plan' : m === 'reached1' ? 'aterrap1' : 'aterrap2';
}

/** The formula (without "=") summing a measure over a round tab, for the rows of `key` in column `by` (all rows when null). */
export function measureFormula(
  loc: RoundTabLocation,
  m: Measure,
  by: keyof RoundTabLocation['columns'] | null,
  key: SummaryKey | null,
): string {
  const r = (col: keyof RoundTabLocation['columns']) =>
    columnRange(loc.sheet, loc.columns[col], loc.firstDataRow, Math.max(loc.lastDataRow, loc.firstDataRow));
  const value = m === 'planned' ? r('plannedNumber') : r('reached');
  const round = roundOf(m);
  let criterion: string | null = null;
  if (by !== null && key !== null) {
    criterion = equalsAny(r(by), key.match);
    const also = key.alsoRows?.[round] ?? [];
    if (also.length > 0) criterion = `(${criterion}+${onRows(r(by), also)})`;
    const not = key.notRows?.[round] ?? [];
    if (not.length > 0) criterion = `${criterion}*(1-${onRows(r(by), not)})`;
  }
  return sumProduct([
    criterion,
    m === 'planned' ? null : isDone(r('status')),
    notRows(value, loc.excludeRows ?? []),
    countedNumbers(value),
  ]);
}

export function goalFormula(o: OverallLocation, rows: number[]): string | null {
  if (rows.length === 0) return null;
  const range = columnRange(o.sheet, o.goalColumn, Math.min(...rows), Math.max(...rows));
  return sumProduct([onRows(range, rows), countedNumbers(range)]);
}

export function buildSummaryLayout(input: SummaryInput): SummaryLayout {
  const cells: SummaryCell[] = [];
  let row = 1;
  const put = (col: number, cell: Omit<SummaryCell, 'address'>) =>
    cells.push({ address: `${colLetter(col)}${row}`, ...cell });

  put(0, { value: msg('totals-title', {}), bold: true });
  row += 1;
  for (const line of summaryNote(input.overall === null)) {
    put(0, { value: line });
    row++;
  }
  row++;

  const measureCell = (
    col: number,
    m: Measure,
    by: keyof RoundTabLocation['columns'] | null,
    key: SummaryKey | null,
  ) => {
    const loc = input.rounds[roundOf(m)];
    const rowsOnly =
      key !== null && key.match.length === 0 && (key.alsoRows?.[roundOf(m)]?.length ?? 0) === 0;
    if (!loc || rowsOnly) put(col, { value: 0, numberFormat: '0' });
    else put(col, { formula: `=${measureFormula(loc, m, by, key)}`, numberFormat: '0' });
  };
  const goalCell = (key: SummaryKey | null, value: number) => {
    const f =
      input.overall === null ? null : goalFormula(input.overall, key?.goalRows ?? allGoalRows(input.keys));
    if (f === null) put(1, { value: input.overall === null ? value : 0, numberFormat: '0' });
    else put(1, { formula: `=${f}`, numberFormat: '0' });
  };
  const shareCell = () => put(5, { formula: `=IF(B${row}>0,E${row}/B${row},"")`, numberFormat: '0%' });

  const sections: number[] = [];
  const section = (
    dim: Dimension,
    keys: SummaryKey[],
    by: keyof RoundTabLocation['columns'],
    goals: Record<string, Totals> | undefined,
  ) => {
    sections.push(row);
    put(0, { value: msg('totals-section', { section: dim }), bold: true });
    HEADERS.forEach((h, i) => put(i + 1, { value: h, bold: true }));
    const headerRow = row;
    row++;
    for (const k of keys) {
      put(0, { value: k.label });
      goalCell(k, goals?.[recordKey(dim, k)]?.goal ?? 0);
      measureCell(2, 'planned', by, k);
      measureCell(3, 'reached1', by, k);
      measureCell(4, 'reached2', by, k);
      shareCell();
      row++;
    }
    const last = row - 1;
    row++;
    return { headerRow, last };
  };

  const t = section('training', input.keys.trainings, 'training', input.goals?.perTraining);
  const chartFirst = t.headerRow;
  const chartLast = Math.max(t.last, t.headerRow);
  section('unit', input.keys.units, 'unit', input.goals?.perUnit);
  section('person', input.keys.people, 'person', input.goals?.perPerson);

  sections.push(row);
  put(0, { value: msg('totals-section', { section: 'total' }), bold: true });
  HEADERS.forEach((h, i) => put(i + 1, { value: h, bold: true }));
  row++;
  put(0, { value: msg('totals-whole-region', {}), bold: true });
  goalCell(null, input.goals?.grandTotal.goal ?? 0);
  measureCell(2, 'planned', null, null);
  measureCell(3, 'reached1', null, null);
  measureCell(4, 'reached2', null, null);
  shareCell();

  return {
    cells,
    usedRange: `A1:F${row}`,
    chart: { dataRange: `A${chartFirst}:E${chartLast}`, title: msg('totals-chart-title', {}) },
    sections,
  };
}

export function allGoalRows(keys: SummaryKeys): number[] {
  return [...new Set(keys.trainings.flatMap((k) => k.goalRows))].sort((a, b) => a - b);
}
