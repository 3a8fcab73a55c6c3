// Where rows, ranges and references of a sheet end up after rows were inserted or deleted in
// it, as Excel moves them: what lies below moves, a range that spans an insert position grows,
// a range losing rows shrinks, a reference into deleted rows becomes #REF!.
// Used to turn the input's XML into what the output must hold.

/** One insertion or deletion, in the sheet's row numbers at the moment it runs (1-based). */
export interface RowOp {
  /** First row inserted (rows from here move down) or first row deleted. */
  at: number;
  /** > 0: rows inserted before `at`; < 0: rows `at` … `at - count - 1` deleted. */
  count: number;
}

/** A row after the operations, or null when it was deleted. */
export function mapRow(row: number, ops: readonly RowOp[]): number | null {
  let r = row;
  for (const { at, count } of ops) {
    if (count > 0) {
      if (r >= at) r += count;
    } else if (count < 0) {
      const k = -count;
      if (r >= at + k) r -= k;
      else if (r >= at) return null;
    }
  }
  return r;
}

/** A row span [first, last] after the operations, or null when all of it was deleted. */
export function mapSpan(first: number, last: number, ops: readonly RowOp[]): [number, number] | null {
  let a = first;
  let b = last;
  for (const { at, count } of ops) {
    if (count > 0) {
      if (a >= at) a += count;
      if (b >= at) b += count;
    } else if (count < 0) {
      const k = -count;
      a = a < at ? a : a >= at + k ? a - k : at;
      b = b < at ? b : b >= at + k ? b - k : at - 1;
      if (b < a) return null;
    }
  }
  return [a, b];
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROWS = /^(\$?)(\d+)$/;
const COLS = /^\$?[A-Za-z]{1,3}$/;

/**
 * One reference without a sheet name ("B7", "$A$1:$K$9", "3:3", "A:A") after the operations:
 * the new text, or null when what it points to was deleted.
 */
export function shiftRef(ref: string, ops: readonly RowOp[]): string | null {
  if (ops.length === 0) return ref;
  const [p, q] = ref.split(':');
  if (q === undefined) {
    const m = CELL.exec(p);
    if (!m) return ref;
    const row = mapRow(Number(m[4]), ops);
    return row === null ? null : `${m[1]}${m[2]}${m[3]}${row}`;
  }
  if (COLS.test(p) && COLS.test(q)) return ref;
  const a = CELL.exec(p) ?? ROWS.exec(p);
  const b = CELL.exec(q) ?? ROWS.exec(q);
  if (!a || !b) return ref;
  const rowOf = (m: RegExpExecArray) => Number(m.length === 5 ? m[4] : m[2]);
  const span = mapSpan(rowOf(a), rowOf(b), ops);
  if (span === null) return null;
  const put = (m: RegExpExecArray, row: number) =>
    m.length === 5 ? `${m[1]}${m[2]}${m[3]}${row}` : `${m[1]}${row}`;
  return `${put(a, span[0])}:${put(b, span[1])}`;
}

/** A space-separated list of ranges (sqref) after the operations; deleted ranges drop out. */
export function shiftSqref(sqref: string, ops: readonly RowOp[]): string {
  if (ops.length === 0) return sqref;
  return sqref
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => shiftRef(s, ops))
    .filter((s): s is string => s !== null)
    .join(' ');
}

/** A sheet name as a formula writes it, unquoted ('It''s' → It's). */
function sheetNameOf(prefix: string): string {
  const name = prefix.slice(0, -1); // drop "!"
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

// A reference in a formula: an optional sheet prefix, then a cell, an area, rows or columns.
// What may stand before it: start, an operator, a bracket, a comma or a space, never a letter,
// digit, dot, underscore, "]" (an external workbook index), "[" (a structured reference) or "!"
// (the rest of a reference whose sheet part did not match, such as "[1]Blad1!B2").
const REF =
  /(?<![\w.\][$!\u00C0-\uFFFF])((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(\u00C0-\uFFFF!])/g;

/**
 * A formula's references to `sheet` after the operations on that sheet. `formulaSheet` is the
 * sheet the formula lives on (its unqualified references are to that sheet), or null for a
 * formula that belongs to no sheet (a defined name, a chart series). String literals and
 * references to other workbooks ("[1]Blad1!A1") are left alone.
 */
export function shiftFormula(
  formula: string,
  sheet: string,
  ops: readonly RowOp[],
  formulaSheet: string | null,
): string {
  if (ops.length === 0) return formula;
  const target = sheet.toLowerCase();
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece; // a string literal
      return piece.replace(REF, (whole: string, prefix: string | undefined, ref: string) => {
        const on = prefix ? sheetNameOf(prefix) : formulaSheet;
        if (on === null || on.toLowerCase() !== target || on.startsWith('[')) return whole;
        const moved = shiftRef(ref, ops);
        return moved === null ? `${prefix ?? ''}#REF!` : `${prefix ?? ''}${moved}`;
      });
    })
    .join('');
}
