import type { cliMessages } from '../../core/messages/cli';
import type { Sentences } from '../catalogue';

const ROUNDS = 'Choose plan, aterrap1 or aterrap2.';

const HEADING = {
  person: 'Spridningsledare',
  tab: 'Tab',
  rowsWritten: 'Rows written',
  rowsReplaced: 'Rows replaced',
  flag: 'Flag',
  count: 'Count',
  goal: 'Goal',
  planned: 'Planned',
  reached1: 'Reached ÅTERRAP1',
  reached2: 'Reached ÅTERRAP2',
  perTraining: 'Per training',
  perUnit: 'Per unit',
  perPerson: 'Per spridningsledare',
  total: 'Total',
};

export const cli: Sentences<keyof typeof cliMessages> = {
  'cli-usage': () => `Usage:
  spridningslogg import --workbook IN.xlsx --out OUT.xlsx --round plan|aterrap1|aterrap2
                        [--overall OVERALL.xlsx] [--force] [--json] [--lang sv|en] INPUT...
  spridningslogg check  --workbook IN.xlsx [--overall OVERALL.xlsx] [--round R] [--json] [--lang sv|en]
  spridningslogg totals --workbook IN.xlsx [--overall OVERALL.xlsx] [--out OUT.xlsx [--force]] [--json] [--lang sv|en]
  spridningslogg alias  --workbook IN.xlsx --training CODE --text TEXT --out OUT.xlsx [--force] [--json] [--lang sv|en]
  spridningslogg goals  (--overall OVERALL.xlsx | --workbook IN.xlsx) --out FOLDER [--deadline YYYY-MM-DD]
                        [--from ADDRESS] [--force] [--json] [--lang sv|en]
  spridningslogg status --workbook IN.xlsx --round aterrap1|aterrap2 --out STATUS.pptx
                        [--overall OVERALL.xlsx] [--xlsx OUT.xlsx] [--force] [--json] [--lang sv|en]

INPUT is a .docx file or a clipboard capture: NAME.html (text/html) and/or NAME.txt (text/plain).
alias stores TEXT as another spelling of the training CODE (e.g. HiS2) in the workbook's training list.
Language: --lang sv or en; without --lang English when LC_ALL, LC_MESSAGES or LANG is English, else Swedish.
Exit code: 0 done (flags are not errors), 1 unreadable input, 2 wrong usage.`,
  'cli-unknown-command': (p) =>
    `Unknown command “${p.command}”. Choose import, check, totals, alias, goals or status.`,
  'cli-flag-needs-value': (p) => `${p.flag} needs a value.`,
  'cli-flag-twice': (p) => `${p.flag} is given twice.`,
  'cli-unknown-flag': (p) => `Unknown option “${p.flag}”.`,
  'cli-flag-not-for-command': (p) => `${p.flag} does not apply to ${p.command}: remove it.`,
  'cli-bad-lang': (p) => `--lang “${p.lang}” does not exist. Choose sv or en.`,
  'cli-workbook-missing': () => '--workbook IN.xlsx is missing.',
  'cli-bad-round': (p) => `--round “${p.round}” does not exist. ${ROUNDS}`,
  'cli-round-missing': () => `--round is missing. ${ROUNDS}`,
  'cli-out-missing': () => '--out OUT.xlsx is missing (IN.xlsx is never overwritten).',
  'cli-out-is-workbook': () => '--out must not be the same file as --workbook.',
  'cli-no-inputs': () => 'Give at least one INPUT file (.docx, .html or .txt).',
  'cli-unexpected-argument': (p) => `Unexpected argument “${p.argument}” for ${p.command}.`,
  'cli-check-writes-nothing': (p) => `check writes no file: remove ${p.flag}.`,
  'cli-force-needs-out': () => '--force only goes with --out.',
  'cli-totals-all-rounds': () => 'totals counts every round: remove --round.',
  'cli-training-missing': () =>
    '--training is missing: give the code of the training the text shall mean, e.g. --training HiS2.',
  'cli-text-missing': () =>
    '--text is missing: give the spelling that shall mean the training, e.g. --text "Hälsoinfo-dagen".',
  'cli-alias-added': (p) =>
    `“${p.alias}” now means ${p.code}: stored in the workbook's training list, so plans, the log and the overall plan are read that way from now on.`,
  'cli-alias-known': (p) => `“${p.alias}” already reads as ${p.code}; nothing new to store.`,
  'cli-paste-twice': (p) => `${p.path}: two files for the same clipboard capture (${p.earlier}).`,
  'cli-unknown-file-type': (p) =>
    `${p.path}: unknown file type. Give a .docx file or a clipboard capture (.html or .txt).`,
  'cli-changed-during-import': (p) => `${p.workbook}: the workbook changed during the import. Run again.`,
  'cli-unexpected-error': (p) =>
    `an unexpected error stopped the run${p.code === '' ? '' : ` (${p.code})`}. No output file was written.`,
  'cli-reading-plans': (p) => `Reading ${p.count} plans …`,
  'cli-nothing-imported': () => 'No plans were imported.',
  'cli-problems-title': () => 'To check in the plans:',
  'cli-no-flags': () => 'No flags: the log agrees with the overall plan.',
  'cli-flag-count': (p) => (p.count === 1 ? '1 flag:' : `${p.count} flags:`),
  'cli-participants-note': () =>
    'Participants are not identified: someone who attended two activities counts twice.',
  'cli-heading': (p) => HEADING[p.heading],
};
