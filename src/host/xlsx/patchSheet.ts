// One worksheet of the opened file with the add-in's changes patched in, by splicing its XML:
// the cells the add-in wrote are written anew (from the emulator's model), rows it inserted or
// deleted move everything below them as Excel does (cells, formulas, merges, filters,
// conditional formats, validation, hyperlinks, page breaks …), formulas everywhere follow rows
// moved on any sheet, and sheet settings the add-in changed (tab colour, frozen panes, column
// widths, filter, protection) are replaced. Everything else is copied as it was written.
import { cellName, formatLocal, parseAddress, type Rect } from '../address';
import { shiftFormulaAll, translateFormula } from '../formulaReferences';
import type { CellData, CellFormat, SheetModel, Shift } from '../workbookModel';
import { parseCellRef } from '../../core/xlsx/sheetScan';
import {
  XmlScanner,
  decodeXml,
  escapeAttr,
  escapeText,
  forEachAttribute,
  innerText,
  type Tag,
} from '../../core/xlsx/xmlScan';
import { MessageError, msg } from '../../core/messages';
import { cellXml } from './cellXml';
import { pageSetupXml, printOptionsXml, rowBreaksXml } from './pageSetup';
import { cutsArray } from './relatedParts';
import { pointsToWidth } from './readWorkbook';
import { RowShifts } from './rowShifts';
import type { StyleEditor } from './styles';

export interface SheetPatch {
  sheet: SheetModel;
  /** The part's XML as read. */
  text: string;
  /** Shifts of every sheet, by lower-case sheet name (formulas anywhere follow them). */
  formulaShifts: ReadonlyMap<string, readonly Shift[]>;
  styles: StyleEditor | null;
  /** A drawing the sheet gets (it had none): the relationship id to refer to it by. */
  drawingRelId?: string;
}

export interface SheetPatchResult {
  text: string;
  /** Cells written anew. */
  cells: number;
}

/** CT_Worksheet's children in schema order: where a missing one goes. */
const ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins',
  'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore

/** Elements that vanish when the cells they are about were all deleted. */
const REMOVABLE = new Set([
  'conditionalFormatting', 'dataValidation', 'hyperlink', 'ignoredError', 'protectedRange', 'sparkline',
  'autoFilter', 'sortState', 'sortCondition', 'cellWatch', 'brk',
]); // prettier-ignore
const FORMULA_ELEMENTS = new Set(['formula', 'formula1', 'formula2', 'f']);

interface Child {
  local: string;
  name: string;
  start: number;
  end: number;
  open: Tag;
}

const sameRects = (a: Rect[], b: Rect[]) => {
  if (a.length !== b.length) return false;
  const key = (r: Rect) => `${r.r0},${r.c0},${r.r1},${r.c1}`;
  const set = new Set(a.map(key));
  return b.every((r) => set.has(key(r)));
};
const sameRect = (a: Rect | null, b: Rect | null) =>
  a === b || (a !== null && b !== null && a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1);

function sameWidths(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [c, w] of a) if (Math.abs((b.get(c) ?? -1) - w) > 0.01) return false;
  return true;
}

export function formatOf(cell: CellData): CellFormat {
  const f: CellFormat = {};
  if (cell.numberFormat !== undefined) f.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) f.fill = cell.fill;
  if (cell.bold) f.bold = true;
  if (cell.italic) f.italic = true;
  if (cell.fontColor !== undefined) f.fontColor = cell.fontColor;
  if (cell.wrapText) f.wrapText = true;
  return f;
}

/** What of a sheet's settings the add-in changed since the file was read. */
export function settingsChanged(sheet: SheetModel): {
  merges: boolean;
  autoFilter: boolean;
  frozen: boolean;
  widths: boolean;
  tabColor: boolean;
  protection: boolean;
  page: boolean;
} {
  const b = sheet.baseline!;
  return {
    merges: !sameRects(b.merges, sheet.merges),
    autoFilter: !sameRect(b.autoFilter, sheet.autoFilter),
    frozen: b.frozen.rows !== sheet.frozen.rows || b.frozen.columns !== sheet.frozen.columns,
    widths: !sameWidths(b.columnWidths, sheet.columnWidths),
    tabColor: b.tabColor !== sheet.tabColor,
    protection: b.protected !== sheet.protected,
    page: sheet.page.touched,
  };
}

export function patchSheet(p: SheetPatch): SheetPatchResult {
  const { sheet, text } = p;
  const rows = new RowShifts(sheet.shifts);
  const name = sheet.name;
  const shiftF = (f: string) => shiftFormulaAll(f, name, p.formulaShifts);
  const changed = settingsChanged(sheet);
  let cells = 0;
  /** Shared formula groups by their si: the master's place and formula, and whether the group is undone. */
  const groups = new Map<number, { row: number; col: number; text: string; unshare: boolean }>();

  // The root's direct children, with their extent.
  const s = new XmlScanner(text);
  let root: Tag | null = null;
  const children: Child[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (!root) {
      root = tag;
      continue;
    }
    if (tag.kind === 'close') break; // the root's close
    const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
    children.push({ local: tag.local, name: tag.name, start: tag.start, end, open: tag });
  }
  if (!root || root.kind !== 'open') return { text, cells: 0 };
  const prefix = root.name.slice(0, root.name.length - root.local.length);
  const present = new Set(children.map((c) => c.local));

  // ------------------------------------------------------------------ pieces
  const replaced = new Map<Child, string>();
  const inserted = new Map<string, string>();

  for (const child of children) {
    const slice = text.slice(child.start, child.end);
    switch (child.local) {
      case 'sheetData': {
        const out = patchSheetData(child);
        replaced.set(child, out);
        break;
      }
      case 'dimension': {
        if (sheet.written.size === 0 && !rows.any) break;
        const used = sheet.usedRect(false);
        const ref = used ? formatLocal(used) : 'A1';
        replaced.set(child, `<${child.name} ref="${ref}"/>`);
        break;
      }
      case 'sheetPr':
        if (changed.tabColor) replaced.set(child, withTabColor(slice, child));
        break;
      case 'sheetViews':
        if (changed.frozen) replaced.set(child, withPane(slice));
        break;
      case 'cols':
        if (changed.widths) replaced.set(child, colsXml(slice));
        break;
      case 'sheetProtection':
        if (changed.protection && !sheet.protected) replaced.set(child, '');
        break;
      case 'printOptions':
        if (changed.page) replaced.set(child, printOptionsXml(prefix, sheet.page, slice));
        break;
      case 'pageSetup':
        if (changed.page) replaced.set(child, pageSetupXml(prefix, sheet.page, slice));
        break;
      case 'rowBreaks':
        if (changed.page) replaced.set(child, rowBreaksXml(prefix, sheet.page));
        else if (rows.any || p.formulaShifts.size > 0)
          replaced.set(child, rewriteRefs(slice, rows.any).xml ?? '');
        break;
      case 'mergeCells':
        if (changed.merges || rows.any) replaced.set(child, mergesXml());
        break;
      case 'autoFilter':
        if (changed.autoFilter)
          replaced.set(
            child,
            sheet.autoFilter ? `<${child.name} ref="${formatLocal(sheet.autoFilter)}"/>` : '',
          );
        else if (rows.any) replaced.set(child, rewriteRefs(slice, true).xml ?? '');
        break;
      default:
        if (rows.any || p.formulaShifts.size > 0) replaced.set(child, rewriteRefs(slice, rows.any).xml ?? '');
    }
  }
  if (changed.tabColor && sheet.tabColor && !present.has('sheetPr'))
    inserted.set(
      'sheetPr',
      `<${prefix}sheetPr><${prefix}tabColor rgb="FF${sheet.tabColor.slice(1)}"/></${prefix}sheetPr>`,
    );
  if (changed.frozen && !present.has('sheetViews') && (sheet.frozen.rows || sheet.frozen.columns))
    inserted.set('sheetViews', `<${prefix}sheetViews>${sheetViewXml(prefix)}</${prefix}sheetViews>`);
  if (changed.widths && !present.has('cols')) inserted.set('cols', colsXml(''));
  if (changed.protection && sheet.protected && !present.has('sheetProtection'))
    inserted.set('sheetProtection', `<${prefix}sheetProtection sheet="1" objects="1" scenarios="1"/>`);
  if (changed.autoFilter && sheet.autoFilter && !present.has('autoFilter'))
    inserted.set('autoFilter', `<${prefix}autoFilter ref="${formatLocal(sheet.autoFilter)}"/>`);
  if (sheet.merges.length > 0 && !present.has('mergeCells')) inserted.set('mergeCells', mergesXml());
  if (changed.page) {
    if (!present.has('printOptions') && sheet.page.centerHorizontally)
      inserted.set('printOptions', printOptionsXml(prefix, sheet.page, null));
    if (!present.has('pageSetup')) inserted.set('pageSetup', pageSetupXml(prefix, sheet.page, null));
    if (!present.has('rowBreaks') && sheet.page.rowBreaks.length > 0)
      inserted.set('rowBreaks', rowBreaksXml(prefix, sheet.page));
  }
  if (p.drawingRelId && !present.has('drawing'))
    inserted.set(
      'drawing',
      `<${prefix}drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${p.drawingRelId}"/>`,
    );

  // ------------------------------------------------------------------ assembly
  let out = text.slice(0, root.end);
  let at = root.end;
  const emitInsertsBefore = (local: string) => {
    const rank = ORDER.indexOf(local);
    for (const [name, xml] of [...inserted]) {
      const r = ORDER.indexOf(name);
      if (rank < 0 || r < rank) {
        out += xml;
        inserted.delete(name);
      }
    }
  };
  for (const child of children) {
    emitInsertsBefore(child.local);
    const replacement = replaced.get(child);
    out += text.slice(at, child.start) + (replacement ?? text.slice(child.start, child.end));
    at = child.end;
  }
  emitInsertsBefore('');
  out += text.slice(at);
  return { text: out, cells };

  // ================================================================== helpers (closures)

  function withTabColor(slice: string, child: Child): string {
    const color = sheet.tabColor ? `<${prefix}tabColor rgb="FF${sheet.tabColor.slice(1)}"/>` : '';
    const sc = new XmlScanner(slice);
    const open = sc.next()!;
    if (open.kind === 'empty') return color ? `${slice.slice(0, -2)}>${color}</${child.name}>` : slice;
    let body = '';
    let pos = open.end;
    let placed = false;
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.kind === 'close' && tag.name === child.name) {
        body += slice.slice(pos, tag.start);
        break;
      }
      const end = tag.kind === 'open' ? sc.skipElement(tag).end : tag.end;
      if (tag.local === 'tabColor') {
        body += slice.slice(pos, tag.start) + color;
        placed = true;
      } else body += slice.slice(pos, end);
      pos = end;
    }
    // tabColor is the first child of sheetPr.
    return slice.slice(0, open.end) + (placed ? '' : color) + body + `</${child.name}>`;
  }

  function sheetViewXml(px: string): string {
    const f = sheet.frozen;
    if (!f.rows && !f.columns) return `<${px}sheetView workbookViewId="0"/>`;
    const pane = f.rows && f.columns ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
    const split = `${f.columns ? ` xSplit="${f.columns}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''}`;
    return (
      `<${px}sheetView workbookViewId="0"><${px}pane${split} topLeftCell="${cellName(f.rows, f.columns)}" ` +
      `activePane="${pane}" state="frozen"/><${px}selection pane="${pane}"/></${px}sheetView>`
    );
  }

  /** The first sheet view's pane replaced (or added, or removed); the other views as they were. */
  function withPane(slice: string): string {
    const sc = new XmlScanner(slice);
    sc.next(); // <sheetViews>
    const view = sc.next();
    if (!view || view.kind === 'close' || view.local !== 'sheetView') return slice;
    const viewEnd = view.kind === 'open' ? sc.skipElement(view).end : view.end;
    const viewText = slice.slice(view.start, viewEnd);
    const px = view.name.slice(0, view.name.length - view.local.length);
    const f = sheet.frozen;
    const vs = new XmlScanner(viewText);
    const vOpen = vs.next()!;
    let inner = '';
    if (vOpen.kind === 'open') {
      let pos = vOpen.end;
      for (let tag = vs.next(); tag; tag = vs.next()) {
        if (tag.kind === 'close' && tag.name === vOpen.name) {
          inner += viewText.slice(pos, tag.start);
          break;
        }
        const end = tag.kind === 'open' ? vs.skipElement(tag).end : tag.end;
        // The old pane and its selections go; a frozen pane brings its own selection.
        if (tag.local !== 'pane' && tag.local !== 'selection') inner += viewText.slice(pos, end);
        else inner += viewText.slice(pos, tag.start);
        pos = end;
      }
    }
    const head = (vOpen.kind === 'empty' ? viewText.slice(0, -2) : viewText.slice(0, vOpen.end - 1)) + '>';
    let pane = '';
    if (f.rows || f.columns) {
      const which = f.rows && f.columns ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
      const split = `${f.columns ? ` xSplit="${f.columns}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''}`;
      pane =
        `<${px}pane${split} topLeftCell="${cellName(f.rows, f.columns)}" activePane="${which}" state="frozen"/>` +
        `<${px}selection pane="${which}"/>`;
    }
    return slice.slice(0, view.start) + head + pane + inner + `</${vOpen.name}>` + slice.slice(viewEnd);
  }

  /** <cols> with the model's widths; columns' other attributes (style, hidden, outline) kept. */
  function colsXml(slice: string): string {
    const attrsOf = new Map<number, [string, string][]>();
    if (slice) {
      const sc = new XmlScanner(slice);
      for (let tag = sc.next(); tag; tag = sc.next()) {
        if (tag.local !== 'col' || tag.kind === 'close') continue;
        const a: [string, string][] = [];
        forEachAttribute(slice, tag, (n, v) => a.push([n, v]));
        const min = Number(a.find(([n]) => n === 'min')?.[1] ?? 1);
        const max = Number(a.find(([n]) => n === 'max')?.[1] ?? min);
        const rest = a.filter(([n]) => n !== 'min' && n !== 'max');
        for (let c = min - 1; c <= Math.min(max - 1, 16383); c++) attrsOf.set(c, rest);
      }
    }
    const b = sheet.baseline!;
    for (const [c, pt] of sheet.columnWidths) {
      if (Math.abs((b.columnWidths.get(c) ?? -1) - pt) <= 0.01 && attrsOf.has(c)) continue;
      const rest = (attrsOf.get(c) ?? []).filter(
        ([n]) => n !== 'width' && n !== 'customWidth' && n !== 'bestFit',
      );
      attrsOf.set(c, [...rest, ['width', String(pointsToWidth(pt))], ['customWidth', '1']]);
    }
    for (const c of [...attrsOf.keys()]) {
      if (!sheet.columnWidths.has(c) && b.columnWidths.has(c)) {
        const rest = attrsOf.get(c)!.filter(([n]) => n !== 'width' && n !== 'customWidth');
        if (rest.length) attrsOf.set(c, rest);
        else attrsOf.delete(c);
      }
    }
    const cols = [...attrsOf.keys()].sort((x, y) => x - y);
    let xml = '';
    for (let i = 0; i < cols.length;) {
      let j = i;
      const key = JSON.stringify(attrsOf.get(cols[i]));
      while (
        j + 1 < cols.length &&
        cols[j + 1] === cols[j] + 1 &&
        JSON.stringify(attrsOf.get(cols[j + 1])) === key
      )
        j++;
      const rest = attrsOf
        .get(cols[i])!
        .map(([n, v]) => ` ${n}="${escapeAttr(v)}"`)
        .join('');
      xml += `<${prefix}col min="${cols[i] + 1}" max="${cols[j] + 1}"${rest}/>`;
      i = j + 1;
    }
    return xml ? `<${prefix}cols>${xml}</${prefix}cols>` : '';
  }

  /** <mergeCells>: the file's areas moved with the rows (in their order), then the add-in's. */
  function mergesXml(): string {
    const want = new Set(sheet.merges.map((m) => formatLocal(m)));
    const order: string[] = [];
    const child = children.find((c) => c.local === 'mergeCells');
    if (child) {
      const slice = text.slice(child.start, child.end);
      const sc = new XmlScanner(slice);
      for (let tag = sc.next(); tag; tag = sc.next()) {
        if (tag.local !== 'mergeCell' || tag.kind === 'close') continue;
        let ref: string | undefined;
        forEachAttribute(slice, tag, (n, v) => {
          if (n === 'ref') ref = v;
        });
        const p0 = ref ? parseAddress(ref) : null;
        const moved = p0 ? rows.rect(p0) : null;
        const key = moved ? formatLocal(moved) : null;
        if (key && want.has(key)) {
          order.push(key);
          want.delete(key);
        }
      }
    }
    order.push(...want);
    if (order.length === 0) return '';
    const body = order.map((r) => `<${prefix}mergeCell ref="${r}"/>`).join('');
    return `<${prefix}mergeCells count="${order.length}">${body}</${prefix}mergeCells>`;
  }

  /**
   * An element with its references moved: ref/sqref attributes (when this sheet's rows moved),
   * formula texts (when any sheet's rows moved), xm:sqref texts; an element whose cells were all
   * deleted vanishes (null), and a parent's count follows its children.
   */
  function rewriteRefs(slice: string, ownRows: boolean): { xml: string | null } {
    const sc = new XmlScanner(slice);
    const first = sc.next();
    if (!first) return { xml: slice };
    const r = element(sc, first);
    return { xml: r.xml };

    function element(scanner: XmlScanner, open: Tag): { xml: string | null; end: number } {
      // The open tag with moved attributes.
      let head = '';
      let pos = open.start;
      let gone = false;
      const local = open.local;
      forEachAttribute(slice, open, (n, v, vs, ve) => {
        let next: string | null | undefined;
        if (ownRows && (n === 'sqref' || (n === 'ref' && local !== 'tablePart'))) {
          if (local === 'selection' || local === 'pane')
            next = n === 'sqref' ? rows.sqref(v) || v : (rows.ref(v) ?? v);
          else next = n === 'sqref' ? rows.sqref(v) : rows.ref(v);
          if (next === '' || next === null) gone = true;
        } else if (n === 'location' && local === 'hyperlink') next = shiftF(v);
        else if (ownRows && n === 'id' && local === 'brk') {
          const moved = rows.row(Number(v));
          if (moved === null) gone = true;
          else next = String(moved);
        } else if (ownRows && n === 'activeCell' && local === 'selection') next = rows.ref(v) ?? v;
        if (typeof next === 'string' && next !== v) {
          head += slice.slice(pos, vs) + escapeAttr(next);
          pos = ve;
        }
      });
      head += slice.slice(pos, open.end);
      if (gone && REMOVABLE.has(local)) {
        const end = open.kind === 'open' ? scanner.skipElement(open).end : open.end;
        return { xml: null, end };
      }
      if (open.kind === 'empty') return { xml: head, end: open.end };
      if (FORMULA_ELEMENTS.has(local) || local === 'sqref') {
        const close = scanner.skipElement(open);
        const raw = innerText(slice, open, close);
        let moved: string;
        if (local === 'sqref') {
          moved = ownRows ? rows.sqref(raw) : raw;
          if (moved === '') return { xml: null, end: close.end };
        } else moved = shiftF(raw);
        const body = moved === raw ? slice.slice(open.end, close.start) : escapeText(moved);
        return { xml: head + body + slice.slice(close.start, close.end), end: close.end };
      }
      let body = '';
      let at2 = open.end;
      let removed = 0;
      for (let tag = scanner.next(); tag; tag = scanner.next()) {
        if (tag.kind === 'close') {
          body += slice.slice(at2, tag.start);
          let finalHead = head;
          if (removed > 0) {
            finalHead = adjustCount(finalHead, removed);
            // A validation or formatting list left empty goes too.
            if (
              body.trim() === '' &&
              /^(dataValidations|conditionalFormatting|hyperlinks|rowBreaks|ignoredErrors|protectedRanges|sparklineGroup|sparklines)$/.test(
                local,
              )
            )
              return { xml: null, end: tag.end };
          }
          return { xml: finalHead + body + slice.slice(tag.start, tag.end), end: tag.end };
        }
        body += slice.slice(at2, tag.start);
        const r = element(scanner, tag);
        if (r.xml === null) {
          // A child that held this element's cells (xm:sqref) takes the element with it.
          if (tag.local === 'sqref' && REMOVABLE_BY_SQREF.has(local)) {
            const end = scanner.skipElement(open).end;
            return { xml: null, end };
          }
          removed++;
        } else body += r.xml;
        at2 = r.end;
      }
      return { xml: head + body, end: slice.length };
    }
  }

  function adjustCount(head: string, removed: number): string {
    return head
      .replace(
        /(\scount=")(\d+)(")/,
        (_m, a: string, n: string, b: string) => `${a}${Math.max(0, Number(n) - removed)}${b}`,
      )
      .replace(
        /(\smanualBreakCount=")(\d+)(")/,
        (_m, a: string, n: string, b: string) => `${a}${Math.max(0, Number(n) - removed)}${b}`,
      );
  }

  // ------------------------------------------------------------------ sheetData

  /**
   * <sheetData> regrouped by where things land: each row element goes where its row moved
   * (whole-row shifts), each cell where it moved (a shift of a block of columns moves cells
   * between rows), written cells replace or join them; rows come out in order.
   */
  function patchSheetData(child: Child): string {
    const slice = text.slice(child.start, child.end);
    const sc = new XmlScanner(slice);
    const open = sc.next()!;
    interface OutRow {
      head: string | null;
      cells: { col: number; xml: string }[];
      tail: string;
      modified: boolean;
    }
    const outRows = new Map<number, OutRow>();
    const at2 = (r: number): OutRow => {
      let row = outRows.get(r);
      if (!row) outRows.set(r, (row = { head: null, cells: [], tail: '', modified: false }));
      return row;
    };
    if (open.kind === 'open') {
      let implicitRow = -1;
      for (let tag = sc.next(); tag; tag = sc.next()) {
        if (tag.kind === 'close' && tag.local === 'sheetData') break;
        if (tag.kind === 'close') continue;
        if (tag.local !== 'row') {
          if (tag.kind === 'open') sc.skipElement(tag);
          continue;
        }
        let rAttr: { value: string; vs: number; ve: number } | null = null;
        forEachAttribute(slice, tag, (n, v, vs, ve) => {
          if (n === 'r') rAttr = { value: v, vs, ve };
        });
        const ra = rAttr as { value: string; vs: number; ve: number } | null;
        const r = ra ? Number(ra.value) - 1 : implicitRow + 1;
        implicitRow = r;
        const rowTarget = rows.row(r);
        const headOf = (t: Tag) =>
          t.kind === 'empty' ? `${slice.slice(t.start, t.end - 2).trimEnd()}>` : slice.slice(t.start, t.end);
        if (rowTarget !== null) {
          let head = headOf(tag);
          if (rowTarget !== r || !ra)
            head = ra
              ? slice.slice(tag.start, ra.vs) + String(rowTarget + 1) + headOf(tag).slice(ra.ve - tag.start)
              : `<${tag.name} r="${rowTarget + 1}"${headOf(tag).slice(1 + tag.name.length)}`;
          at2(rowTarget).head = head;
          if (tag.kind === 'empty') at2(rowTarget).tail = '';
        }
        if (tag.kind === 'empty') continue;
        let implicitCol = -1;
        for (let c = sc.next(); c; c = sc.next()) {
          if (c.kind === 'close' && c.name === tag.name) break;
          if (c.kind === 'close') continue;
          const end = c.kind === 'open' ? sc.skipElement(c).end : c.end;
          if (c.local !== 'c') {
            if (rowTarget !== null) at2(rowTarget).tail += slice.slice(c.start, end);
            continue;
          }
          const cellText = slice.slice(c.start, end);
          const col = cellColumn(cellText, c, implicitCol);
          implicitCol = col;
          const cellTarget = rows.cell(r, col);
          const res = rewriteCell(cellText, r, col, cellTarget);
          if (cellTarget === null || res === null) {
            if (rowTarget !== null) at2(rowTarget).modified = true;
            continue;
          }
          const dest = at2(cellTarget);
          dest.cells.push({ col, xml: res });
          if (cellTarget !== rowTarget) {
            dest.modified = true;
            if (rowTarget !== null) at2(rowTarget).modified = true;
          }
        }
      }
    }
    for (const [r, cols] of sheet.written) {
      const row = at2(r);
      row.modified = true;
      row.cells = row.cells.filter((x) => !cols.has(x.col));
      for (const c of cols) {
        const xml = generated(r, c);
        if (xml) row.cells.push({ col: c, xml });
      }
    }
    let out = open.kind === 'empty' ? `${slice.slice(0, -2).trimEnd()}>` : slice.slice(0, open.end);
    for (const r of [...outRows.keys()].sort((a, b) => a - b)) {
      const row = outRows.get(r)!;
      if (row.head === null && row.cells.length === 0) continue;
      row.cells.sort((a, b) => a.col - b.col);
      const head =
        row.head === null ? `<${prefix}row r="${r + 1}">` : row.modified ? dropSpans(row.head) : row.head;
      const name = head.slice(1, /[\s>/]/.exec(head.slice(1))!.index + 1);
      out += `${head}${row.cells.map((x) => x.xml).join('')}${row.tail}</${name}>`;
    }
    return out + `</${open.name}>`;
  }

  function cellColumn(cellText: string, tag: Tag, implicitCol: number): number {
    let col = implicitCol + 1;
    const local = new XmlScanner(cellText).next()!;
    void tag;
    forEachAttribute(cellText, local, (n, v) => {
      if (n === 'r') {
        const pos = parseCellRef(v);
        if (pos) col = pos.col;
      }
    });
    return col;
  }

  function generated(r: number, c: number): string {
    const cell = sheet.cell(r, c);
    if (!cell) return '';
    cells++;
    const base = cell.xf ?? 0;
    const style = p.styles ? p.styles.xfFor(base, formatOf(cell)) : base;
    return cellXml(r, c, cell, style, prefix);
  }

  function dropSpans(head: string): string {
    return head.replace(/\sspans="[^"]*"/, '');
  }

  /**
   * One <c> of the file moved to its new row (null: deleted): its reference, its formula (moved
   * with the cells of every sheet), a shared or array formula's range, or its own formula where
   * its shared group no longer holds. Null when the cell is gone (deleted or written anew).
   */
  function rewriteCell(cellText: string, r: number, col: number, newR: number | null): string | null {
    if (!HAS_FORMULA.test(cellText)) {
      // No formula: only its place can change.
      if (newR === null || sheet.written.get(newR)?.has(col)) return null;
      if (newR === r) return cellText;
      const at = cellText.indexOf(' r="');
      const close = at < 0 ? -1 : cellText.indexOf('"', at + 4);
      const gt = cellText.indexOf('>');
      const ref = cellName(newR, col);
      if (at >= 0 && close < gt) return cellText.slice(0, at + 4) + ref + cellText.slice(close);
    }
    const cs = new XmlScanner(cellText);
    const open = cs.next()!;
    let refAttr: { value: string; vs: number; ve: number } | null = null;
    forEachAttribute(cellText, open, (n, v, vs, ve) => {
      if (n === 'r') refAttr = { value: v, vs, ve };
    });
    const refValue = refAttr as { value: string; vs: number; ve: number } | null;
    let f: { open: Tag; close: Tag | null } | null = null;
    if (open.kind === 'open') {
      for (let tag = cs.next(); tag; tag = cs.next()) {
        if (tag.kind === 'close') continue;
        if (tag.local === 'f') {
          f = { open: tag, close: tag.kind === 'open' ? cs.skipElement(tag) : null };
          break;
        }
        if (tag.kind === 'open') cs.skipElement(tag);
      }
    }
    const fAttrs = new Map<string, { value: string; vs: number; ve: number }>();
    if (f) forEachAttribute(cellText, f.open, (n, v, vs, ve) => fAttrs.set(n, { value: v, vs, ve }));
    const fKind = fAttrs.get('t')?.value;
    const fText = f && f.close ? innerText(cellText, f.open, f.close) : '';
    const si = fAttrs.get('si') ? Number(fAttrs.get('si')!.value) : undefined;
    const isMaster = fKind === 'shared' && si !== undefined && fAttrs.has('ref') && fText !== '';
    const written = newR !== null && sheet.written.get(newR)?.has(col) === true;
    const arrayRef = fKind === 'array' || fKind === 'dataTable' ? fAttrs.get('ref')?.value : undefined;
    if (arrayRef && cutsArray(arrayRef, sheet.shifts))
      throw new MessageError(msg('file-save-blocked-array', { where: `${name}!${arrayRef}` }));

    if (isMaster) {
      const unshare = newR === null || written || !sharedHolds(fText, r, col, fAttrs.get('ref')!.value);
      groups.set(si, { row: r, col, text: fText, unshare });
    }
    if (newR === null || written) return null;

    const edits: { at: number; end: number; text: string }[] = [];
    const newRef = cellName(newR, col);
    if (refValue) {
      if (refValue.value !== newRef) edits.push({ at: refValue.vs, end: refValue.ve, text: newRef });
    } else edits.push({ at: 1 + open.name.length, end: 1 + open.name.length, text: ` r="${newRef}"` });

    if (f) {
      const group = si !== undefined ? groups.get(si) : undefined;
      if (fKind === 'shared' && group && group.unshare) {
        // The group is undone: this cell gets its own formula, moved as its cells moved.
        const own = shiftF(translateFormula(group.text, r - group.row, col - group.col));
        const fEnd = f.close ? f.close.end : f.open.end;
        edits.push({
          at: f.open.start,
          end: fEnd,
          text: `<${f.open.name}>${escapeText(own)}</${f.open.name}>`,
        });
      } else {
        const ref = fAttrs.get('ref');
        if (ref && (fKind === 'shared' || fKind === 'array' || fKind === 'dataTable')) {
          const moved = rows.ref(ref.value);
          if (moved !== null && moved !== ref.value) edits.push({ at: ref.vs, end: ref.ve, text: moved });
        }
        if (fKind === 'dataTable') {
          for (const k of ['r1', 'r2']) {
            const a = fAttrs.get(k);
            const moved = a ? rows.ref(a.value) : null;
            if (a && moved !== null && moved !== a.value) edits.push({ at: a.vs, end: a.ve, text: moved });
          }
        }
        if (f.close && fText !== '' && fKind !== 'dataTable') {
          const moved = shiftF(fText);
          if (moved !== fText) edits.push({ at: f.open.end, end: f.close.start, text: escapeText(moved) });
        }
      }
    }
    if (edits.length === 0) return cellText;
    edits.sort((a, b) => a.at - b.at);
    let xml = '';
    let pos = 0;
    for (const e of edits) {
      xml += cellText.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return xml + cellText.slice(pos);
  }

  /**
   * Whether a shared formula group stays one after the rows moved: every member's own formula,
   * moved, is still the master's moved formula copied to the member's new place.
   */
  function sharedHolds(master: string, mr: number, mc: number, ref: string): boolean {
    if (p.formulaShifts.size === 0) return true;
    const area = parseAddress(ref);
    if (!area) return false;
    const cellsIn = (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
    if (cellsIn > 200_000) return false;
    const mr2 = rows.cell(mr, mc);
    if (mr2 === null) return false;
    const movedMaster = shiftF(master);
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        if (r === mr && c === mc) continue;
        const r2 = rows.cell(r, c);
        if (r2 === null) continue;
        const own = shiftF(translateFormula(master, r - mr, c - mc));
        if (own !== translateFormula(movedMaster, r2 - mr2, c - mc)) return false;
      }
    }
    return true;
  }
}

const HAS_FORMULA = /<(\w+:)?f[\s>/]/;
const REMOVABLE_BY_SQREF = new Set(['conditionalFormatting', 'dataValidation', 'sparkline']);

export { decodeXml };
