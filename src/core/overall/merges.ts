// Merged areas given as A1 ranges ("B5:B8", "'Övergripande plan'!B5:B8"), applied to a block of
// values: the top-left value is given to every cell of the area below it in chosen columns.
import type { CellGrid, CellValue } from '../headers/cell';
import { parseA1 } from '../log/a1';

export interface Area {
  /** 1-based Excel rows, 0-based columns, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "A1:B2" or "Sheet!A1:B2" or a single cell; null when it is not a range address. */
export function parseArea(address: string): Area | null {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row1, b.row1),
    bottom: Math.max(a.row1, b.row1),
    left: Math.min(a.col0, b.col0),
    right: Math.max(a.col0, b.col0),
  };
}

/**
 * A copy of `values` where each merged area whose top-left column is one of `cols` (0-based
 * within the block) gives its top-left value to the cells below it in that column (a value
 * merged across columns, like a title, belongs to its own column only).
 */
export function fillMerged(
  values: CellGrid,
  merges: string[],
  firstRow: number,
  firstCol: number,
  cols: Set<number>,
): CellValue[][] {
  const out = values.map((r) => [...r]);
  for (const m of merges) {
    const area = parseArea(m);
    if (!area) continue;
    const top = area.top - firstRow;
    const left = area.left - firstCol;
    if (top < 0 || top >= out.length || !cols.has(left)) continue;
    const v = out[top][left] ?? '';
    for (let r = top + 1; r <= area.bottom - firstRow && r < out.length; r++) out[r][left] = v;
  }
  return out;
}
