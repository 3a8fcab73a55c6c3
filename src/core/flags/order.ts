// A stable order for flags: by round, sheet, row, column, then code.
import { FLAG_CODES, ROUNDS, type Flag } from '../model';
import { cellPosition } from '../log/cellPosition';

function roundIndex(f: Flag): number {
  return f.round === null ? ROUNDS.length : ROUNDS.indexOf(f.round);
}

export function compareFlags(a: Flag, b: Flag): number {
  const pa = cellPosition(a.cell) ?? { row1: 0, col0: 0 };
  const pb = cellPosition(b.cell) ?? { row1: 0, col0: 0 };
  return (
    roundIndex(a) - roundIndex(b) ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    pa.row1 - pb.row1 ||
    pa.col0 - pb.col0 ||
    FLAG_CODES.indexOf(a.code) - FLAG_CODES.indexOf(b.code) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

const CODE_INDEX = new Map<string, number>(FLAG_CODES.map((c, i) => [c, i]));

/** Sorts by compareFlags' order, parsing each flag's cell once (not once per comparison). */
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
