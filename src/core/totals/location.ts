// Where a round tab's columns and rows are, for the summary's formulas, from its header match.
import type { HeaderMatch } from '../headers/findHeader';
import type { CellGrid } from '../headers/cell';
import { sumRowNumbers } from '../log/sumRows';
import type { ActivityColumn } from '../model';
import type { RoundTabLocation } from './buildSummaryLayout';

/** Rows below the last used row that the formulas still cover, for rows added by hand. */
export const SPARE_ROWS = 1000;

/**
 * The location of a round tab read as `values` (from Excel row `firstRow`, column `firstCol`),
 * or null when a column the formulas need (Spridningsledare, Utbildning, Verksamhet, Planerat
 * antal, Status, Antal nådda) is missing.
 */
export function roundTabLocation(
  sheet: string,
  values: CellGrid,
  header: HeaderMatch<ActivityColumn>,
  firstRow: number,
  firstCol: number,
  spareRows = SPARE_ROWS,
): RoundTabLocation | null {
  const need = ['person', 'training', 'unit', 'plannedNumber', 'status', 'reached'] as const;
  const columns = {} as RoundTabLocation['columns'];
  for (const c of need) {
    const i = header.columns[c];
    if (i === undefined) return null;
    columns[c] = firstCol + i;
  }
  const firstDataRow = firstRow + header.headerRow + 1;
  const lastUsed = firstRow + values.length - 1;
  return {
    sheet,
    columns,
    firstDataRow,
    lastDataRow: Math.max(lastUsed, firstDataRow) + spareRows,
    excludeRows: sumRowNumbers(values, header, firstRow),
  };
}
