// Parts that hang off a sheet whose rows moved, moved with them as Excel moves them: tables
// (their range, filter, sort and column formulas), drawings (anchors of pictures, shapes and
// charts), comments (notes, their VML shapes, threaded comments). What Excel would not move, or
// what cannot be moved safely, is refused before anything is written: a pivot table on the
// moved rows or a pivot cache over them, a chart series over them, a table whose header row is
// deleted or that a shift of a block of columns would cut, an external data range over them.
import { strFromU8 } from 'fflate';
import { MessageError, msg } from '../../core/messages';
import { contentTypeOf, readRelationships, relsPathFor, resolvePart } from '../../core/xlsx/opc';
import type { WorkbookPackage } from '../../core/xlsx/workbookPackage';
import {
  XmlError,
  XmlScanner,
  attributes,
  escapeAttr,
  escapeText,
  forEachAttribute,
  innerText,
} from '../../core/xlsx/xmlScan';
import { parseAddress, type Rect } from '../address';
import { shiftFormulaAll } from '../formulaReferences';
import { shiftRect, type Shift, type WorkbookModel } from '../workbookModel';
import { RowShifts } from './rowShifts';

const CHART_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  'application/vnd.ms-office.chartex+xml',
]);
const PIVOT_CACHE_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml';

interface Edit {
  at: number;
  end: number;
  text: string;
}

function splice(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.at) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Whether a shift changes a range at all. */
function affected(rect: Rect, rows: RowShifts): boolean {
  const moved = rows.rect(rect);
  return (
    moved === null ||
    moved.r0 !== rect.r0 ||
    moved.r1 !== rect.r1 ||
    moved.c0 !== rect.c0 ||
    moved.c1 !== rect.c1
  );
}

/** A shift of a block of columns that cuts through a range's columns while moving its rows. */
function cutByBlock(rect: Rect, shifts: readonly Shift[]): boolean {
  let r: Rect | null = rect;
  for (const s of shifts) {
    if (!r) return false;
    const moved = shiftRect(r, s);
    if (moved === 'conflict') return true;
    r = moved;
  }
  return false;
}

function read(pkg: WorkbookPackage, part: string): string {
  return strFromU8(pkg.zip.read(part));
}

function sheetRels(pkg: WorkbookPackage, part: string) {
  const rels = relsPathFor(part);
  return pkg.zip.has(rels) ? readRelationships(read(pkg, rels)).filter((r) => !r.external) : [];
}

/**
 * The moved parts (part name → new text) for the sheets whose rows moved; throws MessageError
 * for the first thing in the way. `formulaShifts`: every sheet's shifts by lower-case name.
 */
export function patchRelatedParts(
  model: WorkbookModel,
  pkg: WorkbookPackage,
  formulaShifts: ReadonlyMap<string, readonly Shift[]>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (formulaShifts.size === 0) return out;
  checkCharts(model, pkg, formulaShifts);
  checkPivotCaches(pkg, formulaShifts);
  for (const sheet of model.sheets) {
    if (!sheet.source || sheet.shifts.length === 0) continue;
    const rows = new RowShifts(sheet.shifts);
    const shiftF = (f: string) => shiftFormulaAll(f, sheet.name, formulaShifts);
    for (const rel of sheetRels(pkg, sheet.source.part)) {
      const part = resolvePart(sheet.source.part, rel.target);
      if (!pkg.zip.has(part)) continue;
      const text = read(pkg, part);
      let moved: string;
      try {
        switch (rel.kind) {
          case 'table':
            moved = moveTable(text, part, sheet.name, sheet.shifts, rows, shiftF);
            break;
          case 'drawing':
            moved = moveDrawing(text, rows);
            break;
          case 'vmlDrawing':
            moved = moveVml(text, rows, shiftF);
            break;
          case 'comments':
            moved = moveRefs(text, 'comment', rows);
            break;
          case 'threadedComment':
            moved = moveRefs(text, 'threadedComment', rows);
            break;
          case 'pivotTable':
            checkPivotTable(text, sheet.name, rows);
            continue;
          default:
            continue;
        }
      } catch (e) {
        if (e instanceof XmlError)
          throw new MessageError(msg('file-damaged', { file: pkg.file, detail: `${part}: ${e.detail}` }));
        throw e;
      }
      if (moved !== text) out.set(part, moved);
    }
  }
  return out;
}

// ------------------------------------------------------------------ tables

function moveTable(
  text: string,
  part: string,
  sheetName: string,
  shifts: readonly Shift[],
  rows: RowShifts,
  shiftF: (f: string) => string,
): string {
  const s = new XmlScanner(text);
  const edits: Edit[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') continue;
    if (tag.local === 'table') {
      const a = attributes(text, tag);
      const name = a.get('displayName') ?? a.get('name') ?? part;
      const ref = a.get('ref');
      const rect = ref ? parseAddress(ref) : null;
      if (rect) {
        const headerRows = Number(a.get('headerRowCount') ?? 1);
        const where = `${sheetName}!${ref}`;
        if (cutByBlock(rect, shifts))
          throw new MessageError(msg('file-save-blocked-table', { table: name, where }));
        if (headerRows > 0 && rows.cell(rect.r0, rect.c0) === null)
          throw new MessageError(msg('file-save-blocked-table', { table: name, where }));
        if (a.get('tableType') === 'queryTable' && affected(rect, rows))
          throw new MessageError(msg('file-save-blocked-external', { what: name, where }));
        if (rows.rect(rect) === null)
          throw new MessageError(msg('file-save-blocked-table', { table: name, where }));
      }
    }
    if (
      tag.local === 'table' ||
      tag.local === 'autoFilter' ||
      tag.local === 'sortState' ||
      tag.local === 'sortCondition'
    ) {
      forEachAttribute(text, tag, (n, v, vs, ve) => {
        if (n !== 'ref') return;
        const moved = rows.ref(v);
        if (moved !== null && moved !== v) edits.push({ at: vs, end: ve, text: escapeAttr(moved) });
      });
    }
    if (
      (tag.local === 'calculatedColumnFormula' || tag.local === 'totalsRowFormula') &&
      tag.kind === 'open'
    ) {
      const close = s.skipElement(tag);
      const f = innerText(text, tag, close);
      const moved = shiftF(f);
      if (moved !== f) edits.push({ at: tag.end, end: close.start, text: escapeText(moved) });
    }
  }
  return splice(text, edits);
}

// ------------------------------------------------------------------ drawings

/** A drawing's anchors moved: two-cell anchors move and resize with their cells, one-cell ones move, absolute ones stay. */
function moveDrawing(text: string, rows: RowShifts): string {
  const s = new XmlScanner(text);
  const edits: Edit[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind !== 'open') continue;
    if (tag.local !== 'twoCellAnchor' && tag.local !== 'oneCellAnchor') continue;
    const editAs = attributes(text, tag).get('editAs') ?? 'twoCell';
    const close = s.skipElement(tag);
    const inner = new XmlScanner(text, tag.end);
    const marks: { which: string; col: number; row: { value: number; at: number; end: number } }[] = [];
    let which = '';
    let col = 0;
    for (let t = inner.next(); t && t.start < close.start; t = inner.next()) {
      if ((t.local === 'from' || t.local === 'to') && t.kind === 'open') which = t.local;
      else if (t.local === 'col' && t.kind === 'open' && which) {
        const c = inner.skipElement(t);
        col = Number(innerText(text, t, c));
      } else if (t.local === 'row' && t.kind === 'open' && which) {
        const c = inner.skipElement(t);
        marks.push({ which, col, row: { value: Number(innerText(text, t, c)), at: t.end, end: c.start } });
        which = '';
      }
    }
    const from = marks.find((m) => m.which === 'from');
    const to = marks.find((m) => m.which === 'to');
    if (!from || editAs === 'absolute') continue;
    let newFrom: number;
    let newTo: number | undefined;
    if (to && editAs === 'twoCell' && tag.local === 'twoCellAnchor') {
      const moved = rows.rect({ r0: from.row.value, r1: to.row.value, c0: from.col, c1: to.col });
      if (moved === null) {
        // Every row under it deleted: it stays, flat, where they were (as Excel keeps it).
        const at = firstSurvivingRow(from.row.value, from.col, rows);
        newFrom = at;
        newTo = at;
      } else {
        newFrom = moved.r0;
        newTo = moved.r1;
      }
    } else {
      const moved = rows.cell(from.row.value, from.col);
      newFrom = moved ?? firstSurvivingRow(from.row.value, from.col, rows);
      if (to) newTo = to.row.value + (newFrom - from.row.value);
    }
    if (newFrom !== from.row.value) edits.push({ at: from.row.at, end: from.row.end, text: String(newFrom) });
    if (to && newTo !== undefined && newTo !== to.row.value)
      edits.push({ at: to.row.at, end: to.row.end, text: String(newTo) });
  }
  return splice(text, edits);
}

/** Where a deleted row's content ends up: the first row after the deletion, moved. */
function firstSurvivingRow(r: number, c: number, rows: RowShifts): number {
  for (let probe = r + 1; probe < r + 1_048_576; probe++) {
    const moved = rows.cell(probe, c);
    if (moved !== null) return moved;
  }
  return r;
}

// ------------------------------------------------------------------ comments

/** Elements with a cell ref (comment, threadedComment) moved; those whose cell was deleted removed. */
function moveRefs(text: string, local: string, rows: RowShifts): string {
  const s = new XmlScanner(text);
  const edits: Edit[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== local || tag.kind === 'close') continue;
    let ref: { value: string; vs: number; ve: number } | null = null;
    forEachAttribute(text, tag, (n, v, vs, ve) => {
      if (n === 'ref') ref = { value: v, vs, ve };
    });
    const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
    const r = ref as { value: string; vs: number; ve: number } | null;
    if (!r) continue;
    const moved = rows.ref(r.value);
    if (moved === null) edits.push({ at: tag.start, end, text: '' });
    else if (moved !== r.value) edits.push({ at: r.vs, end: r.ve, text: moved });
  }
  return splice(text, edits);
}

/** The VML shapes of notes and form controls moved with their cells; a note whose cell was deleted goes. */
function moveVml(text: string, rows: RowShifts, shiftF: (f: string) => string): string {
  const s = new XmlScanner(text);
  const edits: Edit[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== 'shape' || tag.kind !== 'open') continue;
    const close = s.skipElement(tag);
    const inner = new XmlScanner(text, tag.end);
    let row: { value: number; at: number; end: number } | null = null;
    let col = 0;
    let anchor: { value: number[]; at: number; end: number } | null = null;
    let note = false;
    const local: Edit[] = [];
    for (let t = inner.next(); t && t.start < close.start; t = inner.next()) {
      if (t.local === 'ClientData' && t.kind !== 'close')
        note = attributes(text, t).get('ObjectType') === 'Note';
      if (t.kind !== 'open') continue;
      if (
        t.local === 'Row' ||
        t.local === 'Column' ||
        t.local === 'Anchor' ||
        t.local === 'FmlaLink' ||
        t.local === 'FmlaRange'
      ) {
        const c = inner.skipElement(t);
        const v = innerText(text, t, c);
        if (t.local === 'Row') row = { value: Number(v), at: t.end, end: c.start };
        else if (t.local === 'Column') col = Number(v);
        else if (t.local === 'Anchor')
          anchor = { value: v.split(',').map((x) => Number(x.trim())), at: t.end, end: c.start };
        else {
          const moved = shiftF(v);
          if (moved !== v) local.push({ at: t.end, end: c.start, text: escapeText(moved) });
        }
      }
    }
    if (row) {
      const moved = rows.cell(row.value, col);
      if (moved === null) {
        if (note) {
          edits.push({ at: tag.start, end: close.end, text: '' });
          continue;
        }
      } else if (moved !== row.value) {
        local.push({ at: row.at, end: row.end, text: String(moved) });
        if (anchor && anchor.value.length === 8) {
          const d = moved - row.value;
          const a = [...anchor.value];
          a[2] += d;
          a[6] += d;
          local.push({ at: anchor.at, end: anchor.end, text: ` ${a.join(', ')}` });
        }
      }
    } else if (anchor && anchor.value.length === 8) {
      // A control without a cell of its own: moves and resizes with the rows under it.
      const [c0, , r0, , c1, , r1] = anchor.value;
      const moved = rows.rect({ r0, r1, c0, c1 });
      if (moved && (moved.r0 !== r0 || moved.r1 !== r1)) {
        const a = [...anchor.value];
        a[2] = moved.r0;
        a[6] = moved.r1;
        local.push({ at: anchor.at, end: anchor.end, text: ` ${a.join(', ')}` });
      }
    }
    edits.push(...local);
  }
  return splice(text, edits);
}

// ------------------------------------------------------------------ what is refused

function checkPivotTable(text: string, sheetName: string, rows: RowShifts): void {
  const s = new XmlScanner(text);
  let name = 'pivottabell';
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') continue;
    if (tag.local === 'pivotTableDefinition') name = attributes(text, tag).get('name') ?? name;
    if (tag.local === 'location') {
      const ref = attributes(text, tag).get('ref');
      const rect = ref ? parseAddress(ref) : null;
      if (rect && affected(rect, rows))
        throw new MessageError(msg('file-save-blocked-pivot', { pivot: name, where: `${sheetName}!${ref}` }));
    }
  }
}

function checkPivotCaches(pkg: WorkbookPackage, formulaShifts: ReadonlyMap<string, readonly Shift[]>): void {
  for (const entry of pkg.zip.entries) {
    if (contentTypeOf(pkg.types, entry.name) !== PIVOT_CACHE_TYPE) continue;
    const text = read(pkg, entry.name);
    const s = new XmlScanner(text);
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.local !== 'worksheetSource' || tag.kind === 'close') continue;
      const a = attributes(text, tag);
      const sheet = a.get('sheet');
      const ref = a.get('ref');
      const shifts = sheet ? formulaShifts.get(sheet.toLowerCase()) : undefined;
      const rect = ref ? parseAddress(ref) : null;
      if (shifts && rect && affected(rect, new RowShifts(shifts)))
        throw new MessageError(msg('file-save-blocked-pivot-source', { where: `${sheet}!${ref}` }));
    }
  }
}

/** Each chart's sheet and name (from the drawing that holds it). */
function chartPlaces(
  model: WorkbookModel,
  pkg: WorkbookPackage,
): Map<string, { sheet: string; name: string }> {
  const out = new Map<string, { sheet: string; name: string }>();
  for (const entry of pkg.sheets) {
    if (!entry.part) continue;
    for (const rel of sheetRels(pkg, entry.part)) {
      if (rel.kind !== 'drawing') continue;
      const drawing = resolvePart(entry.part, rel.target);
      if (!pkg.zip.has(drawing)) continue;
      const text = read(pkg, drawing);
      const drawingRels = new Map(sheetRels(pkg, drawing).map((r) => [r.id, resolvePart(drawing, r.target)]));
      const s = new XmlScanner(text);
      let name = '';
      for (let tag = s.next(); tag; tag = s.next()) {
        if (tag.kind === 'close') continue;
        if (tag.local === 'cNvPr') name = attributes(text, tag).get('name') ?? name;
        if (tag.local === 'chart') {
          let id = '';
          forEachAttribute(text, tag, (n, v) => {
            if (n.endsWith(':id')) id = v;
          });
          const part = drawingRels.get(id);
          if (part) out.set(part.toLowerCase(), { sheet: entry.name, name });
        }
      }
    }
  }
  void model;
  return out;
}

function checkCharts(
  model: WorkbookModel,
  pkg: WorkbookPackage,
  formulaShifts: ReadonlyMap<string, readonly Shift[]>,
): void {
  let places: Map<string, { sheet: string; name: string }> | null = null;
  for (const entry of pkg.zip.entries) {
    const type = contentTypeOf(pkg.types, entry.name);
    if (!type || !CHART_TYPES.has(type)) continue;
    const text = read(pkg, entry.name);
    const s = new XmlScanner(text);
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.local !== 'f' || tag.kind !== 'open') continue;
      const close = s.skipElement(tag);
      const f = innerText(text, tag, close);
      if (shiftFormulaAll(f, undefined, formulaShifts) === f) continue;
      places ??= chartPlaces(model, pkg);
      const place = places.get(entry.name.toLowerCase());
      throw new MessageError(
        msg('file-save-blocked-chart', {
          chart: place?.name || entry.name,
          sheet: place?.sheet ?? '',
          range: f,
        }),
      );
    }
  }
}

/** An array formula or data table that a shift would cut (Excel refuses to change part of an array). */
export function cutsArray(ref: string, shifts: readonly Shift[]): boolean {
  const rect = parseAddress(ref);
  if (!rect) return false;
  let r: Rect = rect;
  for (const s of shifts) {
    const [a0, a1, b0, b1] = s.vertical ? [r.r0, r.r1, r.c0, r.c1] : [r.c0, r.c1, r.r0, r.r1];
    const bandHit = b1 >= s.band0 && b0 <= s.band1;
    if (!bandHit) continue;
    const inBand = b0 >= s.band0 && b1 <= s.band1;
    if (s.count > 0) {
      if (s.at > a0 && s.at <= a1) return true;
      if (s.at <= a0 && !inBand) return true;
    } else {
      const end = s.at - s.count - 1;
      const overlaps = s.at <= a1 && end >= a0;
      const covers = s.at <= a0 && end >= a1;
      if (overlaps && !covers) return true;
      if ((overlaps || s.at <= a0) && !inBand && !(covers && inBand)) return true;
    }
    const moved = shiftRect(r, s);
    if (moved === null) return false;
    if (moved !== 'conflict') r = moved;
  }
  return false;
}
