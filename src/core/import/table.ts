// Where a tab's table is: its header row and columns (found by header text, see
// ../headers), its data rows, and a trailing totals row if there is one.
import { cleanText } from '../values/text';
import { type Grid, isEmptyValue } from './grid';

export interface Table {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Canonical column → 0-based column. */
  columns: Partial<Record<string, number>>;
  /** Columns that belong to the table: every header cell that is not empty, plus the canonical ones. */
  width: number;
  /** 0-based rows after the header holding anything in the table's columns, totals row excluded. */
  dataRows: number[];
  /** Last data row, or the header row when there is none. */
  lastDataRow: number;
  /** 0-based row of a trailing totals row ("Summa", or SUM/SUBTOTAL formulas), or null. */
  totalsRow: number | null;
}

const TOTAL_WORDS = /^(summa|totalt?|total|delsumma|sum)\b/i;
const TOTAL_FUNCTIONS = /^=\s*(SUM|SUMMA|SUBTOTAL|DELSUMMA|SUMIFS?|SUMMA\.OM|AGGREGATE)\s*\(/i;

function isTotalsRow(grid: Grid, row: number, width: number): boolean {
  let firstText: string | null = null;
  let totalFormula = false;
  for (let c = 0; c < width; c++) {
    const f = grid.formulas[row]?.[c];
    const v = grid.values[row]?.[c];
    if (typeof f === 'string' && TOTAL_FUNCTIONS.test(f)) totalFormula = true;
    if (firstText === null && typeof v === 'string' && v.trim() !== '') firstText = cleanText(v);
  }
  return totalFormula || (firstText !== null && TOTAL_WORDS.test(firstText));
}

function rowIsEmpty(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++)
    if (!isEmptyValue(grid.values[row]?.[c]) || !isEmptyValue(grid.formulas[row]?.[c])) return false;
  return true;
}

/** The table under a header found at `headerRow` with canonical `columns`. */
export function tableOf(grid: Grid, headerRow: number, columns: Partial<Record<string, number>>): Table {
  let width = 0;
  const header = grid.values[headerRow] ?? [];
  header.forEach((v, c) => {
    if (!isEmptyValue(v)) width = Math.max(width, c + 1);
  });
  for (const c of Object.values(columns)) if (c !== undefined) width = Math.max(width, c + 1);
  const dataRows: number[] = [];
  let totalsRow: number | null = null;
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    if (rowIsEmpty(grid, r, width)) continue;
    if (isTotalsRow(grid, r, width)) {
      totalsRow = r;
      break;
    }
    dataRows.push(r);
  }
  return {
    sheet: grid.sheet,
    headerRow,
    columns,
    width,
    dataRows,
    lastDataRow: dataRows.length > 0 ? dataRows[dataRows.length - 1] : headerRow,
    totalsRow,
  };
}
