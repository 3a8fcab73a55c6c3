import type { settingsMessages } from '../../core/messages/settings';
import type { Deadlines } from '../../core/model';
import type { Sentences } from '../catalogue';

const DEADLINE: Record<keyof Deadlines, string> = {
  aterrap1Due: 'the last day for plans with status for report 1',
  aterrap1Send: 'the day report 1 is sent',
  aterrap2Due: 'the last day for plans with status for report 2',
  aterrap2Send: 'the day report 2 is sent',
};

export const settings: Sentences<keyof typeof settingsMessages> = {
  'settings-not-json': () =>
    'The settings stored in the workbook cannot be read (not valid JSON). The default settings are used.',
  'settings-not-object': () =>
    'The settings stored in the workbook have the wrong shape (not an object). The default settings are used.',
  'settings-bad-year': (p) =>
    `The programme year “${p.value}” is not a year between 2000 and 2100. ${p.fallback} is used.`,
  'settings-bad-deadlines': () =>
    'The dates of the reports have the wrong shape. The default dates are used.',
  'settings-bad-deadline': (p) =>
    `The date for ${DEADLINE[p.deadline]} (“${p.value}”) is not a date of the form YYYY-MM-DD. ${p.fallback} is used.`,
  'settings-catalogue-not-list': () =>
    'The list of trainings has the wrong shape (not a list). The default list is used.',
  'settings-training-incomplete': (p) =>
    `Training no. ${p.index} in the list has no code or no name and is skipped.`,
  'settings-training-code-twice': (p) =>
    `The training code ${p.code} appears twice in the list; the first one is used.`,
  'settings-catalogue-empty': () => 'The list of trainings is empty. The default list is used.',
};
