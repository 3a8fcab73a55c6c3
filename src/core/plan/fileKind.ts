// What kind of file a plan arrived as, from its first bytes (and, for a zip, its entries' names):
// people send the personal plan as .docx, .odt, an old .doc, a PDF or an RTF file, and do not
// always name it for what it is.
import { isOpenDocument } from './odt';

export type PlanFileKind = 'docx' | 'odt' | 'doc' | 'pdf' | 'rtf' | 'other';

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold `text` as UTF-16LE (the names of an OLE file's streams). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++)
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function planFileKind(bytes: Uint8Array, name: string): PlanFileKind {
  const ext = name.toLowerCase().replace(/^.*\./, '.');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // An OLE compound file: a Word 97–2003 document has a "WordDocument" stream; a password-
    // protected .docx is an OLE file too ("EncryptedPackage") and gets the .docx reader's message.
    if (holdsUtf16(bytes, 'EncryptedPackage')) return 'docx';
    return holdsUtf16(bytes, 'WordDocument') || ext === '.doc' ? 'doc' : 'docx';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return isOpenDocument(bytes) || ext === '.odt' ? 'odt' : 'docx';
  if (ext === '.doc') return 'doc';
  if (ext === '.rtf') return 'rtf';
  if (ext === '.pdf') return 'pdf';
  return 'other';
}
