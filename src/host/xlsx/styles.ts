// The workbook's cell styles (xl/styles.xml): what each cell format (an <xf> of <cellXfs>) means
// in the terms the emulator models (number format, solid fill, bold, italic, font colour, wrap),
// and, for saving, new formats derived from a cell's own: the existing ones are never renumbered
// or changed, new number formats, fonts, fills and <xf>s are appended.
import type { CellFormat } from '../workbookModel';
import { readColor, type RawColor } from '../../core/xlsx/sheetScan';
import { XmlScanner, attributes, escapeAttr, forEachAttribute, type Tag } from '../../core/xlsx/xmlScan';
import { Palette } from './colors';
import { BUILTIN_FORMATS } from '../../core/xlsx/numberFormats';

const BUILTIN_BY_CODE = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));

interface Span {
  start: number;
  end: number;
}

interface FontInfo extends Span {
  bold: boolean;
  italic: boolean;
  color?: RawColor;
  /** The font's other children as written (size, name, family …): what the model does not see. */
  rest: string;
}

interface FillInfo extends Span {
  solid: boolean;
  fg?: RawColor;
}

interface XfInfo extends Span {
  attrs: [string, string][];
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  xfId: number;
  wrap: boolean;
  /** Child elements other than <alignment>, as written. */
  others: string;
  /** The <alignment> attributes. */
  alignment: [string, string][] | null;
}

/** Where a list element (<fonts>, <fills>, <cellXfs>, <numFmts>) sits in the text. */
interface ListSpan {
  open: Tag;
  close: Tag | null;
}

const truthy = (v: string | undefined) => v === undefined || v === '1' || v === 'true';

export class StyleBook {
  readonly numFmts = new Map<number, string>();
  readonly fonts: FontInfo[] = [];
  readonly fills: FillInfo[] = [];
  readonly xfs: XfInfo[] = [];
  readonly palette: Palette;
  readonly lists = new Map<string, ListSpan>();
  private readonly formats: (CellFormat | undefined)[] = [];

  constructor(
    readonly text: string,
    themeXml: string | undefined,
  ) {
    const indexed: string[] = [];
    const s = new XmlScanner(text);
    let list = '';
    let depth = 0;
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.kind === 'close') {
        depth--;
        if (depth === 1) {
          const span = this.lists.get(tag.local);
          if (span && tag.local === list) span.close = tag;
          list = '';
        }
        continue;
      }
      if (depth === 1) {
        list = tag.local;
        this.lists.set(tag.local, { open: tag, close: null });
      } else if (depth === 2) {
        if (list === 'numFmts' && tag.local === 'numFmt') {
          const a = attributes(text, tag);
          this.numFmts.set(Number(a.get('numFmtId')), a.get('formatCode') ?? 'General');
          if (tag.kind === 'open') s.skipElement(tag);
        } else if (list === 'fonts' && tag.local === 'font') this.fonts.push(this.readFont(s, tag));
        else if (list === 'fills' && tag.local === 'fill') this.fills.push(this.readFill(s, tag));
        else if (list === 'cellXfs' && tag.local === 'xf') this.xfs.push(this.readXf(s, tag));
        else if (list === 'colors' && tag.local === 'indexedColors' && tag.kind === 'open') {
          for (let c = s.next(); c && !(c.kind === 'close' && c.local === 'indexedColors'); c = s.next()) {
            const rgb = c.kind !== 'close' ? attributes(text, c).get('rgb') : undefined;
            if (rgb) indexed.push(rgb.slice(-6));
          }
          continue; // the close tag was consumed
        } else if (tag.kind === 'open') {
          s.skipElement(tag);
          continue;
        }
        continue; // the readers consumed the element
      }
      if (tag.kind === 'open') depth++;
    }
    this.palette = Palette.fromParts(themeXml, indexed);
  }

  private readFont(s: XmlScanner, open: Tag): FontInfo {
    const f: FontInfo = { start: open.start, end: open.end, bold: false, italic: false, rest: '' };
    if (open.kind === 'empty') return f;
    const rest: string[] = [];
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.kind === 'close' && tag.local === 'font') {
        f.end = tag.end;
        break;
      }
      if (tag.kind === 'close') continue;
      if (tag.local === 'b') f.bold = truthy(attributes(this.text, tag).get('val'));
      else if (tag.local === 'i') f.italic = truthy(attributes(this.text, tag).get('val'));
      else if (tag.local === 'color') f.color = readColor(this.text, tag);
      else rest.push(this.text.slice(tag.start, tag.kind === 'open' ? s.skipElement(tag).end : tag.end));
    }
    f.rest = rest.sort().join('');
    return f;
  }

  private readFill(s: XmlScanner, open: Tag): FillInfo {
    const f: FillInfo = { start: open.start, end: open.end, solid: false };
    if (open.kind === 'empty') return f;
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.kind === 'close' && tag.local === 'fill') {
        f.end = tag.end;
        break;
      }
      if (tag.kind === 'close') continue;
      if (tag.local === 'patternFill') f.solid = attributes(this.text, tag).get('patternType') === 'solid';
      else if (tag.local === 'fgColor') f.fg = readColor(this.text, tag);
    }
    return f;
  }

  private readXf(s: XmlScanner, open: Tag): XfInfo {
    const attrs: [string, string][] = [];
    forEachAttribute(this.text, open, (n, v) => attrs.push([n, v]));
    const get = (n: string) => Number(attrs.find(([k]) => k === n)?.[1] ?? 0) || 0;
    const xf: XfInfo = {
      start: open.start,
      end: open.end,
      attrs,
      numFmtId: get('numFmtId'),
      fontId: get('fontId'),
      fillId: get('fillId'),
      borderId: get('borderId'),
      xfId: get('xfId'),
      wrap: false,
      others: '',
      alignment: null,
    };
    if (open.kind === 'empty') return xf;
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.kind === 'close' && tag.local === 'xf') {
        xf.end = tag.end;
        break;
      }
      if (tag.local === 'alignment' && tag.kind !== 'close') {
        const a: [string, string][] = [];
        forEachAttribute(this.text, tag, (n, v) => a.push([n, v]));
        xf.alignment = a;
        xf.wrap = a.some(([n, v]) => n === 'wrapText' && (v === '1' || v === 'true'));
        if (tag.kind === 'open') s.skipElement(tag);
      } else if (tag.kind !== 'close') {
        const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
        xf.others += this.text.slice(tag.start, end);
      }
    }
    return xf;
  }

  /**
   * Whether a cell format is fully described by what the emulator models (number format, solid
   * fill, bold, italic, font colour, wrap) on top of the workbook's default format: nothing else
   * (border, font size or name, other alignment, protection, cell style) differs. A cell with
   * such a format needs no file format index of its own in the model.
   */
  plain(xf: number): boolean {
    const cached = this.plainCache[xf];
    if (cached !== undefined) return cached;
    const info = this.xfs[xf];
    const base = this.xfs[0];
    let plain = true;
    if (info && base) {
      const extra = info.attrs.some(([n]) => !/^(numFmtId|fontId|fillId|borderId|xfId|apply\w+)$/.test(n));
      const fill = this.fills[info.fillId];
      plain =
        !extra &&
        info.borderId === base.borderId &&
        info.xfId === base.xfId &&
        info.others === '' &&
        (info.alignment ?? []).every(([n]) => n === 'wrapText') &&
        (info.fillId === base.fillId || (fill?.solid ?? false)) &&
        (this.fonts[info.fontId]?.rest ?? '') === (this.fonts[base.fontId]?.rest ?? '');
    }
    this.plainCache[xf] = plain;
    return plain;
  }

  private readonly plainCache: boolean[] = [];

  numberFormatCode(id: number): string {
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  }

  /** What a cell format means to the emulator (memoised per index). Unknown indexes mean none. */
  format(xf: number): CellFormat {
    const cached = this.formats[xf];
    if (cached) return cached;
    const info = this.xfs[xf];
    const out: CellFormat = {};
    if (info) {
      const code = this.numberFormatCode(info.numFmtId);
      if (code !== 'General') out.numberFormat = code;
      const fill = this.fills[info.fillId];
      if (fill?.solid) {
        const color = this.palette.resolve(fill.fg);
        if (color) out.fill = color;
      }
      const font = this.fonts[info.fontId];
      if (font?.bold) out.bold = true;
      if (font?.italic) out.italic = true;
      const color = this.palette.resolve(font?.color);
      if (color && color !== '#000000') out.fontColor = color;
      if (info.wrap) out.wrapText = true;
    }
    this.formats[xf] = out;
    return out;
  }
}

const formatKey = (f: CellFormat) =>
  `${f.numberFormat ?? ''}|${f.fill ?? ''}|${f.bold ? 1 : 0}|${f.italic ? 1 : 0}|${f.fontColor ?? ''}|${f.wrapText ? 1 : 0}`;

const sameFormat = (a: CellFormat, b: CellFormat) =>
  a.numberFormat === b.numberFormat &&
  a.fill === b.fill &&
  !!a.bold === !!b.bold &&
  !!a.italic === !!b.italic &&
  a.fontColor === b.fontColor &&
  !!a.wrapText === !!b.wrapText;

/** New formats for the cells a save writes; the book's own stay as they are. */
export class StyleEditor {
  private readonly added = {
    numFmts: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    xfs: [] as string[],
  };
  private readonly cache = new Map<string, number>();
  private readonly fontCache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private nextNumFmt: number;
  /** The namespace prefix of the styles part ("" for the default namespace), for what is appended. */
  private readonly p: string;

  constructor(readonly book: StyleBook) {
    this.nextNumFmt = Math.max(163, ...book.numFmts.keys()) + 1;
    this.p = prefixOf(book.text);
  }

  get changed(): boolean {
    return this.added.xfs.length > 0;
  }

  /** The format index for a cell based on `base` that should look like `want`. */
  xfFor(base: number, want: CellFormat): number {
    const baseIndex = this.book.xfs[base] ? base : 0;
    const have = this.book.format(baseIndex);
    if (sameFormat(have, want)) return baseIndex;
    const look = formatKey(want);
    if (this.book.plain(baseIndex)) {
      // A plain format of the book that looks like this already (a value typed into a yellow cell keeps its format).
      const existing = this.plainIndex().get(look);
      if (existing !== undefined) return existing;
    }
    const key = `${baseIndex}|${look}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const info = this.book.xfs[baseIndex] as XfInfo | undefined;
    const attrs = new Map<string, string>(
      info?.attrs ?? [
        ['numFmtId', '0'],
        ['fontId', '0'],
        ['fillId', '0'],
        ['borderId', '0'],
        ['xfId', '0'],
      ],
    );
    if (have.numberFormat !== want.numberFormat) {
      attrs.set('numFmtId', String(this.numFmtId(want.numberFormat ?? 'General')));
      attrs.set('applyNumberFormat', '1');
    }
    if (have.fill !== want.fill) {
      attrs.set('fillId', String(this.fillId(want.fill)));
      attrs.set('applyFill', '1');
    }
    if (!!have.bold !== !!want.bold || !!have.italic !== !!want.italic || have.fontColor !== want.fontColor) {
      attrs.set('fontId', String(this.fontId(info?.fontId ?? 0, have, want)));
      attrs.set('applyFont', '1');
    }
    let alignment = info?.alignment ?? null;
    if (!!have.wrapText !== !!want.wrapText) {
      const rest = (alignment ?? []).filter(([n]) => n !== 'wrapText');
      alignment = want.wrapText ? [...rest, ['wrapText', '1']] : rest;
      attrs.set('applyAlignment', '1');
    }
    const p = this.p;
    const head = [...attrs].map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
    const align =
      alignment && alignment.length
        ? `<${p}alignment${alignment.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('')}/>`
        : '';
    const children = align + (info?.others ?? '');
    this.added.xfs.push(children ? `<${p}xf${head}>${children}</${p}xf>` : `<${p}xf${head}/>`);
    const index = this.book.xfs.length + this.added.xfs.length - 1;
    this.cache.set(key, index);
    return index;
  }

  private plainByFormat: Map<string, number> | null = null;

  /** The book's plain formats by what they look like (the first of equals). */
  private plainIndex(): Map<string, number> {
    if (!this.plainByFormat) {
      this.plainByFormat = new Map();
      this.book.xfs.forEach((_x, i) => {
        if (!this.book.plain(i)) return;
        const k = formatKey(this.book.format(i));
        if (!this.plainByFormat!.has(k)) this.plainByFormat!.set(k, i);
      });
    }
    return this.plainByFormat;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_BY_CODE.get(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.book.numFmts) if (c === code) return id;
    const hit = this.cache.get(`numFmt|${code}`);
    if (hit !== undefined) return hit;
    const id = this.nextNumFmt++;
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.cache.set(`numFmt|${code}`, id);
    return id;
  }

  private fillId(color: string | undefined): number {
    if (color === undefined) return 0;
    const hit = this.fillCache.get(color);
    if (hit !== undefined) return hit;
    const id = this.book.fills.length + this.added.fills.length;
    const p = this.p;
    this.added.fills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${color.slice(1)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillCache.set(color, id);
    return id;
  }

  /** The base font with bold, italic and colour as wanted (its size, name and the rest kept). */
  private fontId(base: number, have: CellFormat, want: CellFormat): number {
    const key = `${base}|${want.bold ? 1 : 0}|${want.italic ? 1 : 0}|${want.fontColor ?? ''}`;
    const hit = this.fontCache.get(key);
    if (hit !== undefined) return hit;
    const font = this.book.fonts[base];
    let inner = '';
    let color = '';
    if (font) {
      const text = this.book.text.slice(font.start, font.end);
      const s = new XmlScanner(text);
      const open = s.next();
      if (open && open.kind === 'open') {
        for (let tag = s.next(); tag; tag = s.next()) {
          if (tag.kind === 'close' && tag.local === 'font') break;
          if (tag.kind === 'close') continue;
          const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
          if (tag.local === 'color') color = text.slice(tag.start, end);
          if (tag.local === 'b' || tag.local === 'i' || tag.local === 'color') continue;
          inner += text.slice(tag.start, end);
        }
      }
    }
    // The colour element stays as written unless the colour itself changes.
    const p = this.p;
    if (have.fontColor !== want.fontColor)
      color = `<${p}color rgb="FF${(want.fontColor ?? '#000000').slice(1)}"/>`;
    const out = (want.bold ? `<${p}b/>` : '') + (want.italic ? `<${p}i/>` : '') + color + inner;
    const id = this.book.fonts.length + this.added.fonts.length;
    this.added.fonts.push(`<${p}font>${out}</${p}font>`);
    this.fontCache.set(key, id);
    return id;
  }

  /** styles.xml with the new entries appended (counts updated); the text as read when none. */
  serialize(): string {
    const text = this.book.text;
    if (!this.changed) return text;
    const edits: { at: number; end: number; text: string }[] = [];
    const appendTo = (list: string, items: string[], fallbackBefore: string[]) => {
      if (items.length === 0) return;
      const span = this.book.lists.get(list);
      if (span && span.open.kind === 'open' && span.close) {
        edits.push({
          at: span.open.start,
          end: span.open.end,
          text: withCount(text, span.open, countOf(list, this.book, this.added)),
        });
        edits.push({ at: span.close.start, end: span.close.start, text: items.join('') });
      } else if (span && span.open.kind === 'empty') {
        const head = withCount(text, span.open, items.length).replace(/\/>$/, '>');
        edits.push({
          at: span.open.start,
          end: span.open.end,
          text: `${head}${items.join('')}</${span.open.name}>`,
        });
      } else {
        // The list is missing: insert it before the first element that must follow it.
        const prefix = prefixOf(text);
        const before = fallbackBefore.map((n) => this.book.lists.get(n)).find((x) => x !== undefined);
        const at = before ? before.open.start : rootContentStart(text);
        edits.push({
          at,
          end: at,
          text: `<${prefix}${list} count="${items.length}">${items.join('')}</${prefix}${list}>`,
        });
      }
    };
    appendTo('numFmts', this.added.numFmts, ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    appendTo('fonts', this.added.fonts, ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    appendTo('fills', this.added.fills, ['borders', 'cellStyleXfs', 'cellXfs']);
    appendTo('cellXfs', this.added.xfs, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    edits.sort((a, b) => a.at - b.at);
    let out = '';
    let at = 0;
    for (const e of edits) {
      out += text.slice(at, e.at) + e.text;
      at = e.end;
    }
    return out + text.slice(at);
  }
}

function countOf(
  list: string,
  book: StyleBook,
  added: { numFmts: string[]; fonts: string[]; fills: string[]; xfs: string[] },
): number {
  if (list === 'numFmts') return book.numFmts.size + added.numFmts.length;
  if (list === 'fonts') return book.fonts.length + added.fonts.length;
  if (list === 'fills') return book.fills.length + added.fills.length;
  return book.xfs.length + added.xfs.length;
}

/** The open tag with its count attribute set (added when missing). */
function withCount(text: string, tag: Tag, count: number): string {
  const raw = text.slice(tag.start, tag.end);
  let found = false;
  let out = raw;
  forEachAttribute(text, tag, (name, _v, vs, ve) => {
    if (name === 'count') {
      found = true;
      out = text.slice(tag.start, vs) + String(count) + text.slice(ve, tag.end);
    }
  });
  if (found) return out;
  const close = raw.endsWith('/>') ? raw.length - 2 : raw.length - 1;
  return `${raw.slice(0, close)} count="${count}"${raw.slice(close)}`;
}

/** The namespace prefix of the root element ("" or "x:"). */
function prefixOf(text: string): string {
  const root = new XmlScanner(text).next();
  const colon = root ? root.name.indexOf(':') : -1;
  return root && colon > 0 ? root.name.slice(0, colon + 1) : '';
}

function rootContentStart(text: string): number {
  const root = new XmlScanner(text).next();
  return root ? root.end : 0;
}
