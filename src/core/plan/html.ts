// Word's clipboard HTML → blocks. Parsed by the caller's DOMParser into a detached document
// (never inserted into a page; DOMParser documents run no scripts and load nothing); read by
// walking nodes: conditional comments are comments, <o:p>/&nbsp; become space, tracked
// deletions (<del>) and hidden text are dropped, rowspan/colspan resolved like docx merges.
import type { Block } from './blocks';
import { padRows } from './blocks';

const SKIP = new Set([
  'script',
  'style',
  'head',
  'title',
  'meta',
  'link',
  'template',
  'noscript',
  'del',
  'object',
  'embed',
  'iframe',
  'svg',
  'math',
  'img',
  'video',
  'audio',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'address',
  'dt',
  'dd',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'center',
  'hr',
  'body',
  'caption',
  'figure',
  'main',
  'nav',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const MAX_SPAN = 1000;

function tag(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
}

function isHidden(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('mso-hide:all');
}

/** Collects text with "\n" at block boundaries and <br>, HTML whitespace collapsed. */
class TextSink {
  private parts: string[] = [];
  text(s: string): void {
    this.parts.push(s.replace(/[ \t\n\r\f]+/g, ' '));
  }
  newline(): void {
    this.parts.push('\n');
  }
  /** A block boundary: a line break unless one was just written (or nothing was). */
  blockBreak(): void {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p === '\n') return;
      if (p.trim() !== '') break;
      if (i === 0) return;
    }
    if (this.parts.length > 0) this.parts.push('\n');
  }
  take(): string {
    const s = this.parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/^ +| +$/g, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    this.parts = [];
    return s;
  }
}

function collectText(node: Node, sink: TextSink): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      sink.text(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== ELEMENT_NODE) continue;
    const el = c as Element;
    const name = tag(el);
    if (SKIP.has(name) || isHidden(el)) continue;
    if (name === 'br') sink.newline();
    else if (name === 'table') {
      sink.newline();
      for (const row of tableRows(el)) {
        sink.text(row.join(' '));
        sink.newline();
      }
    } else if (BLOCK.has(name) || name === 'tr') {
      sink.blockBreak();
      collectText(el, sink);
      sink.blockBreak();
    } else if (name === 'td' || name === 'th') {
      collectText(el, sink);
      sink.text(' ');
    } else collectText(el, sink);
  }
}

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstChild; c; c = c.nextSibling) {
    const name = tag(c);
    if (name === 'tr') rows.push(c as Element);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot')
      for (let r = c.firstChild; r; r = r.nextSibling) if (tag(r) === 'tr') rows.push(r as Element);
  }
  return rows;
}

function span(el: Element, attr: string): number {
  const n = Number.parseInt(el.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** A row whose only text is a tracked deletion: deleted as a whole, like w:trPr/w:del in .docx. */
function isDeletedRow(tr: Element): boolean {
  if (tr.getElementsByTagName('del').length === 0) return false;
  const sink = new TextSink();
  collectText(tr, sink);
  return (
    sink
      .take()
      .trim()
      .replace(/\u00a0/g, '') === ''
  );
}

/** Rows of a table; a rowspan cell's text fills every row it spans, colspan pads with ''. */
function tableRows(table: Element): string[][] {
  const trs = ownRows(table).filter((tr) => !isHidden(tr) && !isDeletedRow(tr));
  const grid: string[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let col = 0;
    for (let c = tr.firstChild; c; c = c.nextSibling) {
      const name = tag(c);
      if (name !== 'td' && name !== 'th') continue;
      const cell = c as Element;
      while (grid[r][col] !== undefined) col++;
      const sink = new TextSink();
      if (!isHidden(cell)) collectText(cell, sink);
      const text = sink.take();
      const rows = Math.min(span(cell, 'rowspan'), trs.length - r);
      const cols = Math.min(span(cell, 'colspan'), 64);
      for (let dr = 0; dr < rows; dr++)
        for (let dc = 0; dc < cols; dc++) grid[r + dr][col + dc] = dc === 0 ? text : '';
      col += cols;
    }
  });
  return padRows(grid.map((row) => Array.from(row, (v) => v ?? '')));
}

function blocksOf(node: Node, blocks: Block[], sink: TextSink): void {
  const flush = () => {
    const text = sink.take();
    if (text !== '') for (const line of text.split('\n')) blocks.push({ kind: 'paragraph', text: line });
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      sink.text(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== ELEMENT_NODE) continue;
    const el = c as Element;
    const name = tag(el);
    if (SKIP.has(name) || isHidden(el)) continue;
    if (name === 'table') {
      flush();
      blocks.push({ kind: 'table', rows: tableRows(el) });
    } else if (name === 'br') sink.newline();
    else if (BLOCK.has(name)) {
      flush();
      blocksOf(el, blocks, sink);
      flush();
    } else blocksOf(el, blocks, sink);
  }
}

export function htmlToBlocks(html: string, domParser: DOMParser): Block[] {
  const doc = domParser.parseFromString(html, 'text/html');
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const blocks: Block[] = [];
  const sink = new TextSink();
  blocksOf(root, blocks, sink);
  const rest = sink.take();
  if (rest !== '') for (const line of rest.split('\n')) blocks.push({ kind: 'paragraph', text: line });
  return blocks;
}
