// Reading the rows of tab 2 (contacts) back from the workbook's cell values.
import type { HeaderMatch } from '../headers/findHeader';
import type { CellGrid, CellValue } from '../headers/cell';
import type { ContactColumn, LogContactRow, Settings } from '../model';
import { readDate } from '../values/date';
import { cleanText } from '../values/text';
import { a1 } from './a1';
import { isBlankAt, isRepeatedHeader, isTotalsRow } from './rowKinds';

/** "Plan inkommen": an Excel date serial becomes its ISO day; text stays as written. */
function receivedText(v: CellValue, programmeYear: number, date1904: boolean): string {
  if (typeof v === 'number') {
    const d = readDate(v, programmeYear, date1904);
    return d.kind === 'day' && d.day ? d.day : String(v);
  }
  return cleanText(v);
}

/**
 * The contact rows below the header, one per filled row; blank, repeated-header and totals rows
 * are skipped.
 *
 * @param firstRow 1-based Excel row of values[0]
 * @param firstCol 0-based Excel column of values[i][0]
 * @param date1904 the workbook's date system (its date cells hold 1904-system serials)
 */
export function readContactRows(
  values: CellGrid,
  header: HeaderMatch<ContactColumn>,
  sheet: string,
  firstRow: number,
  firstCol: number,
  settings: Settings,
  date1904 = false,
): LogContactRow[] {
  const mapped = Object.entries(header.columns) as [ContactColumn, number][];
  const cols = mapped.map(([, c]) => c);
  const headerCells = values[header.headerRow] ?? [];
  const out: LogContactRow[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (isBlankAt(row, cols) || isRepeatedHeader(row, headerCells, cols) || isTotalsRow(row, header.columns))
      continue;
    const get = (c: ContactColumn): CellValue => {
      const i = header.columns[c];
      return i === undefined ? '' : (row[i] ?? '');
    };
    const cells: Partial<Record<ContactColumn, string>> = {};
    for (const [column, c] of mapped) cells[column] = a1(firstRow + r, firstCol + c);
    out.push({
      sheet,
      row: firstRow + r,
      name: cleanText(get('name')),
      title: cleanText(get('title')),
      unit: cleanText(get('unit')),
      region: cleanText(get('region')),
      email: cleanText(get('email')),
      phone: cleanText(get('phone')),
      trainings: cleanText(get('trainings')),
      planReceived: receivedText(get('planReceived'), settings.programmeYear, date1904),
      cells,
    });
  }
  return out;
}
