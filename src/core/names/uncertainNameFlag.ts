// A name in a round tab that is not in the overall plan but looks like a name there: a flag that
// names the candidates, never a silent merge of two people (people.ts says what is certain).
import { msg } from '../messages';
import type { Flag, LogActivityRow, Round } from '../model';
import { flagAbout, personSubject } from '../flags/about';
import type { People } from './people';

/** The flag for `name` (whose first row in the tab is `first`), or null when no name there looks like it. */
export function uncertainNameFlag(
  people: People,
  name: string,
  first: LogActivityRow,
  round: Round,
): Flag | null {
  const candidates = people.candidates(name);
  if (candidates.length === 0) return null;
  const message = msg('uncertain-name-match', {
    person: name,
    sheet: first.sheet,
    row: first.row,
    candidates,
  });
  return {
    code: 'uncertain-name-match',
    severity: 'warning',
    message,
    about: flagAbout({ code: 'uncertain-name-match', round, message }, personSubject(name)),
    person: name,
    training: null,
    round,
    sheet: first.sheet,
    cell: first.cells.person ?? `A${first.row}`,
  };
}
