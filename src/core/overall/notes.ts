// Text around an overall plan's table that is not part of it: who changed it last and when,
// signatures, instructions, remarks. Such a row is never an assignment and never a training
// heading, whatever column it stands in.
import { foldWord } from '../values/fold';
import { cleanText } from '../values/text';

const NOTE_WORDS = new Set(
  [
    'senast',
    'ändrad',
    'ändrat',
    'ändrades',
    'ändringar',
    'uppdaterad',
    'uppdaterat',
    'uppdaterades',
    'reviderad',
    'reviderat',
    'signatur',
    'signerad',
    'underskrift',
    'godkänd',
    'godkänt',
    'fastställd',
    'fastställt',
    'beslutad',
    'beslutat',
    'obs',
    'observera',
    'fyll',
    'kontakta',
    'frågor',
    'anm',
    'anmärkning',
    'not',
    'notering',
    'kommentar',
    'version',
    'bilaga',
    'sida',
    'upprättad',
    'upprättat',
    'ansvarig',
  ].map(foldWord),
);

/** A day written in a note: 2017-01-15, 15/1, 15/1 2017, 15.1.2017. */
const DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}(?:[/. ]\d{2,4})?\b/;

/** Whether a text reads as a note, signature line or instruction rather than a name, training or unit. */
export function isNote(raw: unknown): boolean {
  const text = cleanText(raw);
  if (text === '') return false;
  if (text.includes(':') || DATE.test(text)) return true;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length >= 9) return true;
  return words.some((w) => NOTE_WORDS.has(foldWord(w)));
}
