// Reading an .xlsx/.xlsm package for the fidelity harness: its parts, their XML, the
// relationships between them and which part holds which sheet (OPC, ECMA-376 part 2).
import { DOMParser, onErrorStopParsing, type Document, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** Part name (no leading slash) → bytes. Folder entries are left out. */
export type Parts = Map<string, Uint8Array>;

export function readPackage(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('/')) parts.set(name.replace(/^\//, ''), data);
  }
  return parts;
}

export function parseXml(bytes: Uint8Array, part: string): Document {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(strFromU8(bytes), 'text/xml');
  } catch (e) {
    throw new Error(`${part}: not well-formed XML (${(e as Error).message})`, { cause: e });
  }
}

export const isXmlPart = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/** The element children of a node. */
export function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export const localName = (e: Element): string => e.localName ?? e.nodeName;

/** The first child element with that local name, or null. */
export function child(node: Node, name: string): Element | null {
  return children(node).find((e) => localName(e) === name) ?? null;
}

/** Every descendant element with that local name, in document order. */
export function descendants(node: Node, name: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const e of children(n)) {
      if (localName(e) === name) out.push(e);
      walk(e);
    }
  };
  walk(node);
  return out;
}

/** The relationships part of a part ('' = the package). */
export function relsPartOf(part: string): string {
  if (part === '') return '_rels/.rels';
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative target resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/')).split('/') : [];
  for (const seg of decodeURI(target).split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The part it points to (null for an external target). */
  part: string | null;
}

export function relationships(parts: Parts, source: string): Relationship[] {
  const relsPart = relsPartOf(source);
  const bytes = parts.get(relsPart);
  if (!bytes) return [];
  const doc = parseXml(bytes, relsPart);
  return descendants(doc, 'Relationship').map((r) => {
    const target = r.getAttribute('Target') ?? '';
    const external = r.getAttribute('TargetMode') === 'External';
    return {
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      target,
      external,
      part: external ? null : resolveTarget(source, target),
    };
  });
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  chartsheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet',
};

/** The workbook part (xl/workbook.xml in every writer seen, but found as the spec says). */
export function workbookPart(parts: Parts): string {
  const main = relationships(parts, '').find((r) => r.type === REL.officeDocument);
  if (!main?.part) throw new Error('the package has no workbook (no officeDocument relationship)');
  return main.part;
}

export interface SheetEntry {
  name: string;
  /** worksheet, chartsheet, dialogsheet … (the relationship type's last word). */
  kind: string;
  /** The part holding the sheet. */
  part: string;
}

/** The workbook's sheets in tab order. */
export function sheetsOf(parts: Parts): SheetEntry[] {
  const wbPart = workbookPart(parts);
  const wb = parseXml(parts.get(wbPart)!, wbPart);
  const rels = new Map(relationships(parts, wbPart).map((r) => [r.id, r]));
  const sheets = child(wb.documentElement!, 'sheets');
  if (!sheets) return [];
  return children(sheets).map((s) => {
    const rid = s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const rel = rid ? rels.get(rid) : undefined;
    if (!rel?.part) throw new Error(`${wbPart}: sheet "${s.getAttribute('name')}" has no part`);
    return { name: s.getAttribute('name') ?? '', kind: rel.type.split('/').pop()!, part: rel.part };
  });
}

/** 1904 when the workbook says date1904 (true or 1), else 1900. */
export function dateSystem(parts: Parts): 1900 | 1904 {
  const wbPart = workbookPart(parts);
  const pr = child(parseXml(parts.get(wbPart)!, wbPart).documentElement!, 'workbookPr');
  const v = pr?.getAttribute('date1904');
  return v === '1' || v === 'true' ? 1904 : 1900;
}

/** Every part reachable from `start` through relationships (start included). */
export function reachable(parts: Parts, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const p = todo.pop()!;
    if (seen.has(p) || !parts.has(p)) continue;
    seen.add(p);
    for (const r of relationships(parts, p)) if (r.part) todo.push(r.part);
  }
  return seen;
}
