// The journal's JSON split over cells of the very hidden sheet "_spridningslogg": one cell holds
// at most 32,767 characters, so the text goes in chunks down column A under a marker row.
//
// Why a sheet and not workbook.settings: a journal holds whole deleted rows and can be large;
// settings are meant for small values (and are rewritten in one piece on every save), while a
// sheet's cells scale, travel with the file, and are read in the same batch as the tabs.

export const JOURNAL_SHEET = '_spridningslogg';
export const JOURNAL_MARKER = 'Spridningslogg: ångra-journal för senaste import. Ändra inte.';
export const CHUNK_CHARS = 30_000;

/** Column A of the journal sheet, from row 1: the marker, then the chunks. */
export function journalToColumn(json: string): string[] {
  const out = [JOURNAL_MARKER];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) out.push(json.slice(i, i + CHUNK_CHARS));
  return out;
}

/** The JSON text from column A as read (null when the sheet holds no journal). */
export function journalFromColumn(column: unknown[]): string | null {
  if (column[0] !== JOURNAL_MARKER || column.length < 2) return null;
  let text = '';
  for (const v of column.slice(1)) {
    if (typeof v !== 'string' || v === '') break;
    text += v;
  }
  return text === '' ? null : text;
}
