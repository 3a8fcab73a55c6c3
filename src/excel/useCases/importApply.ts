// Import, step 2: the apply. Writes what a preview showed, the journal first (so any import can
// be undone), in as few requests as the size cap allows. Requests: 2 when this gateway made the
// preview and the workbook is as the preview read it (names, settings, the tabs' formulas and
// the fills to keep, in one; then the write); otherwise the careful path: the tabs read anew (a
// new preview when they changed), the fills, the write (3, or 4 after a failed check); more when
// the fills need them (fillReading.ts) or the write exceeds MAX_BATCH_BYTES. A write Excel
// stops part-way is rolled back (importRollBack.ts).
import { localDay } from '../../core/today';
import { sameGridFormulas } from '../../core/import/fingerprint';
import {
  buildJournal,
  fillChanges,
  journalText,
  type FillMap,
  type Journal,
} from '../../core/import/journal';
import { journalToColumn } from '../../core/import/journalCells';
import type { RowOp } from '../../core/import/rowOps';
import { runExcel } from '../excelRun';
import { queueImportFills } from '../fillReading';
import type { ImportPreview, ImportResult } from '../gateway';
import { prepareJournalSheet } from '../journalSheet';
import { type BookInfo, queueBookInfo, queueFormulas } from '../readBook';
import type { GatewaySession } from '../session';
import { transient } from '../transient';
import { jsonBytes, MAX_BATCH_BYTES, opBytes, queueOps, toInput } from '../writeOps';
import { rollBack } from './importRollBack';
import { keep, prepare, type Prepared } from './importPreview';

export function applyImport(session: GatewaySession, preview: ImportPreview): Promise<ImportResult> {
  return runExcel(async (context) => {
    const p =
      (await stillAsPreviewed(session, context, preview)) ?? (await prepareAgain(session, context, preview));
    if ('status' in p) return p;
    const { prepared, fills } = p;
    const ops = prepared.built.ops;
    const fillSet = fillChanges(ops, fills);
    const journal = buildJournal(
      ops,
      prepared.grids,
      fills,
      fillSet,
      journalLabel(prepared, session.now()),
      session.now(),
    );
    try {
      await writeInChunks(context, ops, fillSet, journal, prepared.info.journalExists); // +1 sync
    } catch (e) {
      throw await rollBack(e, journal.id, ops, prepared.grids);
    }
    const rowsWritten = prepared.built.people.reduce((n, x) => n + x.rowsToWrite, 0);
    const rowsReplaced = prepared.built.people.reduce((n, x) => n + x.rowsToReplace, 0);
    return { status: 'written', rowsWritten, rowsReplaced };
  });
}

/** Whether two readings of the workbook's tab names and stored settings are the same. */
function sameInfo(a: BookInfo, b: BookInfo): boolean {
  return (
    JSON.stringify([a.names, a.settingsValue ?? null, a.columnsValue ?? null]) ===
    JSON.stringify([b.names, b.settingsValue ?? null, b.columnsValue ?? null])
  );
}

/**
 * The apply's first sync when this gateway made the preview: names, settings, the two tabs as
 * formulas (their fingerprint) and the fills the preview's operations keep, in one request.
 * The preview's operations are used when all of it is as the preview read it (and it is the
 * same day); otherwise null (the caller reads the tabs again). A request Excel refuses here (a
 * tab deleted meanwhile) is also null: the careful path says what is wrong.
 */
async function stillAsPreviewed(
  session: GatewaySession,
  context: Excel.RequestContext,
  preview: ImportPreview,
): Promise<{ prepared: Prepared; fills: FillMap } | null> {
  const cached = session.prepared.get(preview);
  if (!cached || cached.todayIso !== localDay(session.now()) || !preview.contactsSheet) return null;
  const getInfo = queueBookInfo(context);
  const getTarget = queueFormulas(context, preview.targetSheet);
  const getContacts = queueFormulas(context, preview.contactsSheet);
  const fills = queueImportFills(context, cached.built.ops, cached.grids);
  try {
    await context.sync();
  } catch {
    return null;
  }
  const info = getInfo();
  session.lastInfo = info;
  if (!sameInfo(info, cached.info)) return null;
  const before = [cached.target.grid, cached.contacts?.grid ?? null];
  if (!sameGridFormulas([getTarget(), getContacts()], before)) return null;
  // The reading of now (whether the journal sheet exists may have changed: an undo meanwhile).
  return { prepared: { ...cached, info }, fills: await fills.finish() };
}

/** The apply's careful path: the tabs read again (a new preview when they changed), then the fills. */
async function prepareAgain(
  session: GatewaySession,
  context: Excel.RequestContext,
  preview: ImportPreview,
): Promise<{ prepared: Prepared; fills: FillMap } | ImportResult> {
  const plans = preview.people.map((x) => x.plan);
  const known = preview.contactsSheet
    ? { target: preview.targetSheet, contacts: preview.contactsSheet }
    : undefined;
  const p = await prepare(session, context, plans, preview.round, known); // 1 sync (2 if the tabs moved)
  if (p.fingerprint !== preview.fingerprint) {
    return { status: 'stale', rowsWritten: 0, rowsReplaced: 0, newPreview: keep(session, p) };
  }
  const fills = queueImportFills(context, p.built.ops, p.grids);
  await context.sync();
  return { prepared: p, fills: await fills.finish() };
}

function journalLabel(p: Prepared, now: Date): string {
  const n = p.built.people.length;
  return `Import av ${n} ${n === 1 ? 'plan' : 'planer'} till ”${p.target.grid.sheet}” ${now.toISOString().slice(0, 16).replace('T', ' ')}`;
}

/**
 * The write: the journal first, then the operations, in one batch; when the estimated request
 * grows past MAX_BATCH_BYTES, the batch so far is sent and a new one begun (each chunk one sync).
 */
async function writeInChunks(
  context: Excel.RequestContext,
  ops: RowOp[],
  fillSet: Set<string>,
  journal: Journal,
  journalExists: boolean,
): Promise<void> {
  const column = journalToColumn(journalText(journal));
  const sheet = prepareJournalSheet(context, journalExists);
  let bytes = 0;
  const flushIfFull = async (next: number) => {
    if (bytes > 0 && bytes + next > MAX_BATCH_BYTES) {
      await context.sync();
      bytes = 0;
    }
    bytes += next;
  };
  // The journal first: a write cut short by an error can still be undone (it shows as a conflict).
  let from = 0;
  const putJournal = (to: number) => {
    if (to > from)
      transient(sheet.getRange(`A${from + 1}:A${to}`)).formulas = column
        .slice(from, to)
        .map((t) => [toInput(t)]);
    from = to;
  };
  for (let i = 0; i < column.length; i++) {
    const next = jsonBytes(column[i]) + 40;
    if (bytes > 0 && bytes + next > MAX_BATCH_BYTES) putJournal(i);
    await flushIfFull(next);
  }
  putJournal(column.length);
  let chunk: RowOp[] = [];
  let start = 0;
  // Before each operation, B1 of the journal sheet says how many have run (see queueJournal).
  // One range per request (a transient range is not used after its sync).
  let marker = transient(sheet.getRange('B1'));
  const progress = (i: number) => {
    marker.values = [[i]];
  };
  for (let i = 0; i < ops.length; i++) {
    const b = opBytes(ops[i]) + 40;
    if (bytes > 0 && bytes + b > MAX_BATCH_BYTES) {
      queueOps(context, chunk, fillSet, start, progress);
      await context.sync();
      marker = transient(sheet.getRange('B1'));
      chunk = [];
      start = i;
      bytes = 0;
    }
    chunk.push(ops[i]);
    bytes += b;
  }
  queueOps(context, chunk, fillSet, start, progress);
  progress(ops.length);
  await context.sync();
}
