// The command line's own sentences (src/cli): usage, wrong usage, progress and the headings of
// its tables. Problems, flags and totals come with their own messages.
import { defineMessages, oneOf } from './define';

/** The headings of the CLI's tables. */
type Heading =
  | 'person'
  | 'tab'
  | 'rowsWritten'
  | 'rowsReplaced'
  | 'flag'
  | 'count'
  | 'goal'
  | 'planned'
  | 'reached1'
  | 'reached2'
  | 'perTraining'
  | 'perUnit'
  | 'perPerson'
  | 'total';

export const cliMessages = defineMessages({
  'cli-usage': {},
  'cli-unknown-command': { command: 'impotr' },
  'cli-flag-needs-value': { flag: '--round' },
  'cli-flag-twice': { flag: '--round' },
  'cli-unknown-flag': { flag: '--rond' },
  /** A flag another command takes ("--round" with alias, "--text" with import). */
  'cli-flag-not-for-command': { flag: '--round', command: 'alias' },
  'cli-bad-lang': { lang: 'de' },
  'cli-workbook-missing': {},
  'cli-bad-round': { round: 'aterrap3' },
  'cli-round-missing': {},
  'cli-out-missing': {},
  'cli-out-is-workbook': {},
  'cli-no-inputs': {},
  'cli-unexpected-argument': { argument: 'x.docx', command: 'check' },
  'cli-check-writes-nothing': { flag: '--out' },
  'cli-force-needs-out': {},
  'cli-totals-all-rounds': {},
  'cli-training-missing': {},
  'cli-text-missing': {},
  /** alias: the text now means the training (stored in the workbook's catalogue). */
  'cli-alias-added': { alias: 'Hälsoinfo-dagen', code: 'HiS2' },
  /** alias: the text already meant the training; nothing to store. */
  'cli-alias-known': { alias: 'HiS 2', code: 'HiS2' },
  'cli-paste-twice': { path: 'anna.txt', earlier: 'anna.TXT' },
  'cli-unknown-file-type': { path: 'anna.pdf' },
  'cli-changed-during-import': { workbook: 'logg.xlsx' },
  /** `code`: a machine code of the failure ('' when none), never cell contents. */
  'cli-unexpected-error': { code: 'ItemNotFound' },
  'cli-reading-plans': { count: 12 },
  'cli-nothing-imported': {},
  'cli-problems-title': {},
  'cli-no-flags': {},
  'cli-flag-count': { count: 3 },
  'cli-participants-note': {},
  'cli-heading': { heading: oneOf<Heading>('person') },
});
