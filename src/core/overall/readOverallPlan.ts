// Reading the overall spread plan (Övergripande spridningsplan) from a sheet's values: who
// shall spread which training in which unit, to how many people.
import type { CellGrid, CellValue } from '../headers/cell';
import { OVERALL_HEADERS } from '../headers/columns';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from '../headers/findHeader';
import { a1 } from '../log/a1';
import { isBlankAt, isBlankCell, isRepeatedHeader, isTotalsRow } from '../log/rowKinds';
import { msg } from '../messages';
import type { OverallAssignment, OverallColumn, Problem, Settings } from '../model';
import { readNumber } from '../values/number';
import { cleanText } from '../values/text';
import { readTraining } from '../values/training';
import { fillMerged } from './merges';

export interface OverallPlanReading {
  assignments: OverallAssignment[];
  problems: Problem[];
}

/** Columns whose value, written once over several rows, belongs to each row of the group. */
const GROUP_COLUMNS: OverallColumn[] = ['training', 'unit', 'period'];

const REQUIRED: OverallColumn[] = ['training', 'person', 'goal'];

function headerText(column: OverallColumn): string {
  return OVERALL_HEADERS.find((d) => d.column === column)?.header ?? column;
}

/**
 * The assignments of an overall plan. Tolerates title and instruction rows, header variants,
 * another column order, merged cells (`merges`: the sheet's merged areas as A1 ranges), a
 * training or unit written once over several rows (filled down to the rows that have a person),
 * blank separator rows, "Summa" rows and goals stored as text.
 *
 * @param firstRow 1-based Excel row of values[0]
 * @param firstCol 0-based Excel column of values[i][0]
 * @param stored   the user's remembered header texts per column
 */
export function readOverallPlan(
  values: CellGrid,
  merges: string[],
  sheet: string,
  firstRow: number,
  firstCol: number,
  settings: Settings,
  stored?: Partial<Record<OverallColumn, string>>,
): OverallPlanReading {
  const problems: Problem[] = [];
  const header = findHeader(values, 'overall', stored);
  if (header === null) {
    problems.push({
      code: 'overall-no-header',
      severity: 'error',
      message: msg('overall-no-header', { sheet, rows: HEADER_SEARCH_ROWS }),
      where: { source: sheet },
    });
    return { assignments: [], problems };
  }
  const missing = REQUIRED.filter((c) => header.columns[c] === undefined);
  if (missing.length > 0) {
    problems.push({
      code: 'overall-missing-column',
      severity: 'error',
      message: msg('overall-missing-columns', {
        sheet,
        row: firstRow + header.headerRow,
        columns: missing.map(headerText),
      }),
      where: { source: sheet, row: 1, column: headerText(missing[0]) },
    });
    if (header.columns.person === undefined || header.columns.training === undefined)
      return { assignments: [], problems };
  }
  const groupCols = new Set(
    GROUP_COLUMNS.map((c) => header.columns[c]).filter((c): c is number => c !== undefined),
  );
  const grid = fillMerged(values, merges, firstRow, firstCol, groupCols);
  return { assignments: readRows(grid, header, sheet, firstRow, firstCol, settings, problems), problems };
}

function readRows(
  grid: CellValue[][],
  header: HeaderMatch<OverallColumn>,
  sheet: string,
  firstRow: number,
  firstCol: number,
  settings: Settings,
  problems: Problem[],
): OverallAssignment[] {
  const mapped = Object.entries(header.columns) as [OverallColumn, number][];
  const cols = mapped.map(([, c]) => c);
  const headerCells = grid[header.headerRow] ?? [];
  const out: OverallAssignment[] = [];
  // The last value seen in each group column and the cell it was written in.
  let carried: Partial<Record<OverallColumn, { value: CellValue; cell: string }>> = {};
  for (let r = header.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const excelRow = firstRow + r;
    if (isBlankAt(row, cols)) continue;
    if (isRepeatedHeader(row, headerCells, cols) || isTotalsRow(row, header.columns)) {
      carried = {};
      continue;
    }
    const cellOf = (c: OverallColumn): string | undefined => {
      const i = header.columns[c];
      return i === undefined ? undefined : a1(excelRow, firstCol + i);
    };
    const raw = (c: OverallColumn): CellValue => {
      const i = header.columns[c];
      return i === undefined ? '' : (row[i] ?? '');
    };
    for (const c of GROUP_COLUMNS) {
      if (header.columns[c] !== undefined && !isBlankCell(raw(c)))
        carried[c] = { value: raw(c), cell: cellOf(c)! };
    }
    const person = cleanText(raw('person'));
    const where = { source: sheet, row: r - header.headerRow + 1 };
    if (person === '') {
      if (!isBlankCell(raw('goal')))
        problems.push({
          code: 'overall-goal-without-person',
          severity: 'warning',
          message: msg('overall-goal-without-person', { sheet, row: excelRow }),
          where: { ...where, column: headerText('person') },
        });
      continue;
    }
    const cells: Partial<Record<OverallColumn, string>> = {};
    for (const [c] of mapped) cells[c] = cellOf(c);
    const group = (c: OverallColumn): CellValue => {
      const v = carried[c];
      if (v === undefined) return '';
      cells[c] = v.cell;
      return v.value;
    };
    const training = readTraining(group('training'), settings.catalogue);
    const goal = readNumber(raw('goal'));
    const a: OverallAssignment = {
      training,
      unit: cleanText(group('unit')),
      person,
      email: cleanText(raw('email')),
      goal,
      period: cleanText(group('period')),
      comment: cleanText(raw('comment')),
      sheet,
      row: excelRow,
      cells,
    };
    out.push(a);
    if (training.raw === '')
      problems.push({
        code: 'overall-missing-training',
        severity: 'warning',
        message: msg('overall-missing-training', {
          person,
          sheet,
          row: excelRow,
          cell: cellOf('training') ?? '',
        }),
        where: { ...where, column: headerText('training') },
      });
    else if (training.code === null)
      problems.push({
        code: 'overall-unknown-training',
        severity: 'warning',
        message: msg('overall-unknown-training', {
          training: training.raw,
          row: excelRow,
          cell: cells.training ?? '',
        }),
        where: { ...where, column: headerText('training') },
      });
    if (goal.kind === 'unreadable')
      problems.push({
        code: 'overall-unreadable-goal',
        severity: 'warning',
        message: msg('overall-unreadable-goal', {
          goal: goal.raw,
          person,
          row: excelRow,
          cell: cells.goal ?? '',
        }),
        where: { ...where, column: headerText('goal') },
      });
  }
  return out;
}
