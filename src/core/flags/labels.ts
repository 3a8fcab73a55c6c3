// What flags name things by: the template's column headers, a round's tab and a training.
import type { Round, TrainingReading } from '../model';
import { ACTIVITY_LABELS } from '../headers/columns';
import { TAB_NAMES } from '../tabs';

/** Column names in flag messages: the template's header texts, as the workbook shows them. */
export const COLUMN_LABELS = ACTIVITY_LABELS;

export function defaultSheet(round: Round): string {
  return TAB_NAMES[round];
}

/** "HiS6" for a known training, else what was written. */
export function trainingLabel(t: TrainingReading): string {
  return t.code ?? t.raw;
}
