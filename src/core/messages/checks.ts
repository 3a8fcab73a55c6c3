// The check's account of itself and the coordinator's marks: what was compared (the overall plan
// of a tab or a file, or none — never an all-clear without one), a workbook that is no spread
// log, flags marked handled, and an overall-plan file copied into the log.
import { defineMessages } from './define';

export const checkMessages = defineMessages({
  /** None of the round tabs (3.a, 3.b, 3.c) is in the workbook: it is no spread log. */
  'check-not-a-log': {
    tabs: ['3.a Saml pers spr-plan PLAN', '3.b Saml pers spr-plan ÅTERRAP1'] as readonly string[],
  },
  /** No overall plan was compared: `tab` is the overall-plan tab that holds none ('' when there is no such tab). */
  'check-overall-none': { tab: '1. Övergripande spridningsplan' },
  /** The overall plan compared: the log's tab. */
  'check-overall-tab': { sheet: '1. Övergripande spridningsplan' },
  /** The overall plan compared: a separate file, and its sheet. */
  'check-overall-file': { file: 'plan.xlsx', sheet: 'Blad1' },
  /** No flags, and an overall plan was compared. */
  'check-no-flags': {},
  /** No flags on the log's rows, but no overall plan was compared. */
  'check-no-flags-without-overall': {},
  /** Flags marked handled whose subject has not changed: not listed. */
  'check-handled-count': { count: 3 },
  /** A handled mark's note over the limit. */
  'handled-note-too-long': { max: 200, length: 240 },
  /** More handled marks than the workbook keeps. */
  'handled-too-many': { max: 1000 },
  /** Copying an overall-plan file into the log asked before a file was picked. */
  'overall-copy-no-file': {},
});
