// A stable order for flags: by round, sheet, row, column, then code.
import { FLAG_CODES, ROUNDS, type Flag } from '../model';
import { cellPosition } from '../log/cellPosition';

function roundIndex(f: Flag): number {
  return f.round === null ? ROUNDS.length : ROUNDS.indexOf(f.round);
}

const CODE_INDEX = new Map<string, number>(FLAG_CODES.map((c, i) => [c, i]));

/** Sorts by round, sheet, row, column, code and message, parsing each flag's cell once. */
export function sortFlags(flags: Flag[]): Flag[] {
  const keyed = flags.map((f) => {
    const p = cellPosition(f.cell) ?? { row1: 0, col0: 0 };
    return { f, round: roundIndex(f), row: p.row1, col: p.col0, code: CODE_INDEX.get(f.code) ?? -1 };
  });
  keyed.sort(
    (a, b) =>
      a.round - b.round ||
      (a.f.sheet < b.f.sheet ? -1 : a.f.sheet > b.f.sheet ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.code - b.code ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}
