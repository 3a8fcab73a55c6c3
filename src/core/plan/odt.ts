// .odt (OpenDocument text, as LibreOffice and Word's "Save as ODF" write it) → the same blocks
// as a .docx (blocks.ts). Unzipped with the same caps (unzip.ts), parsed with @xmldom/xmldom:
// paragraphs, headings, lists and sections in order; tables with spanned cells resolved (a cell
// spanning rows gives its value to every row it spans, a cell spanning columns keeps it in its
// first one); tracked changes read as accepted (deleted text lives apart, in
// text:tracked-changes, and is not read); notes, comments, frames and hidden text not read.
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { msg, type Message } from '../messages';
import type { Problem } from '../model';
import { type Block, padRows } from './blocks';
import { MAX_DOCX_BYTES } from './docx';
import { boundedUnzip, UnzipError } from './unzip';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const MANIFEST = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** Repeated rows and cells LibreOffice writes for empty space: read at most this many. */
const MAX_REPEAT = 64;

function elements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

function is(el: Element, ns: string, local: string): boolean {
  return el.namespaceURI === ns && el.localName === local;
}

function attr(el: Element, ns: string, local: string): string | null {
  return el.getAttributeNS(ns, local) || null;
}

function count(el: Element, ns: string, local: string): number {
  const n = Number(attr(el, ns, local) ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Inline elements never read: notes and their citations, comments, change marks, frames, fields' hidden parts. */
const SKIPPED_TEXT = new Set([
  'note',
  'tracked-changes',
  'change',
  'change-start',
  'change-end',
  'bookmark',
  'bookmark-start',
  'bookmark-end',
  'reference-mark',
  'reference-mark-start',
  'reference-mark-end',
  'alphabetical-index-mark',
  'toc-mark',
  'hidden-text',
  'hidden-paragraph',
]);

/** Text of inline content: spans, links, fields; <text:s text:c="n"/> spaces, tabs and line breaks. */
function inlineText(el: Element, out: string[]): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      out.push(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== ELEMENT_NODE) continue;
    const e = c as Element;
    // Other namespaces: office:annotation (comments), draw:frame (images, text boxes): not read.
    if (e.namespaceURI !== TEXT) continue;
    const name = e.localName ?? '';
    if (SKIPPED_TEXT.has(name)) continue;
    if (name === 's') out.push(' '.repeat(Math.min(count(e, TEXT, 'c'), 100)));
    else if (name === 'tab') out.push('\t');
    else if (name === 'line-break') out.push('\n');
    else inlineText(e, out); // spans, links, fields
  }
}

function paragraphText(p: Element): string {
  const out: string[] = [];
  inlineText(p, out);
  return out.join('');
}

/** Whether a paragraph or heading is a text paragraph. */
function isParagraph(el: Element): boolean {
  return is(el, TEXT, 'p') || is(el, TEXT, 'h');
}

/** Text of a cell: its paragraphs joined by line breaks (lists item by item, nested tables row by row). */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const c of elements(el)) {
      if (isParagraph(c)) lines.push(paragraphText(c));
      else if (is(c, TABLE, 'table')) for (const row of tableRows(c)) lines.push(row.join('\t'));
      else if (
        c.namespaceURI === TEXT &&
        (c.localName === 'list' ||
          c.localName === 'list-item' ||
          c.localName === 'list-header' ||
          c.localName === 'section')
      )
        walk(c);
    }
  };
  walk(cell);
  return lines.join('\n');
}

/** The rows of a table, through header-rows, row-groups and repeated rows, in order. */
function rowElements(table: Element): { row: Element; repeat: number }[] {
  const out: { row: Element; repeat: number }[] = [];
  const walk = (el: Element): void => {
    for (const c of elements(el)) {
      if (is(c, TABLE, 'table-row'))
        out.push({ row: c, repeat: Math.min(count(c, TABLE, 'number-rows-repeated'), MAX_REPEAT) });
      else if (
        c.namespaceURI === TABLE &&
        ['table-header-rows', 'table-rows', 'table-row-group'].includes(c.localName ?? '')
      )
        walk(c);
    }
  };
  walk(table);
  return out;
}

/** Rows of a table with spans resolved, as docx.ts gives them. */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  /** Per column: the text of a cell spanning rows from above, and how many rows it still covers. */
  const spans: ({ text: string; rows: number } | undefined)[] = [];
  for (const { row, repeat } of rowElements(table)) {
    const cells: string[] = [];
    for (const c of elements(row)) {
      const covered = is(c, TABLE, 'covered-table-cell');
      if (!covered && !is(c, TABLE, 'table-cell')) continue;
      const times = Math.min(count(c, TABLE, 'number-columns-repeated'), MAX_REPEAT);
      for (let t = 0; t < times; t++) {
        const col = cells.length;
        if (covered) {
          const above = spans[col];
          cells.push(above && above.rows > 0 ? above.text : '');
          continue;
        }
        const text = cellText(c);
        const across = count(c, TABLE, 'number-columns-spanned');
        const down = count(c, TABLE, 'number-rows-spanned');
        cells.push(text);
        spans[col] = down > 1 ? { text, rows: down } : undefined;
        // the covered cells to its right (written as covered-table-cell) stay empty
        for (let i = 1; i < across; i++) spans[col + i] = undefined;
      }
    }
    for (let r = 0; r < repeat; r++) rows.push([...cells]);
    spans.forEach((s, i) => {
      if (s) spans[i] = { ...s, rows: s.rows - repeat };
    });
  }
  // Trailing empty rows and columns LibreOffice writes for layout are not part of the table.
  while (rows.length > 0 && rows[rows.length - 1].every((t) => t === '')) rows.pop();
  return padRows(rows);
}

function bodyBlocks(el: Element, blocks: Block[]): void {
  for (const c of elements(el)) {
    if (isParagraph(c)) blocks.push({ kind: 'paragraph', text: paragraphText(c) });
    else if (is(c, TABLE, 'table')) blocks.push({ kind: 'table', rows: tableRows(c) });
    else if (
      c.namespaceURI === TEXT &&
      ['list', 'list-item', 'list-header', 'section', 'index-body'].includes(c.localName ?? '')
    )
      bodyBlocks(c, blocks);
    else if (c.namespaceURI === TEXT && (c.localName ?? '').endsWith('-index')) {
      // a table of contents: its index body only
      const body = elements(c).find((x) => is(x, TEXT, 'index-body'));
      if (body) bodyBlocks(body, blocks);
    }
  }
}

function parseXml(bytes: Uint8Array): Element | null {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(strFromU8(bytes), 'text/xml');
    if (doc.doctype) return null; // LibreOffice never writes one; refuse entity games
    return doc.documentElement;
  } catch {
    return null;
  }
}

function isEncrypted(manifest: Uint8Array | undefined): boolean {
  const root = manifest && parseXml(manifest);
  return !!root && root.getElementsByTagNameNS(MANIFEST, 'encryption-data').length > 0;
}

/** Reads an OpenDocument text into blocks. Fatal problems have severity 'error' and no blocks. */
export function odtToBlocks(bytes: Uint8Array, name: string): { blocks: Block[]; problems: Problem[] } {
  const fail = (message: Message) => ({
    blocks: [],
    problems: [{ code: message.code, severity: 'error' as const, message, where: { source: name } }],
  });
  if (bytes.length > MAX_DOCX_BYTES) return fail(msg('odt-too-large', { name }));
  if (bytes.length === 0) return fail(msg('odt-corrupt', { name }));
  try {
    const { files } = boundedUnzip(
      bytes,
      (n) => n === 'mimetype' || n === 'content.xml' || n === 'META-INF/manifest.xml',
    );
    const mimetype = files.has('mimetype') ? strFromU8(files.get('mimetype')!).trim() : ODT_MIMETYPE;
    if (!mimetype.startsWith(ODT_MIMETYPE)) return fail(msg('plan-file-other-odf', { name }));
    if (isEncrypted(files.get('META-INF/manifest.xml'))) return fail(msg('odt-encrypted', { name }));
    const content = files.get('content.xml');
    const root = content && parseXml(content);
    if (!root) return fail(msg('odt-corrupt', { name }));
    const body = elements(root).find((c) => is(c, OFFICE, 'body'));
    const text = body && elements(body).find((c) => is(c, OFFICE, 'text'));
    if (!text) return fail(msg('odt-corrupt', { name }));
    const blocks: Block[] = [];
    bodyBlocks(text, blocks);
    return { blocks, problems: [] };
  } catch (e) {
    // a damaged zip, an entry over the caps (a bomb), or XML the parser refuses
    return fail(
      msg(e instanceof UnzipError && e.code === 'zip-too-large' ? 'odt-too-large' : 'odt-corrupt', { name }),
    );
  }
}

/** Whether a zip is an OpenDocument package (its first entry is the uncompressed "mimetype"). */
export function isOpenDocument(bytes: Uint8Array): boolean {
  // Local file header: name length at 26, name at 30.
  if (bytes.length < 38 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const nameLength = bytes[26] | (bytes[27] << 8);
  return nameLength === 8 && strFromU8(bytes.subarray(30, 38)) === 'mimetype';
}
