// A1 addresses: parsing ("'3.a Saml pers spr-plan PLAN'!A1:B2", "$C$3", "A:C", "2:5") and
// formatting them the way Excel reports Range.address.

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress extends Rect {
  /** The sheet named in the address, unquoted; undefined when the address has none. */
  sheet?: string;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - m - 1) / 26;
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part = { row?: number; col?: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Splits "Sheet!A1" / "'It''s'!A1" into sheet name and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return { local: text };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

/** Parses an A1 address; returns null when it is not one. */
export function parseAddress(address: string): ParsedAddress | null {
  if (typeof address !== 'string') return null;
  const { sheet, local } = splitSheet(address);
  const pieces = local.split(':');
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const kind = (p: Part) =>
    p.row !== undefined && p.col !== undefined ? 'cell' : p.col !== undefined ? 'col' : 'row';
  if (kind(a) !== kind(b)) return null;
  if (pieces.length === 1 && kind(a) !== 'cell') return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLUMNS - 1;
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r0 < 0 || rect.c0 < 0) return null;
  return sheet === undefined ? rect : { ...rect, sheet };
}

/** Excel writes a sheet name bare only when it is a plain identifier that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The local part of an address as Excel reports it: "A1", "A1:B2", "2:5" (whole rows), "A:C" (whole columns). */
export function formatLocal(rect: Rect): string {
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  if (wholeRows && !wholeCols) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (wholeCols && !wholeRows) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  const a = cellName(rect.r0, rect.c0);
  const b = cellName(rect.r1, rect.c1);
  return a === b ? a : `${a}:${b}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatLocal(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}
