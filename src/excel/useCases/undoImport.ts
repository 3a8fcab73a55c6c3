// Undo of the last import, from the journal it stored in the workbook. Requests: hasUndo 1 ·
// undoLastImport 3 (the journal with the sheet names · whether the cells are still as written ·
// the restore with the emptied journal); more only past MAX_BATCH_BYTES. Also used by the
// roll-back of a write Excel stopped part-way (importRollBack.ts).
import { address } from '../../core/import/grid';
import { type CheckBlock, checkBlocks, stillAsWritten, type Journal } from '../../core/import/journal';
import { blockOfEntry } from '../../core/import/writeBlocks';
import { runExcel } from '../excelRun';
import type { UndoResult } from '../gateway';
import { msg } from '../../core/messages';
import { GatewayError } from '../gatewayError';
import { prepareJournalSheet, readJournal } from '../journalSheet';
import { transient } from '../transient';
import { MAX_BATCH_BYTES, undoSteps } from '../writeOps';

/** A write Excel stopped part-way: its journal's id, and how to tell which operations ran. */
export interface Interrupted {
  id: string;
  /** How many operations ran when Excel stopped at `started` (it had begun that one). */
  opsThatRan(context: Excel.RequestContext, journal: Journal, started: number): Promise<number>;
}

export function hasUndo(): Promise<boolean> {
  return runExcel(async (context) => (await readJournal(context)).journal !== null);
}

/** `force` undoes even when cells changed since the import (after the user said yes). */
export function undoLastImport(force = false): Promise<UndoResult> {
  return runExcel((context) => undoIn(context, force));
}

/**
 * Undoes the stored journal. `interrupted` (the write Excel stopped part-way) decides which of
 * the operations had run; the others are not undone.
 */
export async function undoIn(
  context: Excel.RequestContext,
  force: boolean,
  interrupted?: Interrupted,
): Promise<UndoResult> {
  const read = await readJournal(context); // sync 1
  const present = read.names;
  let journal = read.journal;
  if (journal === null) return { status: 'nothing-to-undo', changedCells: [] };
  // Stopped before its own journal was complete: no operation ran; the journal found (if any)
  // is an earlier import's and stays.
  if (interrupted && journal.id !== interrupted.id) return { status: 'nothing-to-undo', changedCells: [] };
  const partial = read.ran < journal.entries.length;
  if (partial) {
    const next = journal.entries[read.ran];
    // Without the write's operations at hand: a row write may have run with its whole block.
    const ran = interrupted
      ? await interrupted.opsThatRan(context, journal, read.ran)
      : next.kind === 'write' || next.kind === 'fresh'
        ? blockOfEntry(journal.entries, read.ran).last + 1
        : read.ran;
    journal = { ...journal, entries: journal.entries.slice(0, ran) };
  }
  const sheets = [
    ...new Set([...journal.expected.map((e) => e.sheet), ...journal.entries.map((e) => e.sheet)]),
  ];
  const missing = sheets.filter((s) => !present.has(s));
  if (missing.length > 0) {
    if (!force) return { status: 'conflict', changedCells: missing.map((s) => ({ sheet: s, cell: 'A1' })) };
    throw new GatewayError('missing-tab', msg('workbook-undo-tab-gone', { tabs: missing }));
  }
  // A write Excel stopped part-way: its cells cannot all be as written; undo what ran.
  const changed = partial ? [] : await changedSinceImport(context, journal); // sync 2 (more only past 4 MB)
  if (changed.length > 0 && !force) return { status: 'conflict', changedCells: changed };
  // Sync 3: the undo and the emptied journal (split only when over the size cap).
  let bytes = 0;
  for (const step of undoSteps(journal)) {
    if (bytes > 0 && bytes + step.bytes > MAX_BATCH_BYTES) {
      await context.sync();
      bytes = 0;
    }
    step.queue(context);
    bytes += step.bytes;
  }
  prepareJournalSheet(context, true);
  await context.sync();
  return { status: 'undone', changedCells: changed };
}

/** The cells the import wrote that no longer hold what it wrote, read in blocks under the size cap. */
async function changedSinceImport(
  context: Excel.RequestContext,
  journal: Journal,
): Promise<{ sheet: string; cell: string }[]> {
  const blocks = checkBlocks(journal.expected);
  const loaded: { block: CheckBlock; range: Excel.Range }[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (bytes > 0 && bytes + block.bytes > MAX_BATCH_BYTES) {
      await context.sync();
      bytes = 0;
    }
    const range = transient(
      context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(`${address(block.row0, block.col0)}:${address(block.row1, block.col1)}`),
    ).load(block.formulas ? ['values', 'formulas'] : ['values']);
    loaded.push({ block, range });
    bytes += block.bytes;
  }
  await context.sync();
  const at = new Map<string, { values: unknown[][]; formulas: unknown[][] | null; block: CheckBlock }>();
  for (const { block, range } of loaded) {
    for (let r = block.row0; r <= block.row1; r++) {
      at.set(`${block.sheet}\u0000${r}`, {
        values: range.values as unknown[][],
        formulas: block.formulas ? (range.formulas as unknown[][]) : null,
        block,
      });
    }
  }
  const changed: { sheet: string; cell: string }[] = [];
  for (const e of journal.expected) {
    const hit = at.get(`${e.sheet}\u0000${e.row}`)!;
    const i = e.row - hit.block.row0;
    const j = e.col - hit.block.col0;
    const value = hit.values[i]?.[j] ?? '';
    const formula = hit.formulas?.[i]?.[j] ?? value;
    if (!stillAsWritten(value, formula, e)) changed.push({ sheet: e.sheet, cell: address(e.row, e.col) });
  }
  return changed;
}
