// After Excel stopped an import's write part-way (a protected sheet, a lost connection): undo
// what ran, so nothing is left half-written, and say what happened. Which operations ran is
// read from the sheet (one request), then the undo runs as for "Ångra senaste import".
import { address, asText, type Grid } from '../../core/import/grid';
import type { Journal } from '../../core/import/journal';
import type { RowOp } from '../../core/import/rowOps';
import { sameFormulas, simulate } from '../../core/import/simulate';
import { blockOf } from '../../core/import/writeBlocks';
import { runExcel } from '../excelRun';
import { msg } from '../../core/messages';
import { GatewayError } from '../gatewayError';
import { transient } from '../transient';
import { undoIn } from './undoImport';

/** Rows below a row insert/delete read to tell whether it ran (after Excel stopped a write). */
const WINDOW_ROWS = 40;

/** Undoes what ran of the write with journal `id`; the error to throw says whether that worked. */
export async function rollBack(
  cause: unknown,
  id: string,
  ops: RowOp[],
  grids: Map<string, Grid>,
): Promise<GatewayError> {
  // Excel's own message is not shown: it can quote cell contents (personal data).
  const why = (cause as { code?: unknown } | null)?.code === 'AccessDenied' ? 'protected' : 'other';
  try {
    await runExcel((context) =>
      undoIn(context, true, {
        id,
        opsThatRan: (c, journal, started) => opsThatRan(c, journal, started, { ops, grids }),
      }),
    );
    return new GatewayError('write-failed', msg('workbook-write-stopped', { cause: why }));
  } catch {
    return new GatewayError('write-failed', msg('workbook-write-stopped-not-undone', { cause: why }));
  }
}

/**
 * How many operations ran when Excel stopped at `started` (it had begun that one): a write may
 * have put some cells (restoring them all is harmless); a row insert or delete is one action
 * that ran or not, which the sheet tells (compared with both outcomes). One sync.
 */
async function opsThatRan(
  context: Excel.RequestContext,
  journal: Journal,
  started: number,
  at: { ops: RowOp[]; grids: Map<string, Grid> },
): Promise<number> {
  const next = journal.entries[started];
  const pre = at.grids.get(next.sheet);
  if (next.kind === 'write' || next.kind === 'fresh') {
    // A block of row writes is one action: any of its operations may have run. Restore the
    // ones up to the last that changed something (restoring an unchanged write is harmless; a
    // protected sheet refuses the restore too, so nothing is restored when nothing changed).
    const block = blockOf(at.ops, started);
    const entries = journal.entries.slice(started, block.last + 1);
    // Where each ran (a totals row's entry keeps its row before the import).
    const rowsOf = entries.map((_, k) => at.ops[started + k].row);
    const r0 = Math.min(...rowsOf);
    const r1 = Math.max(...rowsOf);
    const cols = entries.flatMap((e) => (e.kind === 'write' ? e.cells.map((c) => c.col) : []));
    if (cols.length === 0) return started + (next.kind === 'fresh' ? 1 : 0);
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    const range = transient(
      context.workbook.worksheets.getItem(next.sheet).getRange(`${address(r0, c0)}:${address(r1, c1)}`),
    ).load('formulas');
    await context.sync();
    const now = range.formulas as unknown[][];
    const typed = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
    let ran = started;
    entries.forEach((e, k) => {
      if (e.kind !== 'write') return;
      const row = now[rowsOf[k] - r0];
      if (e.cells.some((c) => asText(row?.[c.col - c0]) !== asText(typed(c.formula)))) ran = started + k + 1;
    });
    return ran;
  }
  if (!pre) return started;
  // Only rows near the operation are read (a whole large tab could exceed the 5 MB answer).
  const width = Math.max(1, ...pre.formulas.map((r) => r.length));
  const r0 = next.row;
  const r1 = next.row + next.count + WINDOW_ROWS;
  const range = transient(
    context.workbook.worksheets.getItem(next.sheet).getRange(`${address(r0, 0)}:${address(r1, width - 1)}`),
  ).load('formulas');
  await context.sync();
  const now = range.formulas as unknown[][];
  const window = (g: unknown[][]) => g.slice(r0, r1 + 1).map((r) => r.slice(0, width));
  const did = window(simulate(pre, at.ops.slice(0, started + 1)));
  const didNot = window(simulate(pre, at.ops.slice(0, started)));
  return sameFormulas(now, did) && !sameFormulas(now, didNot) ? started + 1 : started;
}
