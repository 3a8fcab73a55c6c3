// A stable order for flags: by round, sheet, row, column, then code; flags of one code on one cell
// (the trainings a person has no activity for) by their message's parameters.
import { FLAG_CODES, ROUNDS, type Flag } from '../model';
import { cellPosition } from '../log/cellPosition';

function roundIndex(f: Flag): number {
  return f.round === null ? ROUNDS.length : ROUNDS.indexOf(f.round);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const CODE_INDEX = new Map<string, number>(FLAG_CODES.map((c, i) => [c, i]));

/** The message's parameters as text, for the rare flags equal in everything else. */
function paramsText(f: Flag): string {
  return JSON.stringify(f.message.params);
}

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
      compareText(paramsText(a.f), paramsText(b.f)),
  );
  return keyed.map((k) => k.f);
}
