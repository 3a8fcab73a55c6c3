// A plan's contact details as the cells of tab 2 and whether they differ from the row there.
// Decision: a field the new plan leaves empty keeps what the row already says (a plan without
// a phone number does not erase the one the coordinator has). "Plan inkommen" is set to the
// day of the import on every import of that person's plan.
import type { Contact, ContactColumn } from '../model';
import { cleanText } from '../values/text';
import type { CellOut } from './cellOut';
import { DATE_FORMAT, isoToSerial } from './excelDate';

const DETAIL_COLUMNS: ContactColumn[] = ['name', 'title', 'unit', 'region', 'email', 'phone', 'trainings'];

function detail(c: Contact, column: ContactColumn): string {
  switch (column) {
    case 'name':
      return c.name;
    case 'title':
      return c.title;
    case 'unit':
      return c.unit;
    case 'region':
      return c.region;
    case 'email':
      return c.email;
    case 'phone':
      return c.phone;
    case 'trainings':
      return c.trainingsRaw;
    default:
      return '';
  }
}

export interface ContactWrite {
  change: 'new' | 'changed' | 'unchanged';
  /** Canonical column → cell to write (a new row: every column; an existing row: what differs, and the date). */
  cells: Partial<Record<ContactColumn, CellOut>>;
}

/**
 * What to write for `contact` given the row's current cells (`current`: column → value, or null
 * for a person not in tab 2 yet), on day `todayIso`, in the workbook's date system.
 */
export function contactWrite(
  contact: Contact,
  current: Partial<Record<ContactColumn, unknown>> | null,
  todayIso: string,
  date1904 = false,
): ContactWrite {
  const date: CellOut = { value: isoToSerial(todayIso, date1904), numberFormat: DATE_FORMAT };
  if (current === null) {
    const cells: Partial<Record<ContactColumn, CellOut>> = { planReceived: date };
    for (const col of DETAIL_COLUMNS) cells[col] = { value: detail(contact, col) };
    return { change: 'new', cells };
  }
  const cells: Partial<Record<ContactColumn, CellOut>> = {};
  for (const col of DETAIL_COLUMNS) {
    if (col === 'name') continue; // the row was found by this name; its spelling stays
    const next = detail(contact, col);
    if (next === '') continue;
    if (cleanText(current[col]) !== next) cells[col] = { value: next };
  }
  const change = Object.keys(cells).length > 0 ? 'changed' : 'unchanged';
  cells.planReceived = date;
  return { change, cells };
}
