// Swedish names of tabs, rounds and columns used in flag messages.
import type { Round, TrainingReading } from '../model';
import { ACTIVITY_LABELS } from '../headers/columns';
import { TAB_NAMES } from '../tabs';

export const ROUND_LABELS: Record<Round, string> = {
  plan: 'planen (PLAN)',
  aterrap1: 'Återrapportering 1',
  aterrap2: 'Återrapportering 2',
};

/** Column names in flag messages: the template's header texts. */
export const COLUMN_LABELS = ACTIVITY_LABELS;

export function defaultSheet(round: Round): string {
  return TAB_NAMES[round];
}

/** "HiS6" for a known training, else what was written. */
export function trainingLabel(t: TrainingReading): string {
  return t.code ?? t.raw;
}

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2017-02-02" → "2 februari 2017" ("2 February 2017" in English); other text as it is. */
export function longDate(iso: string, lang: 'sv' | 'en' = 'sv'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = (lang === 'sv' ? MONTHS : MONTHS_EN)[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
