// Flags about one activity row on its own: unknown training, unreadable numbers and dates,
// missing status, done without a number reached, more reached than planned.
import type { ActivityColumn, DateReading, Flag, LogActivityRow, NumberReading, Round } from '../model';
import { COLUMN_LABELS, trainingLabel } from './labels';

function where(row: LogActivityRow, column: ActivityColumn): string {
  return row.cells[column] ?? row.cells.person ?? `A${row.row}`;
}

export function rowFlags(row: LogActivityRow, round: Round, person: string | null): Flag[] {
  const out: Flag[] = [];
  const training = row.training.raw === '' ? null : trainingLabel(row.training);
  const flag = (
    code: Flag['code'],
    severity: Flag['severity'],
    column: ActivityColumn,
    message: string,
  ): void => {
    out.push({
      code,
      severity,
      message,
      person,
      training,
      round,
      sheet: row.sheet,
      cell: where(row, column),
    });
  };
  const at = `rad ${row.row} i fliken ”${row.sheet}”`;

  if (row.training.raw !== '' && row.training.code === null)
    flag(
      'unknown-training',
      'warning',
      'training',
      `Utbildningen ”${row.training.raw}” på ${at} är ingen av programmets utbildningar. Rätta den (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.`,
    );

  const numbers: [ActivityColumn, NumberReading][] = [
    ['plannedNumber', row.plannedNumber],
    ['reached', row.reached],
  ];
  for (const [column, n] of numbers)
    if (n.kind === 'unreadable')
      flag(
        'unreadable-number',
        'warning',
        column,
        `${COLUMN_LABELS[column]} ”${n.raw}” på ${at} går inte att läsa som ett antal och räknas som 0. Skriv ett tal, till exempel 20.`,
      );

  const dates: [ActivityColumn, DateReading][] = [
    ['plannedDate', row.plannedDate],
    ['doneDate', row.doneDate],
  ];
  for (const [column, d] of dates)
    if (d.kind === 'unreadable')
      flag(
        'unreadable-date',
        'warning',
        column,
        `${COLUMN_LABELS[column]} ”${d.raw}” på ${at} går inte att läsa som ett datum. Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.`,
      );

  if (round !== 'plan' && row.status.value === null)
    flag(
      'missing-status',
      'warning',
      'status',
      row.status.raw === ''
        ? `Aktiviteten på ${at} saknar status. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`
        : `Statusen ”${row.status.raw}” på ${at} är inget av statusorden. Skriv Genomförd, Ej genomförd, Inställd eller Planerad.`,
    );

  if (row.status.value === 'done' && row.reached.kind === 'empty')
    flag(
      'done-without-reached',
      'warning',
      'reached',
      `Aktiviteten på ${at} är genomförd men Antal nådda är tomt, så den räknas som 0 nådda. Fyll i hur många som deltog.`,
    );

  if (
    row.reached.value !== null &&
    row.plannedNumber.value !== null &&
    row.reached.value > row.plannedNumber.value
  )
    flag(
      'reached-above-planned',
      'info',
      'reached',
      `Antal nådda (${row.reached.value}) på ${at} är större än Planerat antal (${row.plannedNumber.value}). Kontrollera siffrorna; det kan stämma om fler kom än planerat.`,
    );
  return out;
}
