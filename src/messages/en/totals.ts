import type { totalsMessages } from '../../core/messages/totals';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';

const SECTION = {
  training: 'Per training',
  unit: 'Per unit',
  person: 'Per spridningsledare',
  total: 'Total',
};

const COLUMN = {
  goal: 'Goal',
  planned: 'Planned (3.a)',
  reached1: 'Reached report 1 (3.b)',
  reached2: 'Reached report 2 (3.c)',
  share: 'Share of goal (report 2)',
};

const WITHOUT = {
  training: 'Unknown or no training',
  unit: '(no unit)',
  person: '(no name)',
};

export const totals: Sentences<keyof typeof totalsMessages> = {
  'totals-title': () => 'Summary of the spread',
  'totals-note-reached': (p) =>
    `Reached = the sum of Antal nådda on rows whose status is ${quotedList(p.doneWords, 'en')} (in any case) in tabs 3.b (report 1) and 3.c (report 2). Report 2 is what the plans report then, not an addition to report 1. Planned = the sum of Planerat antal in tab 3.a.`,
  'totals-note-participants': () =>
    'Participants are not identified: someone who attends two activities counts twice. Duplicates count too (the check flags them).',
  'totals-note-numbers': () =>
    'The formulas count numbers and text that is only a number (“30”). Text such as “ca 20” or “20-25” typed by hand does NOT count; the import always writes readable numbers as numbers. Correct such cells to a number.',
  'totals-note-goals': (p) =>
    p.fromFile
      ? 'The goals come from the overall spread plan in a separate file and are written as values; they are updated when you update the summary.'
      : 'The goals are summed directly from the cells of the overall spread plan, also goals stored as text.',
  'totals-note-formulas': () =>
    'The figures are formulas and follow your changes to the log. New rows and new spellings of trainings, units or names are included when you update the summary in the add-in.',
  'totals-section': (p) => SECTION[p.section],
  'totals-column': (p) => COLUMN[p.column],
  'totals-whole-region': () => 'The whole region',
  'totals-chart-title': () => 'Goal, planned and reached per training',
  'totals-without': (p) => WITHOUT[p.dimension],
};
