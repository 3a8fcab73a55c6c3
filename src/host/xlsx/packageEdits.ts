// Small edits of a package's bookkeeping parts, by splicing their XML so everything else stays
// as written: relationships added or removed, content type overrides added or removed.
import { XmlScanner, attributes, escapeAttr, type Tag } from '../../core/xlsx/xmlScan';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
}

function rootAndClose(text: string): { root: Tag; close: Tag | null } {
  const s = new XmlScanner(text);
  const root = s.next();
  if (!root) throw new Error('empty part');
  const close = root.kind === 'open' ? s.skipElement(root) : null;
  return { root, close };
}

/** Inserts `xml` as the root's last child (turning an empty root into an open/close pair). */
function appendToRoot(text: string, xml: string): string {
  const { root, close } = rootAndClose(text);
  if (close) return text.slice(0, close.start) + xml + text.slice(close.start);
  const open = text.slice(root.start, root.end - 2).trimEnd() + '>';
  return text.slice(0, root.start) + open + xml + `</${root.name}>` + text.slice(root.end);
}

/** The relationships part with a new relationship; returns its id (the first free "rIdN"). */
export function addRelationship(text: string, type: string, target: string): { text: string; id: string } {
  const ids = new Set<string>();
  const s = new XmlScanner(text);
  let prefix = '';
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local === 'Relationships' && tag.kind !== 'close')
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
    if (tag.local === 'Relationship' && tag.kind !== 'close') ids.add(attributes(text, tag).get('Id') ?? '');
  }
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const xml = `<${prefix}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  return { text: appendToRoot(text, xml), id };
}

/** Removes the relationships (and any whitespace-only text before them) that `drop` selects. */
export function removeRelationships(text: string, drop: (a: Map<string, string>) => boolean): string {
  const s = new XmlScanner(text);
  let out = '';
  let at = 0;
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== 'Relationship' || tag.kind === 'close') continue;
    const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
    if (drop(attributes(text, tag))) {
      out += text.slice(at, tag.start);
      at = end;
    }
  }
  return out + text.slice(at);
}

export function addOverride(text: string, part: string, contentType: string): string {
  const s = new XmlScanner(text);
  let prefix = '';
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local === 'Types' && tag.kind !== 'close')
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
    if (tag.local === 'Override' && tag.kind !== 'close') {
      const name = (attributes(text, tag).get('PartName') ?? '').toLowerCase();
      if (name === `/${part}`.toLowerCase()) return text;
    }
  }
  return appendToRoot(
    text,
    `<${prefix}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`,
  );
}

export function addDefault(text: string, extension: string, contentType: string): string {
  const s = new XmlScanner(text);
  let prefix = '';
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local === 'Types' && tag.kind !== 'close')
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
    if (tag.local === 'Default' && tag.kind !== 'close') {
      if ((attributes(text, tag).get('Extension') ?? '').toLowerCase() === extension.toLowerCase())
        return text;
    }
  }
  return appendToRoot(
    text,
    `<${prefix}Default Extension="${escapeAttr(extension)}" ContentType="${escapeAttr(contentType)}"/>`,
  );
}

export function removeOverride(text: string, part: string): string {
  const s = new XmlScanner(text);
  const want = `/${part}`.toLowerCase();
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== 'Override' || tag.kind === 'close') continue;
    const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
    if ((attributes(text, tag).get('PartName') ?? '').toLowerCase() === want)
      return text.slice(0, tag.start) + text.slice(end);
  }
  return text;
}
