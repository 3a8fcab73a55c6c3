// The short note on the summary sheet: what is counted and how (as message codes).
import { msg, type Message } from '../messages';
import { DONE_WORDS } from './countable';

export function summaryNote(goalsAsValues: boolean): Message[] {
  return [
    msg('totals-note-reached', { doneWords: [...DONE_WORDS] }),
    msg('totals-note-participants', {}),
    msg('totals-note-numbers', {}),
    msg('totals-note-goals', { fromFile: goalsAsValues }),
    msg('totals-note-formulas', {}),
  ];
}
