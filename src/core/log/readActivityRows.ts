// Reading the activity rows of a 3.x tab back from the workbook's cell values.
import type { HeaderMatch } from '../headers/findHeader';
import type { CellGrid, CellValue } from '../headers/cell';
import type { ActivityColumn, LogActivityRow, Settings } from '../model';
import { readDate } from '../values/date';
import { readNumber } from '../values/number';
import { readStatus } from '../values/status';
import { cleanText } from '../values/text';
import { readTraining } from '../values/training';
import { a1 } from './a1';
import { isBlankAt, isBlankCell, isRepeatedHeader, isTotalsRow } from './rowKinds';

const SUM_COLUMNS = new Set<ActivityColumn>(['plannedNumber', 'reached']);

/** A row with only Planerat antal / Antal nådda filled and nothing else: an unlabelled sum row. */
function onlyNumbers(row: readonly CellValue[], header: HeaderMatch<ActivityColumn>): boolean {
  return (Object.entries(header.columns) as [ActivityColumn, number][]).every(
    ([column, i]) => SUM_COLUMNS.has(column) || isBlankCell(row[i]),
  );
}

/** A row with only the name column filled: a note under the table or a block's name row, no activity. */
function onlyPerson(row: readonly CellValue[], header: HeaderMatch<ActivityColumn>): boolean {
  return (Object.entries(header.columns) as [ActivityColumn, number][]).every(
    ([column, i]) => column === 'person' || isBlankCell(row[i]),
  );
}

/**
 * The activity rows below the header. Skips blank separator rows, repeated header rows and
 * totals rows ("Summa", "Totalt"), and rows with nothing but the name column filled (a note
 * written under the table, or a name written on its own row above its block). A row without a name in the yellow column takes the name of
 * the row above when no blank row separates them (a name written once, or merged, over a
 * person's block); such a row's `cells.person` is the cell the name was written in.
 *
 * @param firstRow 1-based Excel row of values[0]
 * @param firstCol 0-based Excel column of values[i][0]
 * @param date1904 the workbook's date system (its date cells hold 1904-system serials)
 */
export function readActivityRows(
  values: CellGrid,
  header: HeaderMatch<ActivityColumn>,
  sheet: string,
  firstRow: number,
  firstCol: number,
  settings: Settings,
  date1904 = false,
): LogActivityRow[] {
  const mapped = Object.entries(header.columns) as [ActivityColumn, number][];
  const cols = mapped.map(([, c]) => c);
  const headerCells = values[header.headerRow] ?? [];
  const out: LogActivityRow[] = [];
  let carriedPerson = '';
  let carriedCell = '';
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (isBlankAt(row, cols)) {
      carriedPerson = '';
      continue;
    }
    if (
      isRepeatedHeader(row, headerCells, cols) ||
      isTotalsRow(row, header.columns) ||
      onlyNumbers(row, header)
    ) {
      carriedPerson = '';
      continue;
    }
    if (onlyPerson(row, header)) {
      const personCol = header.columns.person;
      carriedPerson = personCol === undefined ? '' : cleanText(row[personCol]);
      if (personCol !== undefined) carriedCell = a1(firstRow + r, firstCol + personCol);
      continue;
    }
    const get = (c: ActivityColumn): CellValue => {
      const i = header.columns[c];
      return i === undefined ? '' : (row[i] ?? '');
    };
    let person = cleanText(get('person'));
    const personCol = header.columns.person;
    if (person === '') person = carriedPerson;
    else {
      carriedPerson = person;
      if (personCol !== undefined) carriedCell = a1(firstRow + r, firstCol + personCol);
    }
    const cells: Partial<Record<ActivityColumn, string>> = {};
    for (const [column, c] of mapped) cells[column] = a1(firstRow + r, firstCol + c);
    // A carried name points at the cell it was written in (as the overall plan's filled-down values do).
    if (person !== '' && isBlankCell(get('person')) && carriedCell !== '') cells.person = carriedCell;
    out.push({
      sheet,
      row: firstRow + r,
      person,
      training: readTraining(get('training'), settings.catalogue),
      activity: cleanText(get('activity')),
      targetGroup: cleanText(get('targetGroup')),
      unit: cleanText(get('unit')),
      plannedDate: readDate(get('plannedDate'), settings.programmeYear, date1904),
      plannedNumber: readNumber(get('plannedNumber')),
      status: readStatus(get('status')),
      doneDate: readDate(get('doneDate'), settings.programmeYear, date1904),
      reached: readNumber(get('reached')),
      comment: cleanText(get('comment')),
      cells,
    });
  }
  return out;
}
