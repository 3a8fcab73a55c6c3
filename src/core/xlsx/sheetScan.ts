// Reads a worksheet part in one forward pass: every cell of <sheetData> as stored (position,
// style index, type, value text, formula with its kind) handed to a visitor, and the sheet-wide
// settings the readers need (tab colour, frozen pane, columns, merged areas, filter, protection).
// Nothing is built per cell beyond what the visitor keeps.
import { readStringItem } from './sharedStrings';
import { XmlScanner, attributes, decodeXml, forEachAttribute, innerText, type Tag } from './xmlScan';

export interface RawFormula {
  /** As stored, without "=" ('' for a shared formula's dependent cell). */
  text: string;
  kind: 'normal' | 'shared' | 'array' | 'dataTable';
  ref?: string;
  si?: number;
}

export interface RawCell {
  /** 0-based. */
  row: number;
  col: number;
  /** The cell's style index (s), 0 when absent. */
  style: number;
  /** The t attribute ('n' when absent): n, s, str, inlineStr, b, e, d. */
  type: string;
  /** The <v> text, or an inline string's text; null when the cell has none. */
  value: string | null;
  formula?: RawFormula;
}

export interface RawColumn {
  /** 1-based, inclusive, as in <col>. */
  min: number;
  max: number;
  width?: number;
  customWidth: boolean;
  hidden: boolean;
  style?: number;
}

export interface RawColor {
  rgb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

export interface SheetSettings {
  tabColor?: RawColor;
  pane?: { xSplit: number; ySplit: number; state: string };
  cols: RawColumn[];
  /** Merged areas as written ("A1:C1"). */
  merges: string[];
  autoFilter?: string;
  protected: boolean;
  /** Rows with a style of their own (customFormat): 0-based row → style index. */
  rowStyles: Map<number, number>;
  /** <pageSetup>'s orientation and paper size code, and <printOptions horizontalCentered>. */
  page?: { orientation?: string; paperSize?: number; centered: boolean };
  /** Manual page breaks between rows (<rowBreaks><brk id>): the 0-based rows that start a page. */
  rowBreaks: number[];
}

/** An attribute whose value holds no entity or quote (r, s, t of a cell), found by ` name="`. */
function plainAttribute(head: string, key: string): string | undefined {
  const at = head.indexOf(key);
  if (at < 0) return undefined;
  const from = at + key.length;
  const to = head.indexOf('"', from);
  const value = head.slice(from, to);
  return value.indexOf('&') < 0 ? value : decodeXml(value);
}

/** "AB12" → { row: 11, col: 27 }; null when it is no cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

function num(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const truthy = (v: string | undefined) => v === '1' || v === 'true';

export function readColor(text: string, tag: Tag): RawColor {
  const a = attributes(text, tag);
  const out: RawColor = {};
  if (a.has('rgb')) out.rgb = a.get('rgb');
  if (a.has('theme')) out.theme = num(a.get('theme'));
  if (a.has('tint')) out.tint = num(a.get('tint'));
  if (a.has('indexed')) out.indexed = num(a.get('indexed'));
  return out;
}

/**
 * Scans a worksheet's XML. `onCell` sees every <c> element in document order; the sheet-wide
 * settings are returned.
 */
export function scanSheet(text: string, onCell: (cell: RawCell) => void): SheetSettings {
  const out: SheetSettings = { cols: [], merges: [], protected: false, rowStyles: new Map(), rowBreaks: [] };
  let inRowBreaks = false;
  const s = new XmlScanner(text);
  let depth = 0;
  let row = -1;
  let col = -1;
  let views = 0;
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') {
      depth--;
      if (tag.local === 'rowBreaks') inRowBreaks = false;
      continue;
    }
    // depth 0: <worksheet>; 1: its children; 2 and more: inside them.
    if (depth === 1 && tag.local === 'sheetData') {
      if (tag.kind === 'open') readSheetData(text, s, tag);
      continue;
    }
    if (depth === 1 && tag.local === 'extLst') {
      if (tag.kind === 'open') s.skipElement(tag);
      continue;
    }
    if (depth === 2 && tag.local === 'tabColor') out.tabColor = readColor(text, tag);
    else if (depth === 2 && tag.local === 'sheetView') views++;
    else if (depth === 3 && tag.local === 'pane' && views === 1) {
      const a = attributes(text, tag);
      out.pane = {
        xSplit: num(a.get('xSplit')) ?? 0,
        ySplit: num(a.get('ySplit')) ?? 0,
        state: a.get('state') ?? 'split',
      };
    } else if (depth === 2 && tag.local === 'col') {
      const a = attributes(text, tag);
      out.cols.push({
        min: num(a.get('min')) ?? 1,
        max: num(a.get('max')) ?? num(a.get('min')) ?? 1,
        ...(a.has('width') ? { width: num(a.get('width')) } : {}),
        customWidth: truthy(a.get('customWidth')),
        hidden: truthy(a.get('hidden')),
        ...(a.has('style') ? { style: num(a.get('style')) } : {}),
      });
    } else if (depth === 2 && tag.local === 'mergeCell') {
      const ref = attributes(text, tag).get('ref');
      if (ref) out.merges.push(ref);
    } else if (depth === 1 && tag.local === 'autoFilter') {
      out.autoFilter = attributes(text, tag).get('ref');
    } else if (depth === 1 && tag.local === 'sheetProtection') {
      out.protected = truthy(attributes(text, tag).get('sheet'));
    } else if (depth === 1 && tag.local === 'pageSetup') {
      const a = attributes(text, tag);
      out.page = {
        ...out.page,
        centered: out.page?.centered ?? false,
        ...(a.has('orientation') ? { orientation: a.get('orientation') } : {}),
        ...(a.has('paperSize') ? { paperSize: num(a.get('paperSize')) } : {}),
      };
    } else if (depth === 1 && tag.local === 'printOptions') {
      out.page = { ...out.page, centered: truthy(attributes(text, tag).get('horizontalCentered')) };
    } else if (depth === 1 && tag.local === 'rowBreaks') {
      inRowBreaks = tag.kind === 'open';
    } else if (depth === 2 && inRowBreaks && tag.local === 'brk') {
      const a = attributes(text, tag);
      const id = num(a.get('id'));
      if (id !== undefined && id > 0 && truthy(a.get('man') ?? '0')) out.rowBreaks.push(id);
    }
    if (tag.kind === 'open') depth++;
  }
  return out;

  function readSheetData(t: string, sc: XmlScanner, open: Tag): void {
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.kind === 'close') {
        if (tag.local === 'sheetData') return;
        continue;
      }
      if (tag.local === 'row') {
        let r: number | undefined;
        let style: number | undefined;
        let custom = false;
        forEachAttribute(t, tag, (name, value) => {
          if (name === 'r') r = Number(value) - 1;
          else if (name === 's') style = Number(value);
          else if (name === 'customFormat') custom = truthy(value);
        });
        row = r !== undefined && r >= 0 ? r : row + 1;
        col = -1;
        if (custom && style !== undefined) out.rowStyles.set(row, style);
        continue;
      }
      if (tag.local === 'c') {
        readCell(t, sc, tag);
        continue;
      }
      if (tag.kind === 'open') sc.skipElement(tag);
    }
    throw new Error(`<${open.name}> is not closed`);
  }

  function readCell(t: string, sc: XmlScanner, tag: Tag): void {
    // r, s and t hold no entities: read them straight from the tag (the hot path of a big sheet).
    const head = t.slice(tag.start, tag.end); // a tag is short: never search past it
    const ref = plainAttribute(head, ' r="');
    const s = plainAttribute(head, ' s="');
    const style = s === undefined ? 0 : Number(s) || 0;
    const type = plainAttribute(head, ' t="') ?? 'n';
    const pos = ref !== undefined ? parseCellRef(ref) : null;
    if (pos) {
      row = pos.row;
      col = pos.col;
    } else col++;
    const cell: RawCell = { row, col, style, type, value: null };
    // The usual shape, <c …><v>…</v></c>, without a tag object per element.
    if (tag.kind === 'open' && t.startsWith('<v>', tag.end)) {
      const end = t.indexOf('</v>', tag.end + 3);
      if (end >= 0 && t.startsWith('</c>', end + 4) && t.lastIndexOf('<', end - 1) < tag.end + 3) {
        cell.value = decodeXml(t.slice(tag.end + 3, end));
        sc.pos = end + 8;
        onCell(cell);
        return;
      }
    }
    if (tag.kind === 'open') {
      for (let child = sc.next(); child; child = sc.next()) {
        if (child.kind === 'close') {
          if (child.local === 'c') break;
          continue;
        }
        if (child.local === 'v') {
          if (child.kind === 'open') cell.value = innerText(t, child, sc.skipElement(child));
          else cell.value = '';
        } else if (child.local === 'f') {
          const a = attributes(t, child);
          const kind = a.get('t');
          const f: RawFormula = {
            text: child.kind === 'open' ? innerText(t, child, sc.skipElement(child)) : '',
            kind: kind === 'shared' || kind === 'array' || kind === 'dataTable' ? kind : 'normal',
          };
          const fr = a.get('ref');
          if (fr) f.ref = fr;
          const si = a.get('si');
          if (si !== undefined) f.si = Number(si);
          cell.formula = f;
        } else if (child.local === 'is') {
          cell.value = readStringItem(t, sc, child);
        } else if (child.kind === 'open') sc.skipElement(child);
      }
    }
    onCell(cell);
  }
}
