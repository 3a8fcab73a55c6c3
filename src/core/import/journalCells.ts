// The journal's JSON split over cells of the very hidden sheet "_spridningslogg": one cell holds
// at most 32,767 characters, so the text goes in chunks down column A under a marker row.
//
// Why a sheet and not workbook.settings: a journal holds whole deleted rows and can be large;
// settings are meant for small values (and are rewritten in one piece on every save), while a
// sheet's cells scale, travel with the file, and are read in the same batch as the tabs.
//
// The text is stored deflated (fflate) and base64-encoded under JOURNAL_MARKER: a journal is
// repetitive JSON that shrinks about tenfold, and its quotes would otherwise be escaped twice on
// the way to Excel (once in the cell text, once in the request). For 500 plans this is what lets
// the whole import go in one request under Excel on the web's 5 MB cap. Columns written by the
// first version (plain JSON under PLAIN_MARKER) are still read.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export const JOURNAL_SHEET = '_spridningslogg';
export const JOURNAL_MARKER = 'Spridningslogg: ångra-journal för senaste import (komprimerad). Ändra inte.';
/** The marker of a column holding the plain JSON (written by version 1.0 of the add-in). */
export const PLAIN_MARKER = 'Spridningslogg: ångra-journal för senaste import. Ändra inte.';
export const CHUNK_CHARS = 30_000;

/** Bytes turned into base64 per step (a multiple of 3, so the pieces join without padding). */
const B64_STEP = 3 * 8192;

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += B64_STEP) {
    const piece = bytes.subarray(i, i + B64_STEP);
    let binary = '';
    for (let j = 0; j < piece.length; j++) binary += String.fromCharCode(piece[j]);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The journal's JSON as stored: deflated, base64. */
export function packJournal(json: string): string {
  return toBase64(deflateSync(strToU8(json), { level: 6 }));
}

/** The JSON back from `packJournal`'s text; null when the text is damaged. */
export function unpackJournal(packed: string): string | null {
  if (packed === '') return null;
  try {
    return strFromU8(inflateSync(fromBase64(packed)));
  } catch {
    return null;
  }
}

/** Column A of the journal sheet, from row 1: the marker, then the packed text in chunks. */
export function journalToColumn(json: string): string[] {
  const packed = packJournal(json);
  const out = [JOURNAL_MARKER];
  for (let i = 0; i < packed.length; i += CHUNK_CHARS) out.push(packed.slice(i, i + CHUNK_CHARS));
  return out;
}

/** The JSON text from column A as read (null when the sheet holds no journal, or a damaged one). */
export function journalFromColumn(column: unknown[]): string | null {
  const marker = column[0];
  if ((marker !== JOURNAL_MARKER && marker !== PLAIN_MARKER) || column.length < 2) return null;
  let text = '';
  for (const v of column.slice(1)) {
    if (typeof v !== 'string' || v === '') break;
    text += v;
  }
  if (text === '') return null;
  return marker === PLAIN_MARKER ? text : unpackJournal(text);
}
