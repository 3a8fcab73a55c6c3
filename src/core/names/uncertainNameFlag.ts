// A name in a round tab that is not in the overall plan but looks like a name there: a flag that
// names the candidates, never a silent merge of two people (people.ts says what is certain).
import { msg } from '../messages';
import type { Flag, LogActivityRow, Round } from '../model';
import type { People } from './people';

/**
 * The flag for `name` (whose first row in the tab is `first`), or null when no name there looks
 * like it; without its fingerprint, which the check gives it (flags/about.ts: the person).
 */
export function uncertainNameFlag(
  people: People,
  name: string,
  first: LogActivityRow,
  round: Round,
): Omit<Flag, 'about'> | null {
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
    person: name,
    training: null,
    round,
    sheet: first.sheet,
    cell: first.cells.person ?? `A${first.row}`,
  };
}
