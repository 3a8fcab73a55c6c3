// The import's journal in its very hidden sheet: read (with the sheet names, in one sync) and
// made ready for a new journal. Shared by the apply (which writes it) and the undo (which reads
// it and empties it).
import { JOURNAL_SHEET, journalFromColumn } from '../core/import/journalCells';
import { parseJournal, type Journal } from '../core/import/journal';
import { transient } from './transient';

export interface StoredJournal {
  /** Null: none, or not one this version can undo. */
  journal: Journal | null;
  /** How many of its operations had started (< entries when Excel stopped the write part-way). */
  ran: number;
}

/**
 * Queues reading the stored journal (the journal sheet's used area; a null object when there is
 * no such sheet). After the sync: the journal and how many of its operations had started: B1 is
 * set before each one in the same batch, so `ran` < the number of entries when Excel stopped the
 * write part-way.
 */
export function queueJournal(context: Excel.RequestContext): () => StoredJournal {
  const used = transient(
    context.workbook.worksheets.getItemOrNullObject(JOURNAL_SHEET).getUsedRangeOrNullObject(true),
  ).load(['values', 'rowIndex', 'columnIndex']);
  return () => {
    if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return { journal: null, ran: 0 };
    const values = used.values as unknown[][];
    const json = journalFromColumn(values.map((r) => r[0]));
    const journal = json === null ? null : parseJournal(json);
    if (journal === null) return { journal: null, ran: 0 };
    const done = values[0]?.[1];
    const ran =
      typeof done === 'number' && Number.isInteger(done) && done >= 0
        ? Math.min(done, journal.entries.length)
        : 0;
    return { journal, ran };
  };
}

/** The stored journal and the sheet names, in one sync. */
export async function readJournal(
  context: Excel.RequestContext,
): Promise<StoredJournal & { names: Set<string> }> {
  const sheets = context.workbook.worksheets.load('items/name');
  const getJournal = queueJournal(context);
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  if (!names.has(JOURNAL_SHEET)) return { journal: null, names, ran: 0 };
  return { ...getJournal(), names };
}

/** Queues making the journal sheet ready (added very hidden if missing, column A emptied). */
export function prepareJournalSheet(context: Excel.RequestContext, exists: boolean): Excel.Worksheet {
  let sheet: Excel.Worksheet;
  if (exists) sheet = context.workbook.worksheets.getItem(JOURNAL_SHEET);
  else {
    sheet = context.workbook.worksheets.add(JOURNAL_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  transient(sheet.getRange('A:B')).clear('Contents');
  return sheet;
}
