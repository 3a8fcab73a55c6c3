// A stable order for flags: by round, sheet, row, column, then code.
import { parseA1 } from '../log/a1';
import { FLAG_CODES, ROUNDS, type Flag } from '../model';

function roundIndex(f: Flag): number {
  return f.round === null ? ROUNDS.length : ROUNDS.indexOf(f.round);
}

export function compareFlags(a: Flag, b: Flag): number {
  const pa = parseA1(a.cell) ?? { row1: 0, col0: 0 };
  const pb = parseA1(b.cell) ?? { row1: 0, col0: 0 };
  return (
    roundIndex(a) - roundIndex(b) ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    pa.row1 - pb.row1 ||
    pa.col0 - pb.col0 ||
    FLAG_CODES.indexOf(a.code) - FLAG_CODES.indexOf(b.code) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function sortFlags(flags: Flag[]): Flag[] {
  return [...flags].sort(compareFlags);
}
