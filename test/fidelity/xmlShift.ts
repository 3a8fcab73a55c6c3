// An input part's XML moved to where the output must have it after rows were inserted or
// deleted in one sheet: positions on that sheet (ref, sqref, drawing and comment anchors) and
// references to it in formulas (cells, validations, conditional formats, defined names, chart
// series, a pivot cache's source). The sheet's view (selection, scroll position) is not moved:
// inserting rows does not move what the user looks at.
import type { Element } from '@xmldom/xmldom';
import { children, localName } from './ooxml';
import { mapRow, shiftFormula, shiftSqref, type RowOp } from './rowShift';

export interface ShiftContext {
  /** The sheet whose rows moved. */
  sheet: string;
  ops: readonly RowOp[];
  /** The sheet the XML's formulas live on (their unqualified references), or null. */
  formulaSheet: string | null;
  /** Whether the XML's own positions (ref, sqref, anchors) are on the moved sheet. */
  owned: boolean;
}

const RANGE_ATTRIBUTES = ['ref', 'sqref'];
const FORMULA_ELEMENTS = new Set(['f', 'formula', 'formula1', 'formula2', 'definedName']);
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const VML_EXCEL_NS = 'urn:schemas-microsoft-com:office:excel';

function setText(e: Element, text: string): void {
  while (e.firstChild) e.removeChild(e.firstChild);
  e.appendChild(e.ownerDocument!.createTextNode(text));
}

/** A 0-based row in an anchor, moved (a deleted row keeps its place). */
function zeroBased(row0: number, ops: readonly RowOp[]): number {
  const r = mapRow(row0 + 1, ops);
  return r === null ? row0 : r - 1;
}

/** Shifts `e` and its descendants in place. Returns false when `e` lies wholly in deleted rows. */
export function shiftXml(e: Element, ctx: ShiftContext): boolean {
  const name = localName(e);
  if (name === 'sheetViews' || name === 'customSheetViews') return true;
  if (ctx.owned) {
    for (const attr of RANGE_ATTRIBUTES) {
      const v = e.getAttribute(attr);
      if (v === null || v === '' || (name === 'worksheetSource' && attr === 'ref')) continue;
      const moved = shiftSqref(v, ctx.ops);
      if (moved === '') return false;
      e.setAttribute(attr, moved);
    }
    if (e.namespaceURI === DRAWING_NS && name === 'row') {
      setText(e, String(zeroBased(Number(e.textContent), ctx.ops)));
    }
    if (e.namespaceURI === VML_EXCEL_NS && name === 'Row') {
      setText(e, String(zeroBased(Number(e.textContent), ctx.ops)));
    }
    if (e.namespaceURI === VML_EXCEL_NS && name === 'Anchor') {
      const n = (e.textContent ?? '').split(',').map((s) => s.trim());
      if (n.length === 8) {
        n[2] = String(zeroBased(Number(n[2]), ctx.ops));
        n[6] = String(zeroBased(Number(n[6]), ctx.ops));
        setText(e, n.join(', '));
      }
    }
    if (name === 'sqref' && children(e).length === 0) {
      const moved = shiftSqref(e.textContent ?? '', ctx.ops);
      if (moved === '') return false;
      setText(e, moved);
    }
  }
  if (name === 'worksheetSource' && e.getAttribute('sheet') === ctx.sheet && e.getAttribute('ref')) {
    e.setAttribute('ref', shiftSqref(e.getAttribute('ref')!, ctx.ops));
  }
  if (FORMULA_ELEMENTS.has(name) && children(e).length === 0 && e.textContent) {
    const formulaSheet = name === 'definedName' ? null : ctx.formulaSheet;
    setText(e, shiftFormula(e.textContent, ctx.sheet, ctx.ops, formulaSheet));
  }
  for (const c of children(e)) {
    if (!shiftXml(c, ctx)) e.removeChild(c);
  }
  return true;
}
