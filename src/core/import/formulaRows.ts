// Adjusting a trailing totals row's formulas when the import inserts rows right after the last
// data row: Excel shifts references at or below the inserted rows, but a range that ends on the
// last data row ("=SUM(H6:H20)" with rows inserted at 21) does not grow, so the new rows would
// not be counted. This scans the formula (strings and quoted sheet names are skipped, never
// evaluated) and moves such range ends down by the number of rows inserted.

interface Ref {
  start: number;
  end: number;
  sheet: string | null;
  colAbs: string;
  col: string;
  rowAbs: string;
  row: number;
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;

function scanRefs(formula: string): Ref[] {
  const refs: Ref[] = [];
  let i = 0;
  let sheet: string | null = null;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // string literal; "" is an escaped quote
      i++;
      while (i < formula.length) {
        if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
        else if (formula[i] === '"') break;
        else i++;
      }
      i++;
      sheet = null;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === '!') {
        sheet = name;
        i = j + 2;
        continue;
      }
      i = j + 1;
      continue;
    }
    const prev = i === 0 ? '' : formula[i - 1];
    if (/[A-Za-z0-9_.]/.test(prev) && prev !== '') {
      i++;
      continue;
    }
    const word = /^[A-Za-z0-9_.\u00c0-\u024f]+!/.exec(formula.slice(i));
    if (word) {
      sheet = word[0].slice(0, -1);
      i += word[0].length;
      continue;
    }
    const m = REF.exec(formula.slice(i));
    if (m && !/[A-Za-z0-9_(]/.test(formula[i + m[0].length] ?? '')) {
      refs.push({
        start: i,
        end: i + m[0].length,
        sheet,
        colAbs: m[1],
        col: m[2],
        rowAbs: m[3],
        row: Number(m[4]),
      });
      i += m[0].length;
      if (formula[i] !== ':') sheet = null;
      continue;
    }
    if (ch !== ':') sheet = null;
    i++;
  }
  return refs;
}

/** Rows inserted (count > 0) or deleted (count < 0) at 1-based row `at` of a sheet. */
export interface RowShift {
  at: number;
  count: number;
}

/**
 * The formula after a row shift on `ownSheet`, as Excel adjusts it: references at or below
 * inserted rows move down; references below deleted rows move up, and a range's end (start)
 * inside the deleted rows moves to the last row above (first row below) them. With
 * `extendEnd` (1-based), a range whose end is that row grows by the rows inserted right after
 * it (Excel would not). References to other sheets are left alone.
 */
export function adjustFormula(
  formula: string,
  ownSheet: string,
  shift: RowShift,
  extendEnd?: number,
): string {
  if (!formula.startsWith('=')) return formula;
  const refs = scanRefs(formula);
  const { at, count } = shift;
  let out = '';
  let pos = 0;
  refs.forEach((r, idx) => {
    const own = r.sheet === null || r.sheet === ownSheet;
    const prev = refs[idx - 1];
    const next = refs[idx + 1];
    const isRangeEnd = prev !== undefined && prev.end + 1 === r.start && formula[prev.end] === ':';
    const isRangeStart = next !== undefined && r.end + 1 === next.start && formula[r.end] === ':';
    let row = r.row;
    if (own) {
      if (count > 0) {
        if (row >= at) row += count;
        else if (
          isRangeEnd &&
          extendEnd !== undefined &&
          r.row === extendEnd &&
          at === extendEnd + 1 &&
          prev.row <= extendEnd
        )
          row += count;
      } else {
        const n = -count;
        if (row >= at + n) row -= n;
        else if (row >= at) {
          if (isRangeEnd) row = at - 1;
          else if (isRangeStart) row = at;
        }
      }
    }
    out += formula.slice(pos, r.start) + `${r.colAbs}${r.col}${r.rowAbs}${row}`;
    pos = r.end;
  });
  return out + formula.slice(pos);
}

/**
 * The formula after `count` rows were inserted at 1-based row `insertAt` of `ownSheet`, where
 * `lastDataRow` (1-based) was the table's last row before them: references at or below
 * `insertAt` move down (as Excel does), and a range whose end is `lastDataRow` grows to the
 * last inserted row.
 */
export function formulaAfterInsert(
  formula: string,
  ownSheet: string,
  insertAt: number,
  count: number,
  lastDataRow: number,
): string {
  return adjustFormula(formula, ownSheet, { at: insertAt, count }, lastDataRow);
}
