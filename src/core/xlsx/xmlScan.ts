// A forward scanner over XML text that reports each tag with where it starts and ends, for the
// parts of a workbook: reading them without building a tree (a sheet can hold millions of
// cells) and patching them by splicing the text between known offsets, so whatever is not
// changed stays exactly as it was written. Comments, processing instructions and CDATA are
// skipped as the XML rules say; a document type declaration (which could declare entities) is
// refused. Attribute values may hold '>' and are skipped as quoted strings.

export type TagKind = 'open' | 'close' | 'empty';

export interface Tag {
  kind: TagKind;
  /** The name as written, with its prefix ("x14:dataValidation"). */
  name: string;
  /** The name without its prefix ("dataValidation"). */
  local: string;
  /** Offset of '<'. */
  start: number;
  /** Offset just after '>'. */
  end: number;
}

export class XmlError extends Error {
  constructor(
    readonly detail: string,
    readonly at: number,
  ) {
    super(`${detail} at ${at}`);
    this.name = 'XmlError';
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === GT || c === SLASH;
}

export class XmlScanner {
  pos: number;
  constructor(
    readonly text: string,
    from = 0,
  ) {
    this.pos = from;
  }

  /** The next tag, or null at the end of the text. */
  next(): Tag | null {
    const t = this.text;
    for (;;) {
      const lt = t.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = t.length;
        return null;
      }
      const c1 = t.charCodeAt(lt + 1);
      if (c1 === BANG) {
        if (t.startsWith('<!--', lt)) {
          const e = t.indexOf('-->', lt + 4);
          if (e < 0) throw new XmlError('unclosed comment', lt);
          this.pos = e + 3;
          continue;
        }
        if (t.startsWith('<![CDATA[', lt)) {
          const e = t.indexOf(']]>', lt + 9);
          if (e < 0) throw new XmlError('unclosed CDATA', lt);
          this.pos = e + 3;
          continue;
        }
        throw new XmlError('document type declarations are not allowed', lt);
      }
      if (c1 === QUESTION) {
        const e = t.indexOf('?>', lt + 2);
        if (e < 0) throw new XmlError('unclosed processing instruction', lt);
        this.pos = e + 2;
        continue;
      }
      const closing = c1 === SLASH;
      let i = closing ? lt + 2 : lt + 1;
      const nameStart = i;
      while (i < t.length && !isNameEnd(t.charCodeAt(i))) i++;
      if (i === nameStart) throw new XmlError('tag without a name', lt);
      const name = t.slice(nameStart, i);
      // Find the '>' that ends the tag, stepping over quoted attribute values (which may hold '>').
      for (;;) {
        const gt = t.indexOf('>', i);
        if (gt < 0) throw new XmlError('unclosed tag', lt);
        let quote = -1;
        for (let k = i; k < gt; k++) {
          const c = t.charCodeAt(k);
          if (c === QUOT || c === APOS) {
            quote = k;
            break;
          }
          if (c === LT) throw new XmlError('"<" inside a tag', k);
        }
        if (quote < 0) {
          i = gt;
          break;
        }
        const close = t.indexOf(t[quote], quote + 1);
        if (close < 0) throw new XmlError('unclosed attribute value', quote);
        i = close + 1;
      }
      const empty = !closing && t.charCodeAt(i - 1) === SLASH;
      this.pos = i + 1;
      const colon = name.indexOf(':');
      return {
        kind: closing ? 'close' : empty ? 'empty' : 'open',
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        start: lt,
        end: i + 1,
      };
    }
  }

  /**
   * Skips to the tag that closes `open` (an 'open' tag just returned), returning it. Nested
   * elements of the same name are counted.
   */
  skipElement(open: Tag): Tag {
    if (open.kind !== 'open') return open;
    let depth = 1;
    for (;;) {
      const tag = this.next();
      if (!tag) throw new XmlError(`<${open.name}> is not closed`, open.start);
      if (tag.kind === 'open') depth++;
      else if (tag.kind === 'close' && --depth === 0) {
        if (tag.name !== open.name) throw new XmlError(`</${tag.name}> closes <${open.name}>`, tag.start);
        return tag;
      }
    }
  }
}

/** The attributes of a tag, values decoded. Later duplicates are ignored. */
export function attributes(text: string, tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  forEachAttribute(text, tag, (name, value) => {
    if (!out.has(name)) out.set(name, value);
  });
  return out;
}

/** Calls `fn` with each attribute (name as written, value decoded) of a tag, in order. */
export function forEachAttribute(
  text: string,
  tag: Tag,
  fn: (name: string, value: string, valueStart: number, valueEnd: number) => void,
): void {
  let i = tag.start + 1 + (tag.kind === 'close' ? 1 : 0) + tag.name.length;
  const end = tag.end - 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) {
      i++;
      continue;
    }
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= end) break;
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < end && text.charCodeAt(q) !== QUOT && text.charCodeAt(q) !== APOS) q++;
    const quote = text[q];
    const close = text.indexOf(quote, q + 1);
    if (close < 0 || close > end) throw new XmlError('bad attribute', i);
    fn(name, decodeXml(text.slice(q + 1, close)), q + 1, close);
    i = close + 1;
  }
}

/** One attribute of a tag (decoded), or undefined. Faster than `attributes` for a few names. */
export function attribute(text: string, tag: Tag, name: string): string | undefined {
  let found: string | undefined;
  forEachAttribute(text, tag, (n, v) => {
    if (found === undefined && n === name) found = v;
  });
  return found;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else is damage. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (_whole, body: string | undefined) => {
    if (body === undefined) throw new XmlError('a bare "&"', 0);
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = NAMED[body];
    if (named === undefined) throw new XmlError(`unknown entity &${body};`, 0);
    return named;
  });
}

/** Text content: & < > escaped. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value for double quotes: & < " escaped, and tab/newline kept as references. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '"'
            ? '&quot;'
            : `&#${c.charCodeAt(0)};`,
  );
}

/**
 * The text between an open tag and its matching close (exclusive), decoded, with CDATA sections
 * taken literally. For leaf elements such as <v>, <t>, <f>.
 */
export function innerText(text: string, open: Tag, close: Tag): string {
  const raw = text.slice(open.end, close.start);
  if (raw.indexOf('<') < 0) return decodeXml(raw);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const cdata = raw.indexOf('<![CDATA[', i);
    const comment = raw.indexOf('<!--', i);
    const next = cdata < 0 ? comment : comment < 0 ? cdata : Math.min(cdata, comment);
    if (next < 0) {
      out += decodeXml(raw.slice(i));
      break;
    }
    out += decodeXml(raw.slice(i, next));
    if (next === cdata) {
      const e = raw.indexOf(']]>', next);
      out += raw.slice(next + 9, e);
      i = e + 3;
    } else {
      i = raw.indexOf('-->', next) + 3;
    }
  }
  return out;
}
