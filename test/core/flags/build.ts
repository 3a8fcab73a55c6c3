// Builders for hand-made log rows, overall assignments and contacts in flag and totals tests.
import { a1 } from '../../../src/core/log/a1';
import {
  ACTIVITY_COLUMNS,
  type LogActivityRow,
  type LogContactRow,
  type LogSnapshot,
  type OverallAssignment,
  type Round,
} from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { TAB_NAMES } from '../../../src/core/tabs';
import { readDate } from '../../../src/core/values/date';
import { readNumber } from '../../../src/core/values/number';
import { readStatus } from '../../../src/core/values/status';
import { readTraining } from '../../../src/core/values/training';

export interface RowInput {
  person?: string;
  training?: string;
  activity?: string;
  targetGroup?: string;
  unit?: string;
  plannedDate?: string | number;
  plannedNumber?: string | number;
  status?: string;
  doneDate?: string | number;
  reached?: string | number;
  comment?: string;
}

let nextRow = 2;

export function resetRows(): void {
  nextRow = 2;
}

export function row(round: Round, input: RowInput, at?: number): LogActivityRow {
  const r = at ?? nextRow++;
  const cells: LogActivityRow['cells'] = {};
  ACTIVITY_COLUMNS.forEach((c, i) => (cells[c] = a1(r, i)));
  return {
    sheet: TAB_NAMES[round],
    row: r,
    person: input.person ?? 'Anna Lindqvist',
    training: readTraining(input.training ?? 'HiS1'),
    activity: input.activity ?? 'Föreläsning',
    targetGroup: input.targetGroup ?? 'Sjuksköterskor',
    unit: input.unit ?? 'Vårdcentralen Norr',
    plannedDate: readDate(input.plannedDate ?? '2017-02-10', DEFAULT_SETTINGS.programmeYear),
    plannedNumber: readNumber(input.plannedNumber ?? 30),
    status: readStatus(input.status ?? ''),
    doneDate: readDate(input.doneDate ?? '', DEFAULT_SETTINGS.programmeYear),
    reached: readNumber(input.reached ?? ''),
    comment: input.comment ?? '',
    cells,
  };
}

export function assignment(
  input: { person: string; training: string; unit?: string; goal?: string | number; email?: string },
  at: number,
): OverallAssignment {
  return {
    training: readTraining(input.training),
    unit: input.unit ?? 'Vårdcentralen Norr',
    person: input.person,
    email: input.email ?? '',
    goal: readNumber(input.goal ?? 30),
    period: '',
    comment: '',
    sheet: TAB_NAMES.overall,
    row: at,
    cells: { training: a1(at, 0), unit: a1(at, 1), person: a1(at, 2), email: a1(at, 3), goal: a1(at, 4) },
  };
}

export function contact(input: { name: string; email: string }, at: number): LogContactRow {
  return {
    sheet: TAB_NAMES.contacts,
    row: at,
    name: input.name,
    title: '',
    unit: '',
    region: '',
    email: input.email,
    phone: '',
    trainings: '',
    planReceived: '',
    cells: { name: a1(at, 0), email: a1(at, 4) },
  };
}

export function snapshot(
  parts: Partial<LogSnapshot> & {
    plan?: LogActivityRow[];
    aterrap1?: LogActivityRow[];
    aterrap2?: LogActivityRow[];
  },
): LogSnapshot {
  return {
    contacts: parts.contacts ?? [],
    rounds: { plan: parts.plan ?? null, aterrap1: parts.aterrap1 ?? null, aterrap2: parts.aterrap2 ?? null },
    overall: parts.overall === undefined ? [] : parts.overall,
  };
}
