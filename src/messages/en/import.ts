import type { importMessages } from '../../core/messages/import';
import type { Sentences } from '../catalogue';
import { number } from '../format';

export const importSentences: Sentences<keyof typeof importMessages> = {
  'import-same-person-twice': (p) =>
    `${p.person} has two plans in the same import (“${p.first}” and “${p.second}”). Only the later one, “${p.second}”, is imported.`,
  'import-cell-too-long': (p) =>
    `A text in column “${p.column}” (tab “${p.sheet}”) has ${number(p.length, 'en')} characters. An Excel cell holds at most ${number(p.max, 'en')}, so only the beginning is written. Shorten the text in the plan if the rest is needed.`,
  'import-no-header-row': (p) =>
    `Tab “${p.sheet}” has no header row that can be recognised among its first ${p.rows} rows. Check the tab, or show which columns are which.`,
};
