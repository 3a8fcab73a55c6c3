// Flags about one activity row on its own: unknown training, unreadable numbers and dates,
// missing status, done without a number reached, more reached than planned.
// Most rows raise none, so nothing (message texts, closures, arrays) is built for a row until
// one of its checks fails.
import type { ActivityColumn, Flag, LogActivityRow, Round } from '../model';
import { COLUMN_LABELS, trainingLabel } from './labels';

function where(row: LogActivityRow, column: ActivityColumn): string {
  return row.cells[column] ?? row.cells.person ?? `A${row.row}`;
}

/** "rad 12 i fliken ”3.a PLAN”": where a row is, as the messages say it. */
function at(row: LogActivityRow): string {
  return `rad ${row.row} i fliken ”${row.sheet}”`;
}

function flag(
  out: Flag[],
  row: LogActivityRow,
  round: Round,
  person: string | null,
  code: Flag['code'],
  severity: Flag['severity'],
  column: ActivityColumn,
  message: string,
): void {
  out.push({
    code,
    severity,
    message,
    person,
    training: row.training.raw === '' ? null : trainingLabel(row.training),
    round,
    sheet: row.sheet,
    cell: where(row, column),
  });
}

/** An unreadable "Planerat antal" or "Antal nådda". */
function numberFlag(
  out: Flag[],
  row: LogActivityRow,
  round: Round,
  person: string | null,
  column: 'plannedNumber' | 'reached',
): void {
  const n = row[column];
  if (n.kind === 'unreadable')
    flag(
      out,
      row,
      round,
      person,
      'unreadable-number',
      'warning',
      column,
      `${COLUMN_LABELS[column]} ”${n.raw}” på ${at(row)} går inte att läsa som ett antal och räknas som 0. Skriv ett tal, till exempel 20.`,
    );
}

/** An unreadable "Planerat datum" or "Genomfört datum". */
function dateFlag(
  out: Flag[],
  row: LogActivityRow,
  round: Round,
  person: string | null,
  column: 'plannedDate' | 'doneDate',
): void {
  const d = row[column];
  if (d.kind === 'unreadable')
    flag(
      out,
      row,
      round,
      person,
      'unreadable-date',
      'warning',
      column,
      `${COLUMN_LABELS[column]} ”${d.raw}” på ${at(row)} går inte att läsa som ett datum. Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.`,
    );
}

/** The row's flags, appended to `out` (a new array when not given), in a fixed order. */
export function rowFlags(row: LogActivityRow, round: Round, person: string | null, out: Flag[] = []): Flag[] {
  if (row.training.raw !== '' && row.training.code === null)
    flag(
      out,
      row,
      round,
      person,
      'unknown-training',
      'warning',
      'training',
      `Utbildningen ”${row.training.raw}” på ${at(row)} är ingen av programmets utbildningar. Rätta den (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.`,
    );

  numberFlag(out, row, round, person, 'plannedNumber');
  numberFlag(out, row, round, person, 'reached');
  dateFlag(out, row, round, person, 'plannedDate');
  dateFlag(out, row, round, person, 'doneDate');

  if (round !== 'plan' && row.status.value === null)
    flag(
      out,
      row,
      round,
      person,
      'missing-status',
      'warning',
      'status',
      row.status.raw === ''
        ? `Aktiviteten på ${at(row)} saknar status. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`
        : `Statusen ”${row.status.raw}” på ${at(row)} är inget av statusorden. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`,
    );

  if (row.status.value === 'done' && row.reached.kind === 'empty')
    flag(
      out,
      row,
      round,
      person,
      'done-without-reached',
      'warning',
      'reached',
      `Aktiviteten på ${at(row)} är genomförd men Antal nådda är tomt, så den räknas som 0 nådda. Fyll i hur många som deltog.`,
    );

  if (
    row.reached.value !== null &&
    row.plannedNumber.value !== null &&
    row.reached.value > row.plannedNumber.value
  )
    flag(
      out,
      row,
      round,
      person,
      'reached-above-planned',
      'info',
      'reached',
      `Antal nådda (${row.reached.value}) på ${at(row)} är större än Planerat antal (${row.plannedNumber.value}). Kontrollera siffrorna; det kan stämma om fler kom än planerat.`,
    );
  return out;
}
