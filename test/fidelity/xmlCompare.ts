// Comparing XML as a spreadsheet reads it: element and attribute names by namespace, attributes
// in any order, namespace declarations and whitespace between elements ignored. Reports the
// first place two elements differ, readably.
import type { Element, Node } from '@xmldom/xmldom';
import { children } from './ooxml';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

function qname(n: { namespaceURI: string | null; localName: string | null; nodeName: string }): string {
  return n.namespaceURI ? `{${n.namespaceURI}}${n.localName}` : n.nodeName;
}

interface Attr {
  key: string;
  display: string;
  value: string;
}

function attributes(e: Element, ignore: ReadonlySet<string> = new Set()): Attr[] {
  const out: Attr[] = [];
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes.item(i)!;
    if (a.namespaceURI === XMLNS || a.nodeName === 'xmlns' || a.nodeName.startsWith('xmlns:')) continue;
    if (ignore.has(a.localName ?? a.nodeName)) continue;
    out.push({ key: qname(a), display: a.nodeName, value: a.value });
  }
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The text of an element without element children (null when it has some). */
function leafText(e: Element): string | null {
  if (children(e).length > 0) return null;
  return e.textContent ?? '';
}

/** Text nodes that are not whitespace only, between an element's children. */
function mixedText(e: Element): string {
  let s = '';
  for (let c: Node | null = e.firstChild; c; c = c.nextSibling) {
    if ((c.nodeType === 3 || c.nodeType === 4) && (c.nodeValue ?? '').trim() !== '') s += c.nodeValue;
  }
  return s;
}

/** A canonical string of an element: equal strings, equal content. */
export function canonical(e: Element, ignoreAttributes?: ReadonlySet<string>): string {
  const attrs = attributes(e, ignoreAttributes)
    .map((a) => ` ${a.key}=${JSON.stringify(a.value)}`)
    .join('');
  const text = leafText(e);
  const inner =
    text !== null
      ? JSON.stringify(text)
      : JSON.stringify(mixedText(e)) +
        children(e)
          .map((c) => canonical(c, ignoreAttributes))
          .join('');
  return `<${qname(e)}${attrs}>${inner}</>`;
}

/** Attributes that say which item an element is: shown first. */
const IDENTIFYING = ['r', 'ref', 'sqref', 'name', 'id', 'Id'];
const rank = (a: Attr) => {
  const i = IDENTIFYING.indexOf(a.display);
  return i < 0 ? IDENTIFYING.length : i;
};

/** A short readable form of an element: its name, attributes (which item first), its text. */
export function describe(e: Element | null, max = 200): string {
  if (e === null) return '—';
  const attrs = attributes(e)
    .sort((x, y) => rank(x) - rank(y))
    .map((a) => ` ${a.display}="${a.value}"`)
    .join('');
  const text = leafText(e);
  const body = text !== null ? text : children(e).length > 0 ? '…' : '';
  const s = `<${e.nodeName}${attrs}${body === '' ? '/>' : `>${body}</${e.nodeName}>`}`;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface XmlDifference {
  /** Path of the differing place: /worksheet/sheetViews/sheetView[1]/@tabSelected. */
  path: string;
  before: string;
  after: string;
}

/**
 * The places where `a` and `b` differ (every differing attribute, missing or extra child, text),
 * children compared in order; at most `limit`. Empty when they are the same.
 */
export function xmlDifferences(
  a: Element,
  b: Element,
  path = `/${a.nodeName}`,
  ignoreAttributes?: ReadonlySet<string>,
  limit = 20,
): XmlDifference[] {
  const out: XmlDifference[] = [];
  walk(a, b, path, ignoreAttributes, out, limit);
  return out;
}

/** The first place where `a` and `b` differ, or null when they are the same. */
export function firstDifference(
  a: Element,
  b: Element,
  path = `/${a.nodeName}`,
  ignoreAttributes?: ReadonlySet<string>,
): XmlDifference | null {
  return xmlDifferences(a, b, path, ignoreAttributes, 1)[0] ?? null;
}

function walk(
  a: Element,
  b: Element,
  path: string,
  ignore: ReadonlySet<string> | undefined,
  out: XmlDifference[],
  limit: number,
): void {
  const add = (d: XmlDifference) => {
    if (out.length < limit) out.push(d);
  };
  if (qname(a) !== qname(b)) {
    add({ path, before: describe(a), after: describe(b) });
    return;
  }
  const ba = new Map(attributes(b, ignore).map((x) => [x.key, x]));
  for (const x of attributes(a, ignore)) {
    const y = ba.get(x.key);
    if (!y || y.value !== x.value)
      add({ path: `${path}/@${x.display}`, before: x.value, after: y ? y.value : '—' });
    ba.delete(x.key);
  }
  for (const y of ba.values()) add({ path: `${path}/@${y.display}`, before: '—', after: y.value });
  const ta = leafText(a);
  const tb = leafText(b);
  if (ta !== null || tb !== null) {
    if (ta !== tb) add({ path, before: ta ?? describe(a), after: tb ?? describe(b) });
    return;
  }
  if (mixedText(a) !== mixedText(b)) add({ path, before: mixedText(a), after: mixedText(b) });
  // Children by name, the n-th of a name against the n-th: one missing element is one difference.
  const ca = children(a);
  const cb = children(b);
  const groups = (list: Element[]) => {
    const m = new Map<string, Element[]>();
    for (const e of list) m.set(qname(e), [...(m.get(qname(e)) ?? []), e]);
    return m;
  };
  const ga = groups(ca);
  const gb = groups(cb);
  for (const name of new Set([...ga.keys(), ...gb.keys()])) {
    const xs = ga.get(name) ?? [];
    const ys = gb.get(name) ?? [];
    for (let i = 0; i < Math.max(xs.length, ys.length) && out.length < limit; i++) {
      const x = xs[i];
      const y = ys[i];
      const p = `${path}/${(x ?? y).nodeName}[${i + 1}]`;
      if (!x || !y) add({ path: p, before: describe(x ?? null), after: describe(y ?? null) });
      else walk(x, y, p, ignore, out, limit);
    }
  }
  const order = (list: Element[]) => list.map((e) => e.nodeName).join(' ');
  if (out.length === 0 && order(ca) !== order(cb)) {
    add({ path: `${path} (order of children)`, before: order(ca), after: order(cb) });
  }
}
