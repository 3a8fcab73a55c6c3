// Whether a cell holds a person's name, for the overall plan's Spridningsledare column: a note
// under the table ("Senast ändrad 2017-01-15 av Karin"), a signature line ("Underskrift:"), an
// instruction, a placeholder ("Vakant", "NN", "?"), two people ("Anna och Bo") or an e-mail
// address is not one person's name, so it is never an assignment.
import { foldWord } from '../values/fold';
import { cleanText } from '../values/text';
import { PARTICLES, parseName } from './parseName';

/** Words that never stand in a name: note, instruction and placeholder words, and "och". */
const NOT_IN_NAMES = new Set(
  [
    'summa',
    'totalt',
    'obs',
    'observera',
    'senast',
    'ändrad',
    'ändrat',
    'ändrades',
    'uppdaterad',
    'uppdaterat',
    'uppdaterades',
    'reviderad',
    'reviderat',
    'signatur',
    'underskrift',
    'godkänd',
    'godkänt',
    'fastställd',
    'fastställt',
    'datum',
    'kommentar',
    'anteckning',
    'notering',
    'anm',
    'fyll',
    'kontakta',
    'frågor',
    'enligt',
    'version',
    'sida',
    'bilaga',
    'skapad',
    'skapat',
    'av',
    'och',
    'eller',
    'samt',
    'för',
    'till',
    'med',
    'på',
    'ej',
    'inte',
    'saknas',
    'vakant',
    'nn',
    'tbd',
    'okänd',
    'ny',
    'utses',
    'utsedd',
    'se',
  ].map(foldWord),
);

const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

export function looksLikeName(raw: unknown): boolean {
  const text = cleanText(raw);
  if (text === '' || /[@:?!=_#*]/u.test(text)) return false;
  if (text.split(' ').length > 8) return false;
  const words = parseName(text)
    .display.split(' ')
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 5) return false;
  // A number after a name ("Person 001", a coordinator's stand-in) is kept; a date or a count is not a name.
  const numbers = words.filter((w, i) => i > 0 && /^\d{1,4}$/.test(w));
  if (numbers.length > 1) return false;
  const caseless = text === text.toLowerCase() || text === text.toUpperCase();
  return words.every(
    (w) =>
      numbers.includes(w) ||
      (NAME_WORD.test(w) &&
        !NOT_IN_NAMES.has(foldWord(w)) &&
        (caseless || /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()))),
  );
}
