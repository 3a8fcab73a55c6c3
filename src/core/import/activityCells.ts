// One activity of a personal plan as the cells of a round's tab. Decisions (see README of
// src/core/import):
// - numbers as numbers ("ca 20" → 20, "20-25" → 20) so SUM/SUMIFS count them; text that is no
//   number stays as written (a formula skips it, the flag "unreadable-number" finds it);
// - a day as an Excel date serial with a date format; weeks, months, terms and unreadable
//   dates stay as the text written;
// - status as its canonical word (Genomförd / Ej genomförd / Planerad) so formulas can match it;
// - training as "code name" from the catalogue ("HiS6 Migration och psykisk hälsa – grundkurs");
//   an unknown training stays as written;
// - where what we write differs from what was written, the original goes into Kommentar after
//   the comment: "Skrivet i planen: Planerat antal ”ca 20”; Status ”Klar”".
import type {
  Activity,
  ActivityColumn,
  DateReading,
  NumberReading,
  StatusValue,
  TrainingDef,
  TrainingReading,
} from '../model';
import { normaliseKey } from '../values/text';
import { type CellOut, EMPTY } from './cellOut';
import { DATE_FORMAT, isoToSerial } from './excelDate';

export const STATUS_WORDS: Record<StatusValue, string> = {
  done: 'Genomförd',
  notDone: 'Ej genomförd',
  planned: 'Planerad',
};

/** Swedish column names used in the "as written" note. */
const NOTE_LABELS: Partial<Record<ActivityColumn, string>> = {
  training: 'Utbildning',
  plannedDate: 'Planerat datum',
  plannedNumber: 'Planerat antal',
  status: 'Status',
  doneDate: 'Genomfört datum',
  reached: 'Antal nådda',
};

export const NOTE_PREFIX = 'Skrivet i planen: ';

export function trainingLabel(t: TrainingReading, catalogue: TrainingDef[]): string {
  if (t.code === null) return t.raw;
  const def = catalogue.find((d) => d.code.toLowerCase() === t.code!.toLowerCase());
  return def ? `${def.code} ${def.name}` : t.code;
}

function numberCell(n: NumberReading): CellOut {
  if (n.kind === 'empty') return EMPTY;
  if ((n.kind === 'number' || n.kind === 'range') && n.value !== null) return { value: n.value };
  return { value: n.raw };
}

function dateCell(d: DateReading, date1904: boolean): CellOut {
  if (d.kind === 'empty') return EMPTY;
  if (d.kind === 'day' && d.day) return { value: isoToSerial(d.day, date1904), numberFormat: DATE_FORMAT };
  return { value: d.raw };
}

/** Whether the cell shows what was written (compared as normalised text). */
function sameAsWritten(raw: string, cell: CellOut): boolean {
  if (raw === '') return true;
  if (typeof cell.value === 'number') {
    if (cell.numberFormat === DATE_FORMAT) return /^\d{4}-\d{2}-\d{2}$/.test(raw.trim());
    return raw.trim() === String(cell.value);
  }
  return normaliseKey(raw) === normaliseKey(cell.value);
}

/** The cells of one activity row, person first, keyed by canonical column; days in the workbook's date system. */
export function activityCells(
  person: string,
  a: Activity,
  catalogue: TrainingDef[],
  date1904 = false,
): Record<ActivityColumn, CellOut> {
  const statusWord = a.status.value ? STATUS_WORDS[a.status.value] : a.status.raw;
  const cells: Record<ActivityColumn, CellOut> = {
    person: { value: person },
    training: { value: trainingLabel(a.training, catalogue) },
    activity: { value: a.activity },
    targetGroup: { value: a.targetGroup },
    unit: { value: a.unit },
    plannedDate: dateCell(a.plannedDate, date1904),
    plannedNumber: numberCell(a.plannedNumber),
    status: { value: statusWord },
    doneDate: dateCell(a.doneDate, date1904),
    reached: numberCell(a.reached),
    comment: EMPTY,
  };
  const raws: [ActivityColumn, string][] = [
    ['training', a.training.code === null ? '' : a.training.raw],
    ['plannedDate', a.plannedDate.raw],
    ['plannedNumber', a.plannedNumber.raw],
    ['status', a.status.raw],
    ['doneDate', a.doneDate.raw],
    ['reached', a.reached.raw],
  ];
  const notes: string[] = [];
  for (const [col, raw] of raws) {
    if (col === 'training') {
      // A known training written as its code alone or as the label needs no note.
      const t = a.training;
      if (t.code && normaliseKey(raw) !== normaliseKey(t.code) && !sameAsWritten(raw, cells.training)) {
        notes.push(`${NOTE_LABELS[col]} ”${raw}”`);
      }
      continue;
    }
    if (!sameAsWritten(raw, cells[col])) notes.push(`${NOTE_LABELS[col]} ”${raw}”`);
  }
  const note = notes.length > 0 ? `${NOTE_PREFIX}${notes.join('; ')}` : '';
  const comment = [a.comment, note].filter((s) => s !== '').join(' ');
  cells.comment = { value: comment };
  return cells;
}
