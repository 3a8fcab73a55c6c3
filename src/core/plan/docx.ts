// .docx (and .docm, read as text only) → blocks. Unzipped with caps (unzip.ts), parsed with
// @xmldom/xmldom and walked as Word writes it: runs split by rsid and proofErr, tracked changes
// read as accepted, content controls (placeholders → empty), gridSpan and vMerge resolved.
import { DOMParser, onErrorStopParsing, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { msg, type Message } from '../messages';
import type { Problem } from '../model';
import type { Block } from './blocks';
import { padRows } from './blocks';
import { boundedUnzip, UnzipError } from './unzip';

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const HYPERLINK_TYPE = '/hyperlink';
const ELEMENT_NODE = 1;

/** Documents bigger than this are refused before unzipping. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

function problem(code: string, severity: Problem['severity'], message: Message, name: string): Problem {
  return { code, severity, message, where: { source: name } };
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}

function parseXml(bytes: Uint8Array): Element | null {
  try {
    const text = strFromU8(bytes);
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    if (doc.doctype) return null; // Word never writes one; refuse entity games
    return doc.documentElement;
  } catch {
    return null;
  }
}

function isW(node: Node, local?: string): node is Element {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  return (
    el.namespaceURI !== null && W_NS.has(el.namespaceURI) && (local === undefined || el.localName === local)
  );
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

function wChild(el: Element, local: string): Element | undefined {
  return elementChildren(el).find((c) => isW(c, local));
}

function wAttr(el: Element, local: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && a.localName === local && (a.namespaceURI === null || W_NS.has(a.namespaceURI))) return a.value;
  }
  return null;
}

/** A content control showing its placeholder text counts as empty. */
function showsPlaceholder(sdt: Element): boolean {
  const pr = wChild(sdt, 'sdtPr');
  if (!pr) return false;
  const flag = wChild(pr, 'showingPlcHdr');
  if (!flag) return false;
  const val = wAttr(flag, 'val');
  return val === null || val === '1' || val === 'true' || val === 'on';
}

/** Containers whose children are read as if they stood in the parent. */
const TRANSPARENT = new Set([
  'ins',
  'moveTo',
  'hyperlink',
  'smartTag',
  'customXml',
  'fldSimple',
  'dir',
  'bdo',
  'sdtContent',
]);
/** Never read: deleted text, field codes, drawings and properties. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'rPr',
  'pPr',
  'sectPr',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

/** Hidden text (w:vanish) is not shown, printed or copied by Word: not read either. */
function isHiddenRun(r: Element): boolean {
  const pr = wChild(r, 'rPr');
  const vanish = pr && wChild(pr, 'vanish');
  if (!vanish) return false;
  const val = wAttr(vanish, 'val');
  return val === null || val === '1' || val === 'true' || val === 'on';
}

/** Text of inline content: runs, tabs, breaks; tracked deletions and placeholders dropped. */
function inlineText(el: Element, out: string[]): void {
  for (const c of elementChildren(el)) {
    if (c.namespaceURI !== null && !W_NS.has(c.namespaceURI)) {
      // mc:AlternateContent and other wrappers: read the fallback only, if any
      if (c.localName === 'AlternateContent') {
        const fallback = elementChildren(c).find((x) => x.localName === 'Fallback');
        if (fallback) inlineText(fallback, out);
      }
      continue;
    }
    const name = c.localName ?? '';
    if (SKIPPED.has(name)) continue;
    if (name === 't') out.push(c.textContent ?? '');
    else if (name === 'tab' || name === 'ptab') out.push('\t');
    else if (name === 'br' || name === 'cr') out.push('\n');
    else if (name === 'noBreakHyphen') out.push('-');
    else if (name === 'sdt') {
      if (!showsPlaceholder(c)) {
        const content = wChild(c, 'sdtContent');
        if (content) inlineText(content, out);
      }
    } else if (name === 'r') {
      if (!isHiddenRun(c)) inlineText(c, out);
    } else if (TRANSPARENT.has(name)) inlineText(c, out);
  }
}

function paragraphText(p: Element): string {
  const out: string[] = [];
  inlineText(p, out);
  return out.join('');
}

function isDeletedRow(tr: Element): boolean {
  const pr = wChild(tr, 'trPr');
  return pr !== undefined && wChild(pr, 'del') !== undefined;
}

/** Text of a cell: its paragraphs joined by line breaks (nested tables read row by row). */
function cellText(tc: Element): string {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (!isW(c)) continue;
      const name = c.localName;
      if (name === 'p') lines.push(paragraphText(c));
      else if (name === 'tbl') for (const row of tableRows(c)) lines.push(row.join('\t'));
      else if (name === 'sdt') {
        if (!showsPlaceholder(c)) {
          const content = wChild(c, 'sdtContent');
          if (content) walk(content);
        }
      } else if (TRANSPARENT.has(name ?? '')) walk(c);
    }
  };
  walk(tc);
  return lines.join('\n');
}

interface GridCell {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

function rowCells(tr: Element): GridCell[] {
  const cells: GridCell[] = [];
  const walk = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (!isW(c)) continue;
      if (c.localName === 'tc') {
        const pr = wChild(c, 'tcPr');
        const spanEl = pr && wChild(pr, 'gridSpan');
        const span = Math.min(64, Math.max(1, Number(spanEl && wAttr(spanEl, 'val')) || 1));
        const vm = pr && wChild(pr, 'vMerge');
        const vMerge = vm ? (wAttr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null;
        cells.push({ text: cellText(c), span, vMerge });
      } else if (c.localName === 'sdt') {
        if (showsPlaceholder(c)) {
          // a placeholder cell-level control still holds its cells: keep them, emptied
          const content = wChild(c, 'sdtContent');
          const count = content ? elementChildren(content).filter((x) => isW(x, 'tc')).length : 0;
          for (let i = 0; i < count; i++) cells.push({ text: '', span: 1, vMerge: null });
        } else {
          const content = wChild(c, 'sdtContent');
          if (content) walk(content);
        }
      } else if (c.localName === 'customXml' || c.localName === 'ins') walk(c);
    }
  };
  walk(tr);
  return cells;
}

function gridCount(tr: Element, local: 'gridBefore' | 'gridAfter'): number {
  const pr = wChild(tr, 'trPr');
  const el = pr && wChild(pr, local);
  return Math.min(64, Math.max(0, Number(el && wAttr(el, 'val')) || 0));
}

/** Rows of a table with merges resolved; rows deleted as tracked changes dropped. */
function tableRows(tbl: Element): string[][] {
  const trs: Element[] = [];
  const collect = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (isW(c, 'tr')) trs.push(c);
      else if (isW(c, 'sdt')) {
        const content = wChild(c, 'sdtContent');
        if (content) collect(content);
      } else if (isW(c, 'customXml') || isW(c, 'ins')) collect(c);
    }
  };
  collect(tbl);
  const rows: string[][] = [];
  const above: string[] = [];
  for (const tr of trs) {
    if (isDeletedRow(tr)) continue;
    const row: string[] = Array<string>(gridCount(tr, 'gridBefore')).fill('');
    for (const cell of rowCells(tr)) {
      const col = row.length;
      const text = cell.vMerge === 'continue' ? (above[col] ?? '') : cell.text;
      row.push(text);
      for (let i = 1; i < cell.span; i++) row.push(cell.vMerge === 'continue' ? (above[col + i] ?? '') : '');
    }
    for (let i = 0; i < gridCount(tr, 'gridAfter'); i++) row.push('');
    row.forEach((t, i) => (above[i] = t));
    rows.push(row);
  }
  return padRows(rows);
}

function bodyBlocks(body: Element, blocks: Block[]): void {
  for (const c of elementChildren(body)) {
    if (!isW(c)) continue;
    const name = c.localName;
    if (name === 'p') blocks.push({ kind: 'paragraph', text: paragraphText(c) });
    else if (name === 'tbl') blocks.push({ kind: 'table', rows: tableRows(c) });
    else if (name === 'sdt') {
      if (showsPlaceholder(c)) continue;
      const content = wChild(c, 'sdtContent');
      if (content) bodyBlocks(content, blocks);
    } else if (TRANSPARENT.has(name ?? '')) bodyBlocks(c, blocks);
  }
}

function relationships(bytes: Uint8Array | undefined): { target: string; type: string; external: boolean }[] {
  const root = bytes && parseXml(bytes);
  if (!root) return [];
  const out: { target: string; type: string; external: boolean }[] = [];
  const rels = root.getElementsByTagNameNS(REL_NS, 'Relationship');
  for (let i = 0; i < rels.length; i++) {
    const r = rels.item(i);
    if (!r) continue;
    out.push({
      target: r.getAttribute('Target') ?? '',
      type: r.getAttribute('Type') ?? '',
      external: (r.getAttribute('TargetMode') ?? '').toLowerCase() === 'external',
    });
  }
  return out;
}

function isMacroEnabled(contentTypes: Uint8Array | undefined, names: string[]): boolean {
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return true;
  const root = contentTypes && parseXml(contentTypes);
  if (!root) return false;
  const overrides = root.getElementsByTagNameNS(CT_NS, 'Override');
  for (let i = 0; i < overrides.length; i++) {
    const type = overrides.item(i)?.getAttribute('ContentType') ?? '';
    if (type.toLowerCase().includes('macroenabled')) return true;
  }
  return false;
}

function mainPartName(rootRels: Uint8Array | undefined): string {
  const main = relationships(rootRels).find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const target = main ? main.target.replace(/^\//, '') : 'word/document.xml';
  return target === '' ? 'word/document.xml' : target;
}

function relsNameFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function kindOfOtherZip(names: string[]): 'xlsx' | 'pptx' | 'odf' | null {
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  if (names.some((n) => n === 'content.xml' || n === 'mimetype')) return 'odf';
  return null;
}

/** Reads a Word document into blocks. Fatal problems have severity 'error' and no blocks. */
export function docxToBlocks(bytes: Uint8Array, name: string): { blocks: Block[]; problems: Problem[] } {
  const file = { file: name };
  const fail = (code: string, message: Message) => ({
    blocks: [],
    problems: [problem(code, 'error', message, name)],
  });
  try {
    if (bytes.length === 0) return fail('docx-empty', msg('plan-docx-empty', file));
    if (bytes.length > MAX_DOCX_BYTES)
      return fail(
        'docx-too-large',
        msg('plan-docx-too-large', { ...file, maxMb: MAX_DOCX_BYTES / 1024 / 1024 }),
      );
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
      return fail('docx-encrypted', msg('plan-docx-encrypted', file));
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return fail('not-a-docx', msg('plan-docx-pdf', file));
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
      return fail('not-a-docx', msg('plan-docx-not-word', file));

    const wanted = (n: string) =>
      n === '[Content_Types].xml' ||
      n === '_rels/.rels' ||
      /^word\/(?:_rels\/)?document[^/]*\.xml(?:\.rels)?$/.test(n);
    let result = boundedUnzip(bytes, wanted);
    const mainName = mainPartName(result.files.get('_rels/.rels'));
    if (!result.files.has(mainName) && result.names.includes(mainName)) {
      const relsName = relsNameFor(mainName);
      result = boundedUnzip(bytes, (n) => wanted(n) || n === mainName || n === relsName);
    }
    const main = result.files.get(mainName);
    if (!main) {
      if (!hasEndOfCentralDirectory(bytes)) return fail('docx-truncated', msg('plan-docx-truncated', file));
      const format = kindOfOtherZip(result.names);
      return fail(
        'not-a-docx',
        format ? msg('plan-docx-other-office', { ...file, format }) : msg('plan-docx-zip-not-word', file),
      );
    }
    const root = parseXml(main);
    if (!root) return fail('docx-corrupt', msg('plan-docx-content-unreadable', file));
    const body = elementChildren(root).find((c) => isW(c, 'body'));
    if (!body) return fail('docx-corrupt', msg('plan-docx-no-body', file));

    const problems: Problem[] = [];
    if (isMacroEnabled(result.files.get('[Content_Types].xml'), result.names))
      problems.push(problem('docx-macros', 'info', msg('plan-docx-macros', file), name));
    const external = relationships(result.files.get(relsNameFor(mainName))).filter(
      (r) => r.external && !r.type.endsWith(HYPERLINK_TYPE),
    );
    if (external.length > 0)
      problems.push(
        problem(
          'docx-external-links',
          'info',
          msg('plan-docx-external-links', { ...file, count: external.length }),
          name,
        ),
      );
    const blocks: Block[] = [];
    bodyBlocks(body, blocks);
    return { blocks, problems };
  } catch (e) {
    if (e instanceof UnzipError) {
      if (e.code === 'zip-too-large' || e.code === 'zip-too-many-entries')
        return fail('docx-too-large', msg('plan-docx-zip-bomb', file));
      if (e.code === 'zip-truncated' || !hasEndOfCentralDirectory(bytes))
        return fail('docx-truncated', msg('plan-docx-truncated', file));
      return fail('docx-corrupt', msg('plan-docx-zip-corrupt', file));
    }
    return fail('docx-corrupt', msg('plan-docx-unreadable', file));
  }
}
