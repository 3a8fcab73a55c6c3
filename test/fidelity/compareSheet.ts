// One worksheet of the input against the same sheet of the output, after the rows the import
// inserted or deleted: every cell outside the written ones the same (value, formula, style),
// every row's attributes (height, hidden, style) the same, and the rest of the sheet's XML
// (merges, validations, conditional formats, hyperlinks, print set-up, protection, columns,
// views …) the same. Cells are compared by what they hold: a shared string and an inline string
// with the same text are the same text.
import type { Document, Element } from '@xmldom/xmldom';
import { a1, parseA1 } from '../../src/core/log/a1';
import { child, children, localName } from './ooxml';
import { mapRow, type RowOp } from './rowShift';
import { canonical, describe, xmlDifferences } from './xmlCompare';

/** A rectangle of cells, 1-based rows, 0-based columns, inclusive. */
export interface Region {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "A4:K9", "B7" → a region. */
export function parseRegion(ref: string): Region {
  const [a, b = a] = ref.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) throw new Error(`not a cell range: ${ref}`);
  return {
    r1: Math.min(p.row1, q.row1),
    c1: Math.min(p.col0, q.col0),
    r2: Math.max(p.row1, q.row1),
    c2: Math.max(p.col0, q.col0),
  };
}

const inside = (regions: readonly Region[], row: number, col: number): boolean =>
  regions.some((g) => row >= g.r1 && row <= g.r2 && col >= g.c1 && col <= g.c2);

export interface SheetDifference {
  /** A cell, a row ("row 7") or an XML path. */
  where: string;
  before: string;
  after: string;
}

interface Cell {
  ref: string;
  /** What the cell holds, style left out: equal keys, equal content. */
  content: string;
  style: string;
  /** Readable form for a report. */
  show: string;
}

/** The text of a shared string item or an inline string (phonetic runs left out). */
export function stringItemText(si: Element): string {
  let s = '';
  const walk = (e: Element) => {
    for (const c of children(e)) {
      const n = localName(c);
      if (n === 'rPh' || n === 'phoneticPr') continue;
      if (n === 't') s += c.textContent ?? '';
      else walk(c);
    }
  };
  walk(si);
  return s;
}

function readCell(c: Element, strings: readonly string[]): Cell {
  const t = c.getAttribute('t') ?? 'n';
  const v = child(c, 'v')?.textContent ?? null;
  const f = child(c, 'f');
  const is = child(c, 'is');
  let kind = t;
  let value: string | null = v;
  if (t === 's') {
    kind = 'text';
    value = v === null ? null : (strings[Number(v)] ?? `#missing shared string ${v}`);
  } else if (t === 'inlineStr') {
    kind = 'text';
    value = is ? stringItemText(is) : '';
  } else if (t === 'str') {
    kind = 'text';
  } else if (t === 'n' && v !== null && v.trim() !== '' && Number.isFinite(Number(v))) {
    value = String(Number(v));
  }
  const other: string[] = [];
  for (const a of ['cm', 'vm', 'ph']) if (c.getAttribute(a) !== null) other.push(`${a}=${c.getAttribute(a)}`);
  const formula = f ? canonical(f) : '';
  const style = c.getAttribute('s') ?? '0';
  const fText = f ? `=${f.textContent ?? ''}${f.getAttribute('t') ? ` (${f.getAttribute('t')})` : ''} ` : '';
  const vText =
    kind === 'text' && value !== null
      ? JSON.stringify(value)
      : `${kind} ${value === null || value === '' ? '(no value)' : value}`;
  return {
    ref: c.getAttribute('r') ?? '',
    content: `${kind}|${value ?? ''}|${formula}|${other.join(',')}`,
    style,
    show: `${fText}${vText}${other.length ? ` ${other.join(' ')}` : ''}`,
  };
}

interface SheetData {
  cells: Map<string, Cell & { row: number; col: number }>;
  rows: Map<number, string>;
}

const key = (row: number, col: number) => `${row}:${col}`;
const ROW_ATTRIBUTES_IGNORED = new Set(['r', 'spans']);

function rowAttributes(row: Element): string {
  const out: string[] = [];
  for (let i = 0; i < row.attributes.length; i++) {
    const a = row.attributes.item(i)!;
    if (!ROW_ATTRIBUTES_IGNORED.has(a.localName ?? a.nodeName) && !a.nodeName.startsWith('xmlns'))
      out.push(`${a.nodeName}="${a.value}"`);
  }
  return out.sort().join(' ');
}

/** Cells and row attributes; rows mapped through `ops` (cells in deleted rows left out). */
function readSheetData(ws: Element, strings: readonly string[], ops: readonly RowOp[]): SheetData {
  const cells: SheetData['cells'] = new Map();
  const rows: SheetData['rows'] = new Map();
  const data = child(ws, 'sheetData');
  if (!data) return { cells, rows };
  let lastRow = 0;
  for (const row of children(data)) {
    const r0 = Number(row.getAttribute('r') ?? lastRow + 1);
    lastRow = r0;
    const r = mapRow(r0, ops);
    if (r === null) continue;
    rows.set(r, rowAttributes(row));
    let lastCol = -1;
    for (const c of children(row)) {
      if (localName(c) !== 'c') continue;
      const ref = c.getAttribute('r');
      const col = ref ? parseA1(ref)!.col0 : lastCol + 1;
      lastCol = col;
      cells.set(key(r, col), { ...readCell(c, strings), row: r, col });
    }
  }
  return { cells, rows };
}

/** Elements that are lists of items: compared item by item, in any order, `count` ignored. */
const LISTS = new Set([
  'mergeCells',
  'dataValidations',
  'hyperlinks',
  'protectedRanges',
  'ignoredErrors',
  'rowBreaks',
  'colBreaks',
  'tableParts',
  'cellWatches',
]);

function itemsOf(ws: Element): Map<string, Element[]> {
  const lists = new Map<string, Element[]>();
  const add = (name: string, e: Element) => lists.set(name, [...(lists.get(name) ?? []), e]);
  for (const e of children(ws)) {
    const n = localName(e);
    if (LISTS.has(n)) for (const item of children(e)) add(n, item);
    else if (n === 'conditionalFormatting') add(n, e);
  }
  return lists;
}

function restOf(ws: Element): Element[] {
  return children(ws).filter((e) => {
    const n = localName(e);
    return n !== 'sheetData' && n !== 'dimension' && n !== 'conditionalFormatting' && !LISTS.has(n);
  });
}

const COUNT = new Set(['count']);

export interface SheetChangeSpec {
  /** Cells the import wrote, output coordinates. */
  written: readonly Region[];
  /** Cells whose style alone may differ, output coordinates. */
  restyled: readonly Region[];
  /** Rows inserted and deleted, in the order they ran. */
  ops: readonly RowOp[];
}

/**
 * The differences between the input sheet and the output sheet. `before` has had its XML
 * moved already (xmlShift: formulas and ranges); its rows and cells are moved here by
 * `spec.ops`. Strings are each package's shared strings.
 */
export function compareSheet(
  before: Document,
  after: Document,
  beforeStrings: readonly string[],
  afterStrings: readonly string[],
  spec: SheetChangeSpec,
): SheetDifference[] {
  const diffs: SheetDifference[] = [];
  const a = before.documentElement!;
  const b = after.documentElement!;
  const da = readSheetData(a, beforeStrings, spec.ops);
  const db = readSheetData(b, afterStrings, []);

  // Nothing of the input can be lost in an inserted row: whatever the output has there is new.
  const newRow = (row: number) => spec.ops.length > 0 && !hasPreimage(row, spec.ops);
  for (const [k, x] of da.cells) {
    if (inside(spec.written, x.row, x.col)) continue;
    const y = db.cells.get(k);
    const out = a1(x.row, x.col);
    const where = out === x.ref.replace(/\$/g, '') ? out : `${out} (input ${x.ref})`;
    if (!y) {
      diffs.push({ where, before: `${x.show} s=${x.style}`, after: '—' });
      continue;
    }
    if (x.content !== y.content) diffs.push({ where, before: x.show, after: y.show });
    else if (x.style !== y.style && !inside(spec.restyled, x.row, x.col)) {
      diffs.push({ where: `${where} style`, before: `s=${x.style}`, after: `s=${y.style}` });
    }
  }
  for (const [k, y] of db.cells) {
    if (da.cells.has(k) || inside(spec.written, y.row, y.col) || newRow(y.row)) continue;
    diffs.push({ where: y.ref, before: '—', after: `${y.show} s=${y.style}` });
  }
  const rowsSeen = new Set<number>();
  for (const [r, attrs] of da.rows) {
    rowsSeen.add(r);
    const other = db.rows.get(r) ?? '';
    if (attrs !== other)
      diffs.push({ where: `row ${r}`, before: attrs || '(none)', after: other || '(none)' });
  }
  for (const [r, attrs] of db.rows) {
    if (rowsSeen.has(r) || attrs === '' || newRow(r)) continue;
    diffs.push({ where: `row ${r}`, before: '(none)', after: attrs });
  }

  const ia = itemsOf(a);
  const ib = itemsOf(b);
  for (const name of new Set([...ia.keys(), ...ib.keys()])) {
    const left = ia.get(name) ?? [];
    const right = new Map<string, Element[]>();
    for (const e of ib.get(name) ?? []) {
      const c = canonical(e);
      right.set(c, [...(right.get(c) ?? []), e]);
    }
    for (const e of left) {
      const c = canonical(e);
      const match = right.get(c);
      if (match && match.length > 0) match.pop();
      else diffs.push({ where: `${name}/${e.nodeName}`, before: describe(e), after: '—' });
    }
    for (const rest of right.values()) {
      for (const e of rest) diffs.push({ where: `${name}/${e.nodeName}`, before: '—', after: describe(e) });
    }
  }
  for (const name of LISTS) {
    const ca = child(a, name);
    const cb = child(b, name);
    if (ca && cb) {
      for (const d of xmlDifferences(withoutChildren(ca), withoutChildren(cb), `/${name}`, COUNT))
        diffs.push({ where: d.path, before: d.before, after: d.after });
    }
  }

  const ra = restOf(a);
  const rb = restOf(b);
  const byName = (list: Element[]) => {
    const m = new Map<string, Element[]>();
    for (const e of list) m.set(localName(e), [...(m.get(localName(e)) ?? []), e]);
    return m;
  };
  const ma = byName(ra);
  const mb = byName(rb);
  for (const name of new Set([...ma.keys(), ...mb.keys()])) {
    const xs = ma.get(name) ?? [];
    const ys = mb.get(name) ?? [];
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const x = xs[i];
      const y = ys[i];
      if (!x || !y) {
        diffs.push({ where: `/${name}`, before: describe(x ?? null), after: describe(y ?? null) });
        continue;
      }
      for (const d of xmlDifferences(x, y, `/${name}`))
        diffs.push({ where: d.path, before: d.before, after: d.after });
    }
  }
  const order = (list: Element[]) => list.map(localName).join(' ');
  if (order(ra) !== order(rb) && diffs.length === 0) {
    diffs.push({ where: 'element order', before: order(ra), after: order(rb) });
  }
  return diffs;
}

/** Whether an output row has a row of the input that moved to it. */
function hasPreimage(row: number, ops: readonly RowOp[]): boolean {
  // Walk the operations backwards: an inserted row has no preimage.
  let r = row;
  for (let i = ops.length - 1; i >= 0; i--) {
    const { at, count } = ops[i];
    if (count > 0) {
      if (r >= at + count) r -= count;
      else if (r >= at) return false;
    } else if (count < 0 && r >= at) r -= count;
  }
  return true;
}

function withoutChildren(e: Element): Element {
  return e.cloneNode(false) as Element;
}
