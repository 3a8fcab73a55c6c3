import type { overallMessages } from '../../core/messages/overall';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';
import { NUMBER_ADVICE, TRAINING_ADVICE } from './advice';

export const overall: Sentences<keyof typeof overallMessages> = {
  'overall-no-header': (p) =>
    `No header row was found in the overall spread plan (sheet “${p.sheet}”). It needs at least the columns Utbildning, Spridningsledare and Mål antal within its first ${p.rows} rows.`,
  'overall-missing-columns': (p) =>
    `The overall spread plan (sheet “${p.sheet}”, header on row ${p.row}) lacks the column ${quotedList(p.columns, 'en')}. Show which column is which.`,
  'overall-goal-without-person': (p) =>
    `Row ${p.row} of the overall spread plan (sheet “${p.sheet}”) has a goal but no spridningsledare. Fill in who shall spread the training; the row does not count until then.`,
  'overall-missing-training': (p) =>
    `${p.person} on row ${p.row} of the overall spread plan (sheet “${p.sheet}”) has no training. Fill in the training in cell ${p.cell}.`,
  'overall-unknown-training': (p) =>
    `The training “${p.training}” on row ${p.row} of the overall spread plan (cell ${p.cell}) is not one of the programme’s trainings. ${TRAINING_ADVICE}`,
  'overall-unreadable-goal': (p) =>
    `The goal “${p.goal}” for ${p.person} on row ${p.row} of the overall spread plan (cell ${p.cell}) cannot be read as a number. ${NUMBER_ADVICE}`,
};
