// Rewrites the A1 references inside formulas the way Excel does when cells are inserted or
// deleted (references move, ranges grow or shrink, deleted targets become #REF!) and when a
// sheet is renamed. A small scanner: string literals and [structured] parts are copied as
// they are; only tokens that are references (optionally sheet-qualified) are rewritten.
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, quoteSheetName, type Rect } from './address';
import { shiftRect, type Shift } from './workbookModel';

interface RefPart {
  col?: number;
  row?: number;
  colAbs: boolean;
  rowAbs: boolean;
}

interface RefToken {
  /** Sheet named before "!", unquoted; undefined for a reference to the formula's own sheet. */
  sheet?: string;
  /** The prefix exactly as written ("'3.a Plan'!"), or ''. */
  prefix: string;
  parts: [RefPart] | [RefPart, RefPart];
}

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d{1,7})?$/;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_.$]/u.test(ch);

function parsePart(text: string): RefPart | null {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  if (m[2] && m[1] === '' && m[3] === '$' && !m[4]) return null;
  const part: RefPart = { colAbs: m[1] === '$' && !!m[2], rowAbs: m[2] ? m[3] === '$' : m[1] === '$' };
  if (m[2]) {
    part.col = columnIndex(m[2]);
    if (part.col >= MAX_COLUMNS) return null;
  }
  if (m[4]) {
    part.row = Number(m[4]) - 1;
    if (part.row < 0 || part.row >= MAX_ROWS) return null;
  }
  return part;
}

function kind(p: RefPart): 'cell' | 'col' | 'row' {
  return p.col !== undefined && p.row !== undefined ? 'cell' : p.col !== undefined ? 'col' : 'row';
}

/** Reads a reference starting at i; returns it and where it ends, or null when there is none. */
function readReference(f: string, i: number): { token: RefToken; end: number } | null {
  let j = i;
  let sheet: string | undefined;
  if (f[j] === "'") {
    let name = '';
    j++;
    while (j < f.length) {
      if (f[j] === "'") {
        if (f[j + 1] === "'") {
          name += "'";
          j += 2;
          continue;
        }
        break;
      }
      name += f[j++];
    }
    if (f[j] !== "'" || f[j + 1] !== '!') return null;
    sheet = name;
    j += 2;
  } else {
    let k = j;
    while (k < f.length && /[\p{L}\p{N}_.]/u.test(f[k])) k++;
    if (k > j && f[k] === '!') {
      sheet = f.slice(j, k);
      j = k + 1;
    }
  }
  const prefix = f.slice(i, j);
  const readRun = (from: number) => {
    let k = from;
    while (k < f.length && /[$A-Za-z0-9]/.test(f[k])) k++;
    return k;
  };
  const e1 = readRun(j);
  const p1 = parsePart(f.slice(j, e1));
  if (!p1) return null;
  let end = e1;
  let parts: RefToken['parts'] = [p1];
  if (f[e1] === ':') {
    const e2 = readRun(e1 + 1);
    const p2 = parsePart(f.slice(e1 + 1, e2));
    if (p2 && kind(p2) === kind(p1)) {
      parts = [p1, p2];
      end = e2;
    }
  }
  if (parts.length === 1 && kind(p1) !== 'cell') return null;
  if (f[end] === '(' || isWordChar(f[end]) || f[end] === '!') return null;
  return { token: { sheet, prefix, parts }, end };
}

/** Calls `visit` for every reference; its answer (or the original text) goes into the result. */
export function mapReferences(
  formula: string,
  visit: (ref: RefToken, text: string) => string | undefined,
): string {
  let out = '';
  let i = 0;
  const f = formula;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === '"') {
          if (f[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === '[') depth++;
        else if (f[j] === ']' && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      // "[1]Plan!A1" in a file (or "[Bok.xlsx]Plan!A1"): a reference into another workbook.
      const external = readReference(f, i);
      if (external && external.token.sheet !== undefined) {
        out += f.slice(i, external.end);
        i = external.end;
      }
      continue;
    }
    if (!isWordChar(f[i - 1]) && f[i - 1] !== "'") {
      const ref = readReference(f, i);
      if (ref) {
        const text = f.slice(i, ref.end);
        out += visit(ref.token, text) ?? text;
        i = ref.end;
        continue;
      }
    }
    if (isWordChar(ch)) {
      let j = i;
      while (j < f.length && isWordChar(f[j])) j++;
      out += f.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function toRect(parts: RefToken['parts']): Rect {
  const [a, b = a] = parts;
  return {
    r0: a.row ?? 0,
    r1: b.row ?? MAX_ROWS - 1,
    c0: a.col ?? 0,
    c1: b.col ?? MAX_COLUMNS - 1,
  };
}

function formatPart(p: RefPart, col: number | undefined, row: number | undefined): string {
  return `${col !== undefined ? (p.colAbs ? '$' : '') + columnLetters(col) : ''}${row !== undefined ? (p.rowAbs ? '$' : '') + (row + 1) : ''}`;
}

/** A formula after cells of `targetSheet` were shifted; `formulaSheet` is the sheet the formula is on (undefined for names). */
export function shiftFormula(
  formula: string,
  formulaSheet: string | undefined,
  targetSheet: string,
  shift: Shift,
): string {
  const target = targetSheet.toLowerCase();
  return mapReferences(formula, (ref) => {
    const sheet = (ref.sheet ?? formulaSheet)?.toLowerCase();
    if (sheet !== target) return undefined;
    const k = kind(ref.parts[0]);
    if ((k === 'col' && shift.vertical) || (k === 'row' && !shift.vertical)) return undefined;
    const moved = shiftRect(toRect(ref.parts), shift);
    if (moved === 'conflict') return undefined;
    if (moved === null) return `${ref.prefix}#REF!`;
    const r = {
      r0: moved.r0,
      c0: moved.c0,
      r1: Math.min(moved.r1, MAX_ROWS - 1),
      c1: Math.min(moved.c1, MAX_COLUMNS - 1),
    };
    const [a, b] = ref.parts;
    const first = formatPart(
      a,
      a.col !== undefined ? r.c0 : undefined,
      a.row !== undefined ? r.r0 : undefined,
    );
    if (!b) return ref.prefix + first;
    return `${ref.prefix}${first}:${formatPart(b, b.col !== undefined ? r.c1 : undefined, b.row !== undefined ? r.r1 : undefined)}`;
  });
}

/** A formula after a sheet was renamed: qualified references to it carry the new name. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const old = oldName.toLowerCase();
  return mapReferences(formula, (ref, text) => {
    if (ref.sheet === undefined || ref.sheet.toLowerCase() !== old) return undefined;
    return `${quoteSheetName(newName)}!${text.slice(ref.prefix.length)}`;
  });
}

/**
 * A formula copied `dRow` rows down and `dCol` columns right (a shared formula's member from its
 * master): relative references move, absolute ones stay; one pushed off the grid becomes #REF!.
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapReferences(formula, (ref) => {
    let off = false;
    const move = (p: RefPart) => {
      const col = p.col !== undefined && !p.colAbs ? p.col + dCol : p.col;
      const row = p.row !== undefined && !p.rowAbs ? p.row + dRow : p.row;
      if (
        (col !== undefined && (col < 0 || col >= MAX_COLUMNS)) ||
        (row !== undefined && (row < 0 || row >= MAX_ROWS))
      )
        off = true;
      return formatPart(p, col, row);
    };
    const [a, b] = ref.parts;
    const text = b ? `${move(a)}:${move(b)}` : move(a);
    return off ? `${ref.prefix}#REF!` : ref.prefix + text;
  });
}

/**
 * A formula after every shift of `shifts` (sheet name in lower case → its shifts in order), in
 * one pass: the same as calling shiftFormula for each shift in turn (shifts of different sheets
 * touch different references, so their order across sheets does not matter).
 */
export function shiftFormulaAll(
  formula: string,
  formulaSheet: string | undefined,
  shifts: ReadonlyMap<string, readonly Shift[]>,
): string {
  if (shifts.size === 0) return formula;
  const own = formulaSheet?.toLowerCase();
  return mapReferences(formula, (ref) => {
    const sheet = ref.sheet?.toLowerCase() ?? own;
    const list = sheet === undefined ? undefined : shifts.get(sheet);
    if (!list) return undefined;
    const k = kind(ref.parts[0]);
    let rect = toRect(ref.parts);
    let changed = false;
    for (const shift of list) {
      if ((k === 'col' && shift.vertical) || (k === 'row' && !shift.vertical)) continue;
      const moved = shiftRect(rect, shift);
      if (moved === 'conflict') continue;
      if (moved === null) return `${ref.prefix}#REF!`;
      if (moved.r0 !== rect.r0 || moved.r1 !== rect.r1 || moved.c0 !== rect.c0 || moved.c1 !== rect.c1) {
        rect = moved;
        changed = true;
      }
    }
    if (!changed) return undefined;
    const r = {
      r0: rect.r0,
      c0: rect.c0,
      r1: Math.min(rect.r1, MAX_ROWS - 1),
      c1: Math.min(rect.c1, MAX_COLUMNS - 1),
    };
    const [a, b] = ref.parts;
    const first = formatPart(
      a,
      a.col !== undefined ? r.c0 : undefined,
      a.row !== undefined ? r.r0 : undefined,
    );
    if (!b) return ref.prefix + first;
    return `${ref.prefix}${first}:${formatPart(b, b.col !== undefined ? r.c1 : undefined, b.row !== undefined ? r.r1 : undefined)}`;
  });
}
