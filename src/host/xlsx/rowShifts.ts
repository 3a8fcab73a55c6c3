// Where a cell, a row, a range or a list of ranges of the opened file lands after the cells a
// sheet had inserted and deleted since (shifted down or up: whole rows, or a block of columns),
// in order, the way Excel moves them: below an insert they move down, an insert inside a range
// grows it, deleted cells vanish and a range over them shrinks (or vanishes with them). A range
// only partly inside a shifted block of columns stays where it is (Excel leaves such references).
import { MAX_COLUMNS, formatLocal, parseAddress, type Rect } from '../address';
import { shiftRect, type Shift } from '../workbookModel';

export class RowShifts {
  private readonly whole: Shift[];
  constructor(readonly shifts: readonly Shift[]) {
    this.whole = shifts.filter((s) => s.band0 === 0 && s.band1 === MAX_COLUMNS - 1);
  }

  get any(): boolean {
    return this.shifts.length > 0;
  }

  /** Whether some shift moved only a block of columns (cells then change rows without their row). */
  get partial(): boolean {
    return this.whole.length !== this.shifts.length;
  }

  /** A row's new index (its height and style go with whole-row shifts only), or null when deleted. */
  row(r: number): number | null {
    return move(r, 0, this.whole);
  }

  /** A cell's new row, or null when it was deleted. */
  cell(r: number, c: number): number | null {
    return move(r, c, this.shifts);
  }

  /** A range's new place, or null when every cell of it was deleted. */
  rect(rect: Rect): Rect | null {
    let out: Rect = rect;
    for (const s of this.shifts) {
      const moved = shiftRect(out, s);
      if (moved === null) return null;
      if (moved !== 'conflict') out = moved;
    }
    return out;
  }

  /** A reference ("A1", "A1:B3", "2:5", "A:C") moved; null when deleted; the text as it was when it is no reference. */
  ref(text: string): string | null {
    if (!this.any) return text;
    const p = parseAddress(text);
    if (!p) return text;
    const moved = this.rect(p);
    if (moved === null) return null;
    return moved.r0 === p.r0 && moved.r1 === p.r1 && moved.c0 === p.c0 && moved.c1 === p.c1
      ? text
      : formatLocal(moved);
  }

  /** A space-separated list of references moved; the deleted ones dropped ('' when none is left). */
  sqref(text: string): string {
    if (!this.any) return text;
    const out: string[] = [];
    for (const part of text.split(/\s+/)) {
      if (part === '') continue;
      const moved = this.ref(part);
      if (moved !== null) out.push(moved);
    }
    return out.join(' ');
  }
}

function move(r: number, c: number, shifts: readonly Shift[]): number | null {
  let row = r;
  for (const s of shifts) {
    if (row < s.at || c < s.band0 || c > s.band1) continue;
    if (s.count > 0) row += s.count;
    else if (row < s.at - s.count) return null;
    else row += s.count;
  }
  return row;
}
