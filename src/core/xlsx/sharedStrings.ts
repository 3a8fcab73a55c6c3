// The shared strings of a workbook (xl/sharedStrings.xml) and the text of a string item: plain
// (<t>) or rich (runs of <r><t>), without phonetic guides (<rPh>), with Excel's _xHHHH_ escapes
// of characters XML cannot hold turned back into those characters.
import { MessageError, msg } from '../messages';
import { XmlScanner, innerText, type Tag } from './xmlScan';

/** "_x000D_" → "\r"; "_x005F_x0041_" → "_x0041_" (an escaped underscore). */
export function decodeOoxmlText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters XML 1.0 cannot hold, and a literal "_xHHHH_", escaped the way Excel does. */
export function encodeOoxmlText(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Reads the text of a string item whose open tag (<si> or <is>) was just returned by `s`;
 * leaves the scanner after its close tag.
 */
export function readStringItem(text: string, s: XmlScanner, open: Tag): string {
  if (open.kind === 'empty') return '';
  let out = '';
  let phonetic = 0;
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close' && tag.name === open.name) return out;
    if (tag.local === 'rPh') {
      if (tag.kind === 'open') phonetic++;
      else if (tag.kind === 'close') phonetic--;
    } else if (tag.local === 't' && tag.kind === 'open') {
      const close = s.skipElement(tag);
      if (phonetic === 0) out += decodeOoxmlText(innerText(text, tag, close));
    }
  }
  return out;
}

export function readSharedStrings(text: string, file: string, max: number): string[] {
  const out: string[] = [];
  const s = new XmlScanner(text);
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local !== 'si' || tag.kind === 'close') continue;
    if (out.length >= max) throw new MessageError(msg('file-too-many-shared-strings', { file, limit: max }));
    out.push(readStringItem(text, s, tag));
  }
  return out;
}
