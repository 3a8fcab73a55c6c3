// Settings stored in the workbook that cannot be used as they are: each falls back to its default.
import type { Deadlines } from '../model';
import { defineMessages, oneOf } from './define';

export const settingsMessages = defineMessages({
  'settings-not-json': {},
  'settings-not-object': {},
  'settings-bad-year': { value: '20016', fallback: 2016 },
  'settings-bad-deadlines': {},
  /** `deadline`: which date; `fallback`: the ISO day used instead. */
  'settings-bad-deadline': {
    deadline: oneOf<keyof Deadlines>('aterrap1Due'),
    value: '2017-13-01',
    fallback: '2017-02-02',
  },
  'settings-catalogue-not-list': {},
  /** `index`: 1-based position in the catalogue. */
  'settings-training-incomplete': { index: 3 },
  'settings-training-code-twice': { code: 'HiS6' },
  'settings-catalogue-empty': {},
});
