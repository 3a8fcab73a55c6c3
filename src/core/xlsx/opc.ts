// The Open Packaging Conventions an .xlsx is built on: relationships (which part points at
// which, and as what), part names relative to their source, and the content types.
import { XmlScanner, attributes } from './xmlScan';

export interface Relationship {
  id: string;
  /** The full type URI. */
  type: string;
  /** The last segment of the type ("worksheet", "officeDocument"): transitional and strict alike. */
  kind: string;
  /** As written in the part. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of its source part, as a part name without a leading "/". */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** A target for `part` written relative to the folder of `source` (as Excel writes them). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function readRelationships(text: string): Relationship[] {
  const out: Relationship[] = [];
  const s = new XmlScanner(text);
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== 'Relationship' || tag.kind === 'close') continue;
    const a = attributes(text, tag);
    const type = a.get('Type') ?? '';
    out.push({
      id: a.get('Id') ?? '',
      type,
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
    });
  }
  return out;
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function readContentTypes(text: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const s = new XmlScanner(text);
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') continue;
    if (tag.local === 'Default') {
      const a = attributes(text, tag);
      defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
    } else if (tag.local === 'Override') {
      const a = attributes(text, tag);
      overrides.set((a.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), a.get('ContentType') ?? '');
    }
  }
  return { defaults, overrides };
}

/** The content type of a part by its override, else by its extension's default. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const o = types.overrides.get(part.toLowerCase());
  if (o !== undefined) return o;
  const dot = part.lastIndexOf('.');
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase());
}
