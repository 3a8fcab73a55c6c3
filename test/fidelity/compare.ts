// The fidelity harness: compares the workbook a command read with the workbook it wrote, part by
// part and cell by cell, given what the command was allowed to change (cells written, rows
// inserted or deleted, sheets and parts added). Everything else must be as it was: parts
// byte for byte; in a sheet that was written, every other cell (value, formula, cached result,
// style) and the sheet's other XML after the row shift; shared strings and styles only added
// to; relationships and content types kept. Each difference names the part, the place, what
// was there before and what is there after.
import type { Document, Element } from '@xmldom/xmldom';
import { compareSheet, parseRegion, stringItemText, type Region } from './compareSheet';
import {
  child,
  children,
  isXmlPart,
  localName,
  parseXml,
  reachable,
  readPackage,
  relationships,
  relsPartOf,
  sheetsOf,
  workbookPart,
  type Parts,
  type SheetEntry,
} from './ooxml';
import type { RowOp } from './rowShift';
import { canonical, describe, firstDifference, xmlDifferences } from './xmlCompare';
import { shiftXml } from './xmlShift';

export type { RowOp } from './rowShift';

/** What a command may change in one sheet. */
export interface SheetChange {
  /** A1 ranges the command wrote, in the output's rows: anything inside may differ. */
  written?: string[];
  /** A1 ranges whose cells may differ in style only (the check's marks), output rows. */
  restyled?: string[];
  /** Rows inserted or deleted, in the order they ran (each in the rows of its moment). */
  rows?: RowOp[];
}

export interface AllowedChanges {
  /** By sheet name. */
  sheets?: Record<string, SheetChange>;
  /** Sheets the command may add; they and every part only they reach are not compared. */
  addedSheets?: string[];
  /** Other parts the command may add (matched against the part name, no leading slash). */
  addedParts?: RegExp[];
  /** Parts that may change or disappear (docProps/app.xml, xl/calcChain.xml …). */
  changedParts?: RegExp[];
  /** The workbook may ask Excel to recalculate on load (calcPr fullCalcOnLoad). */
  recalc?: boolean;
}

export interface Difference {
  /** The part (a sheet's part with the sheet's name in brackets). */
  part: string;
  /** Where in it: a cell, a row, an XML path, or "part". */
  where: string;
  before: string;
  after: string;
}

const CONTENT_TYPES = '[Content_Types].xml';
const matches = (patterns: readonly RegExp[] | undefined, part: string) =>
  (patterns ?? []).some((p) => p.test(part));

interface Side {
  parts: Parts;
  sheets: SheetEntry[];
  byName: Map<string, SheetEntry>;
  byPart: Map<string, SheetEntry>;
  strings: string[];
  workbook: string;
}

function side(bytes: Uint8Array): Side {
  const parts = readPackage(bytes);
  const sheets = sheetsOf(parts);
  const workbook = workbookPart(parts);
  const sstRel = relationships(parts, workbook).find((r) => r.type.endsWith('/sharedStrings'));
  const sst = sstRel?.part ? parts.get(sstRel.part) : undefined;
  const strings = sst
    ? children(parseXml(sst, sstRel!.part!).documentElement!)
        .filter((e) => localName(e) === 'si')
        .map(stringItemText)
    : [];
  return {
    parts,
    sheets,
    byName: new Map(sheets.map((s) => [s.name, s])),
    byPart: new Map(sheets.map((s) => [s.part, s])),
    strings,
    workbook,
  };
}

/** Compares two packages; an empty list means the output kept everything it had to keep. */
export function comparePackages(
  input: Uint8Array,
  output: Uint8Array,
  allowed: AllowedChanges = {},
): Difference[] {
  const a = side(input);
  const b = side(output);
  const diffs: Difference[] = [];
  const label = (s: Side, part: string) => {
    const sheet = s.byPart.get(part);
    return sheet ? `${part} [${sheet.name}]` : part;
  };
  const push = (part: string, where: string, before: string, after: string) =>
    diffs.push({ part, where, before, after });

  // Input part name → output part name: sheets by their names, everything else by path.
  const mapped = new Map<string, string>();
  for (const s of a.sheets) {
    const t = b.byName.get(s.name);
    if (!t) push(label(a, s.part), 'sheet', `sheet "${s.name}"`, '—');
    else mapped.set(s.part, t.part);
  }
  for (const s of b.sheets) {
    if (!a.byName.has(s.name) && !(allowed.addedSheets ?? []).includes(s.name)) {
      push(label(b, s.part), 'sheet', '—', `sheet "${s.name}" (${s.kind})`);
    }
  }
  for (const [from, to] of [...mapped]) mapped.set(relsPartOf(from), relsPartOf(to));
  const outName = (part: string) => mapped.get(part) ?? part;

  // Parts the output may add: those named, and everything reachable only from added sheets.
  const fromAdded = new Set<string>();
  for (const name of allowed.addedSheets ?? []) {
    const s = b.byName.get(name);
    if (s && !a.byName.has(name)) for (const p of reachable(b.parts, s.part)) fromAdded.add(p);
  }
  const inputTargets = new Set(mapped.values());
  for (const p of a.parts.keys()) inputTargets.add(p);
  const mayAdd = (part: string): boolean => {
    if (inputTargets.has(part)) return false;
    if (fromAdded.has(part) || matches(allowed.addedParts, part)) return true;
    const m = /^(.*)_rels\/(.+)\.rels$/.exec(part);
    return m !== null && mayAdd(`${m[1]}${m[2]}`);
  };
  const mayChange = (part: string) => matches(allowed.changedParts, part);

  const shifts = Object.entries(allowed.sheets ?? {})
    .filter(([, c]) => (c.rows ?? []).length > 0)
    .map(([sheet, c]) => ({ sheet, ops: c.rows!, owned: ownedParts(a, sheet) }));

  /** The input part's XML moved by every row shift, as the output must hold it. */
  const shifted = (part: string): Document => {
    const doc = parseXml(a.parts.get(part)!, part);
    const sheet = a.byPart.get(part);
    for (const s of shifts) {
      shiftXml(doc.documentElement!, {
        sheet: s.sheet,
        ops: s.ops,
        formulaSheet: sheet?.name ?? null,
        owned: s.owned.has(part),
      });
    }
    return doc;
  };

  for (const part of a.parts.keys()) {
    const target = outName(part);
    if (mayChange(part)) continue;
    const after = b.parts.get(target);
    if (!after) {
      push(label(a, part), 'part', describePart(a.parts.get(part)!), '—');
      continue;
    }
    const sheet = a.byPart.get(part);
    if (part === CONTENT_TYPES) compareContentTypes(a, b, outName, mayAdd, mayChange, push);
    else if (part.endsWith('.rels')) compareRels(a, b, part, target, outName, mayAdd, mayChange, push);
    else if (part === a.workbook) compareWorkbook(shifted(part), b, allowed, push);
    else if (/sharedStrings\.xml$/.test(part)) compareAppendOnly(a, b, part, target, push);
    else if (/styles\.xml$/.test(part)) compareStyles(a, b, part, target, push);
    else if (sheet?.kind === 'worksheet' && (allowed.sheets?.[sheet.name] || shifts.length > 0)) {
      const change = allowed.sheets?.[sheet.name] ?? {};
      const regions = (list: string[] | undefined): Region[] => (list ?? []).map(parseRegion);
      const found = compareSheet(shifted(part), parseXml(after, target), a.strings, b.strings, {
        written: regions(change.written),
        restyled: regions(change.restyled),
        ops: change.rows ?? [],
      });
      for (const d of found) push(label(a, part), d.where, d.before, d.after);
    } else if (!sameBytes(a.parts.get(part)!, after)) {
      const doc = shifts.length > 0 && isXmlPart(part) ? shifted(part) : null;
      if (doc && !firstDifference(doc.documentElement!, parseXml(after, target).documentElement!)) continue;
      describeChange(a, b, part, target, sheet, push, label);
    }
  }
  for (const part of b.parts.keys()) {
    if (inputTargets.has(part) || mayAdd(part)) continue;
    push(label(b, part), 'part', '—', describePart(b.parts.get(part)!));
  }
  return diffs;
}

/** The parts whose positions are on `sheet`: its own part and the parts it relates to directly. */
function ownedParts(s: Side, sheet: string): Set<string> {
  const entry = s.byName.get(sheet);
  if (!entry) throw new Error(`no sheet "${sheet}" in the input`);
  const owned = new Set([entry.part]);
  for (const r of relationships(s.parts, entry.part)) if (r.part) owned.add(r.part);
  return owned;
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function describePart(bytes: Uint8Array): string {
  return `${bytes.length} bytes`;
}

type Push = (part: string, where: string, before: string, after: string) => void;

/** A part that changed where nothing may change: the first difference, readably. */
function describeChange(
  a: Side,
  b: Side,
  part: string,
  target: string,
  sheet: SheetEntry | undefined,
  push: Push,
  label: (s: Side, part: string) => string,
): void {
  const where = label(a, part);
  if (!isXmlPart(part)) {
    push(where, 'bytes', describePart(a.parts.get(part)!), describePart(b.parts.get(target)!));
    return;
  }
  const x = parseXml(a.parts.get(part)!, part);
  const y = parseXml(b.parts.get(target)!, target);
  if (sheet?.kind === 'worksheet') {
    const found = compareSheet(x, y, a.strings, b.strings, { written: [], restyled: [], ops: [] });
    for (const d of found) push(where, d.where, d.before, d.after);
    if (found.length > 0) return;
  } else {
    const found = xmlDifferences(x.documentElement!, y.documentElement!);
    for (const d of found) push(where, d.path, d.before, d.after);
    if (found.length > 0) return;
  }
  push(where, 'bytes', 'the same XML written differently', `${describePart(b.parts.get(target)!)}`);
}

function compareContentTypes(
  a: Side,
  b: Side,
  outName: (p: string) => string,
  mayAdd: (p: string) => boolean,
  mayChange: (p: string) => boolean,
  push: Push,
): void {
  const read = (s: Side) => {
    const doc = parseXml(s.parts.get(CONTENT_TYPES)!, CONTENT_TYPES).documentElement!;
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const e of children(doc)) {
      if (localName(e) === 'Default')
        defaults.set((e.getAttribute('Extension') ?? '').toLowerCase(), e.getAttribute('ContentType') ?? '');
      else if (localName(e) === 'Override')
        overrides.set(
          (e.getAttribute('PartName') ?? '').replace(/^\//, ''),
          e.getAttribute('ContentType') ?? '',
        );
    }
    return { defaults, overrides };
  };
  const x = read(a);
  const y = read(b);
  for (const [ext, type] of x.defaults) {
    if (y.defaults.get(ext) !== type) push(CONTENT_TYPES, `Default ${ext}`, type, y.defaults.get(ext) ?? '—');
  }
  const seen = new Set<string>();
  for (const [part, type] of x.overrides) {
    const target = outName(part);
    seen.add(target);
    if (mayChange(part) && !b.parts.has(target)) continue;
    if (y.overrides.get(target) !== type)
      push(CONTENT_TYPES, `Override /${part}`, type, y.overrides.get(target) ?? '—');
  }
  for (const [part, type] of y.overrides) {
    if (!seen.has(part) && !mayAdd(part)) push(CONTENT_TYPES, `Override /${part}`, '—', type);
  }
}

function compareRels(
  a: Side,
  b: Side,
  relsPart: string,
  target: string,
  outName: (p: string) => string,
  mayAdd: (p: string) => boolean,
  mayChange: (p: string) => boolean,
  push: Push,
): void {
  const sourceOf = (rels: string) => {
    const m = /^(.*)_rels\/(.+)\.rels$/.exec(rels);
    return m ? `${m[1]}${m[2]}` : '';
  };
  const x = relationships(a.parts, sourceOf(relsPart));
  const y = new Map(relationships(b.parts, sourceOf(target)).map((r) => [r.id, r]));
  const show = (r: { type: string; target: string; external: boolean }) =>
    `${r.type.split('/').pop()} → ${r.target}${r.external ? ' (external)' : ''}`;
  for (const r of x) {
    const o = y.get(r.id);
    y.delete(r.id);
    if (r.part && mayChange(r.part) && !b.parts.has(outName(r.part))) continue;
    const same =
      o !== undefined &&
      o.type === r.type &&
      o.external === r.external &&
      (r.external ? o.target === r.target : o.part === outName(r.part!));
    if (!same) push(relsPart, `Relationship ${r.id}`, show(r), o ? show(o) : '—');
  }
  for (const o of y.values()) {
    if (o.part && mayAdd(o.part)) continue;
    push(relsPart, `Relationship ${o.id}`, '—', show(o));
  }
}

function compareWorkbook(before: Document, b: Side, allowed: AllowedChanges, push: Push): void {
  const part = b.workbook;
  const x = before.documentElement!;
  const y = parseXml(b.parts.get(part)!, part).documentElement!;
  const added = new Set(allowed.addedSheets ?? []);
  // Sheets: every input sheet kept as it was (name, id, state, relationship id); new ones allowed.
  const sheetsOf = (e: Element) => children(child(e, 'sheets') ?? e).filter((s) => localName(s) === 'sheet');
  const ys = new Map(sheetsOf(y).map((s) => [s.getAttribute('name'), s]));
  for (const s of sheetsOf(x)) {
    const o = ys.get(s.getAttribute('name'));
    ys.delete(s.getAttribute('name'));
    if (!o || canonical(o) !== canonical(s))
      push(part, `sheets/sheet "${s.getAttribute('name')}"`, describe(s), describe(o ?? null));
  }
  for (const [name, o] of ys)
    if (!added.has(name ?? '')) push(part, `sheets/sheet "${name}"`, '—', describe(o));
  // Defined names: as a set (their references moved already).
  const names = (e: Element) =>
    children(child(e, 'definedNames') ?? e).filter((n) => localName(n) === 'definedName');
  const yn = new Map<string, Element[]>();
  for (const n of names(y)) yn.set(canonical(n), [...(yn.get(canonical(n)) ?? []), n]);
  for (const n of names(x)) {
    const m = yn.get(canonical(n));
    if (m && m.length > 0) m.pop();
    else push(part, `definedNames/definedName "${n.getAttribute('name')}"`, describe(n), '—');
  }
  // A name local to a sheet the command added (its print area) belongs to that sheet.
  const ySheets = sheetsOf(y).map((s) => s.getAttribute('name') ?? '');
  const ofAddedSheet = (n: Element) => {
    const local = n.getAttribute('localSheetId');
    return local !== null && added.has(ySheets[Number(local)] ?? '');
  };
  for (const rest of yn.values())
    for (const n of rest)
      if (!ofAddedSheet(n))
        push(part, `definedNames/definedName "${n.getAttribute('name')}"`, '—', describe(n));
  // Everything else; calcPr may ask for a recalculation (and may be added for that alone).
  const rest = (e: Element) => {
    const copy = e.cloneNode(true) as Element;
    for (const c of children(copy)) {
      if (localName(c) === 'sheets' || localName(c) === 'definedNames') copy.removeChild(c);
    }
    return copy;
  };
  const rx = rest(x);
  const ry = rest(y);
  const calcPr = child(ry, 'calcPr');
  if (allowed.recalc && calcPr && !child(rx, 'calcPr')) {
    const only = (a: string) => a === 'fullCalcOnLoad' || a === 'calcId' || a.startsWith('xmlns');
    const names = Array.from(
      { length: calcPr.attributes.length },
      (_, i) => calcPr.attributes.item(i)!.nodeName,
    );
    if (names.every(only)) ry.removeChild(calcPr);
  }
  const ignore = new Set(allowed.recalc ? ['fullCalcOnLoad'] : []);
  for (const d of xmlDifferences(rx, ry, `/${x.nodeName}`, ignore)) push(part, d.path, d.before, d.after);
}

/** Shared strings: every input item still at its index (cells refer to them by index). */
function compareAppendOnly(a: Side, b: Side, part: string, target: string, push: Push): void {
  const items = (s: Side, p: string) => children(parseXml(s.parts.get(p)!, p).documentElement!);
  const x = items(a, part);
  const y = items(b, target);
  for (let i = 0; i < x.length; i++) {
    if (!y[i] || canonical(x[i]) !== canonical(y[i])) {
      push(part, `${x[i].nodeName}[${i}]`, describe(x[i]), describe(y[i] ?? null));
      return;
    }
  }
}

const STYLE_LISTS = new Set([
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
]);

/** Styles: every list only added to (cells, formats and tables refer to its items by index). */
function compareStyles(a: Side, b: Side, part: string, target: string, push: Push): void {
  const x = parseXml(a.parts.get(part)!, part).documentElement!;
  const y = parseXml(b.parts.get(target)!, target).documentElement!;
  for (const e of children(x)) {
    const name = localName(e);
    const o = child(y, name);
    if (!o) {
      push(part, `/${e.nodeName}`, describe(e), '—');
      continue;
    }
    if (name === 'numFmts') {
      const have = new Set(children(o).map((f) => canonical(f)));
      for (const f of children(e))
        if (!have.has(canonical(f))) push(part, `/numFmts/numFmt`, describe(f), '—');
    } else if (STYLE_LISTS.has(name)) {
      const xs = children(e);
      const ys = children(o);
      for (let i = 0; i < xs.length; i++) {
        if (!ys[i] || canonical(xs[i]) !== canonical(ys[i])) {
          push(part, `/${name}/${xs[i].nodeName}[${i}]`, describe(xs[i]), describe(ys[i] ?? null));
          break;
        }
      }
    } else {
      for (const d of xmlDifferences(e, o, `/${e.nodeName}`)) push(part, d.path, d.before, d.after);
    }
  }
}

/** The differences as lines (part, place: before → after), at most `max`, after a count per part. */
export function formatDifferences(diffs: readonly Difference[], max = 40): string {
  if (diffs.length === 0) return 'no differences';
  const perPart = new Map<string, number>();
  for (const d of diffs) perPart.set(d.part, (perPart.get(d.part) ?? 0) + 1);
  const lines = [
    `${diffs.length} difference(s) in ${perPart.size} part(s): ` +
      [...perPart].map(([p, n]) => `${p} (${n})`).join(', '),
    ...diffs.slice(0, max).map((d) => `  ${d.part} ${d.where}: ${d.before} → ${d.after}`),
  ];
  if (diffs.length > max) lines.push(`  … and ${diffs.length - max} more`);
  return lines.join('\n');
}
