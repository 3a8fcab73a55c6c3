// Excel rows of the sum rows ("Summa", "Totalt", or only numbers) under a header: the summary's
// formulas must skip them as readActivityRows does.
import type { HeaderMatch } from '../headers/findHeader';
import type { CellGrid } from '../headers/cell';
import { isBlankAt, isBlankCell, isTotalsRow } from './rowKinds';

const SUM_COLUMNS = new Set(['plannedNumber', 'reached', 'goal']);

export function sumRowNumbers<C extends string>(
  values: CellGrid,
  header: HeaderMatch<C>,
  firstRow: number,
): number[] {
  const mapped = Object.entries(header.columns) as [string, number][];
  const cols = mapped.map(([, c]) => c);
  const out: number[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (isBlankAt(row, cols)) continue;
    const labelled = isTotalsRow(row, header.columns);
    const numbersOnly = mapped.every(([column, i]) => SUM_COLUMNS.has(column) || isBlankCell(row[i]));
    if (labelled || numbersOnly) out.push(firstRow + r);
  }
  return out;
}
