import type { checkMessages } from '../../core/messages/checks';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';

export const checks: Sentences<keyof typeof checkMessages> = {
  'check-not-a-log': (p) =>
    `The workbook has none of the spread log's tabs (${quotedList(p.tabs, 'en')}), so it cannot be checked. Open the Samlad spridningslogg, or create the tabs under Settings → Columns and tabs.`,
  'check-overall-none': (p) =>
    `No overall spread plan to compare with: ${p.tab === '' ? 'the workbook has no tab for it' : `tab “${p.tab}” holds no assignments`}. The log's rows were checked on their own, but none was compared with the plan and no reminder list can be made. Fill in the overall plan in the log, or pick it as a file (.xlsx).`,
  'check-overall-tab': (p) => `Compared with the overall spread plan in tab “${p.sheet}”.`,
  'check-overall-file': (p) =>
    `Compared with the overall spread plan in the file “${p.file}” (sheet “${p.sheet}”).`,
  'check-no-flags': () => 'No flags: the log agrees with the overall plan.',
  'check-no-flags-without-overall': () =>
    "No flags on the log's rows. That says nothing about how the log agrees with the overall plan, because no such plan was compared.",
  'check-handled-count': (p) =>
    p.count === 1
      ? '1 flag is marked as handled and not listed.'
      : `${p.count} flags are marked as handled and not listed.`,
  'handled-note-too-long': (p) =>
    `The note is ${p.length} characters long; it may be at most ${p.max}. Shorten it and try again.`,
  'handled-too-many': (p) =>
    `The workbook already has ${p.max} flags marked as handled, and no more fit. Remove the mark from flags that no longer need it.`,
  'overall-copy-no-file': () =>
    'First pick the overall spread plan as a file (.xlsx); then it can be copied into the log.',
};
