// What an import costs in requests to Excel (each a network round trip in Excel on the web):
// the floor is at most 4 per import (preview + apply), whatever the number of plans or
// rows, no request near the 5 MB cap, and no clean-up request of the client's after a run.
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TAB_NAMES } from '../../src/core/tabs';
import { createGateway } from '../../src/excel/createGateway';
import type { BatchInfo, ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { LIVED_IN, NOW, open, TEMPLATE } from './helpers';

const PLAN_TAB = '3.a Saml pers spr-plan PLAN';

function people(n: number, prefix = 'Person') {
  return Array.from({ length: n }, (_, i) =>
    plan({
      name: `${prefix} ${String(i + 1).padStart(3, '0')}`,
      activities: Array.from({ length: 10 }, (_, j) => ({
        plannedNumber: String(j + 1),
        comment: 'Med chefen',
      })),
    }),
  );
}

/** Records the requests `run` makes. */
async function requests<T>(
  host: ExcelHost,
  run: () => Promise<T>,
): Promise<{ result: T; batches: BatchInfo[] }> {
  const batches: BatchInfo[] = [];
  host.onBatch = (b) => batches.push(b);
  try {
    return { result: await run(), batches };
  } finally {
    host.onBatch = undefined;
  }
}

const bookkeeping = (batches: BatchInfo[]) =>
  batches.flatMap((b) => b.methods).filter((m) => m === '_KeepReference' || m === '_RemoveReference');

describe.each([
  ['the empty template', TEMPLATE, 1],
  ['the empty template', TEMPLATE, 150],
  ['a lived-in workbook', LIVED_IN, 1],
  ['a lived-in workbook', LIVED_IN, 40],
])('into %s, %i plans', (_what, file, n) => {
  // Into the template the runs of fills the apply keeps are of mixed colours (the yellow empty
  // rows A4:A203, then unformatted ones): read per cell in the apply's first request
  // (getCellProperties, src/excel/fillReading.ts), not cell by cell in a request of their own.
  test('preview 2 requests, apply 2, no clean-up request, every request far under 5 MB', async () => {
    const { host, gateway } = await open(file);
    const preview = await requests(host, () => gateway.previewImport(people(n)));
    expect(preview.batches).toHaveLength(2);
    const apply = await requests(host, () => gateway.applyImport(preview.result));
    expect(apply.result.status).toBe('written');
    expect(apply.result.rowsWritten).toBe(10 * n);
    expect(apply.batches).toHaveLength(2);
    expect(bookkeeping([...preview.batches, ...apply.batches])).toEqual([]);
    for (const b of [...preview.batches, ...apply.batches]) expect(b.requestBytes).toBeLessThan(4_000_000);
  }, 60_000);
});

test('once the workbook has been read (the pane inspects it on start), a preview is one request', async () => {
  const { host, gateway } = await open(TEMPLATE);
  await gateway.inspect();
  const preview = await requests(host, () => gateway.previewImport(people(3)));
  expect(preview.batches).toHaveLength(1);
  const apply = await requests(host, () => gateway.applyImport(preview.result));
  expect(apply.batches).toHaveLength(2);
  // The next import: the preview knows where the tabs are from the last one.
  const again = await requests(host, () => gateway.previewImport(people(2, 'Annan')));
  expect(again.batches).toHaveLength(1);
  expect((await gateway.applyImport(again.result)).status).toBe('written');
});

test('500 plans of 10 activities into 5,000 rows: still 2 + 2 requests, the write in one', async () => {
  const { host, gateway: first } = await open(TEMPLATE);
  expect((await first.applyImport(await first.previewImport(people(500, 'Befintlig')))).status).toBe(
    'written',
  );
  const gateway = createGateway({ now: () => NOW }); // knows nothing yet: a cold preview
  const preview = await requests(host, () => gateway.previewImport(people(500)));
  expect(preview.batches).toHaveLength(2);
  const apply = await requests(host, () => gateway.applyImport(preview.result));
  expect(apply.result.rowsWritten).toBe(5000);
  expect(apply.batches).toHaveLength(2);
  expect(Math.max(...apply.batches.map((b) => b.requestBytes))).toBeLessThan(4_000_000);
  const names = host.values(PLAN_TAB, 'A1:A10010').flat();
  expect(names.filter((v) => typeof v === 'string' && v.startsWith('Person '))).toHaveLength(5000);
  expect(names.filter((v) => typeof v === 'string' && v.startsWith('Befintlig '))).toHaveLength(5000);
}, 180_000);

describe('when the workbook changed after the preview, the apply reads the tabs anew (one more request)', () => {
  test('a co-author edited the target tab: the apply refuses with a new preview, nothing written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport(people(2));
    host.setValues(PLAN_TAB, 'K40', [['Kollegans anteckning']]);
    const before = host.snapshot();
    const apply = await requests(host, () => gateway.applyImport(preview));
    expect(apply.result.status).toBe('stale');
    expect(apply.batches).toHaveLength(2);
    expect(host.snapshot()).toEqual(before);
    // The new preview is good for a two-request apply.
    const retry = await requests(host, () => gateway.applyImport(apply.result.newPreview!));
    expect(retry.result.status).toBe('written');
    expect(retry.batches).toHaveLength(2);
  });

  test('the settings changed: the import is rebuilt with them (same tabs, so it is written)', async () => {
    // The check, the tabs read anew, the fills of the rows to write, the write.
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport(people(1));
    await createGateway({ now: () => NOW }).saveSettings({
      ...DEFAULT_SETTINGS,
      programmeYear: 2018,
    });
    const apply = await requests(host, () => gateway.applyImport(preview));
    expect(apply.result.status).toBe('written');
    expect(apply.batches).toHaveLength(4);
  });

  test('the day changed (Plan inkommen is the day of the write): the import is rebuilt for today', async () => {
    const { host } = await open(TEMPLATE);
    let now = NOW;
    const gateway = createGateway({ now: () => now });
    const preview = await gateway.previewImport(people(1));
    now = new Date(NOW.getTime() + 24 * 3600 * 1000);
    // No check (the preview's rows are dated yesterday): the tabs read anew, the fills, the write.
    const apply = await requests(host, () => gateway.applyImport(preview));
    expect(apply.result.status).toBe('written');
    expect(apply.batches).toHaveLength(3);
  });

  test('a preview this gateway did not make (the pane reloaded): the careful path, written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport(people(2));
    const other = createGateway({ now: () => NOW });
    const apply = await requests(host, () => other.applyImport(preview));
    expect(apply.result.status).toBe('written');
    expect(apply.batches).toHaveLength(3); // the tabs read, the fills, the write
  });
});

test('the check, the totals, the start-up read and undo end without the client’s clean-up request', async () => {
  const { host, gateway } = await open(LIVED_IN);
  const all: BatchInfo[] = [];
  const run = async <T>(f: () => Promise<T>) => {
    const { result, batches } = await requests(host, f);
    all.push(...batches);
    return result;
  };
  await run(() => gateway.inspect());
  await run(async () => gateway.applyImport(await gateway.previewImport(people(3))));
  const { flags } = await run(() => gateway.check());
  expect(flags.length).toBeGreaterThan(0);
  await run(() => gateway.check()); // again: the marks of the first check are restored
  await run(() => gateway.refreshTotals());
  expect((await run(() => gateway.undoLastImport(true))).status).toBe('undone');
  expect(bookkeeping(all)).toEqual([]);
});

test('taking the user to a flag’s cell is one request: the sheet activated, the cell selected', async () => {
  const { host, gateway } = await open(LIVED_IN);
  const go = await requests(host, () => gateway.selectCell(TAB_NAMES.plan, 'C7'));
  expect(go.batches).toHaveLength(1);
  expect(bookkeeping(go.batches)).toEqual([]);
});

test('whether there is an undo is one request; the undo itself three (journal, check, restore)', async () => {
  const { host, gateway } = await open(TEMPLATE);
  expect((await requests(host, () => gateway.hasUndo())).batches).toHaveLength(1);
  await gateway.applyImport(await gateway.previewImport(people(20)));
  const has = await requests(host, () => gateway.hasUndo());
  expect(has.result).toBe(true);
  expect(has.batches).toHaveLength(1);
  const undo = await requests(host, () => gateway.undoLastImport());
  expect(undo.result.status).toBe('undone');
  expect(undo.batches).toHaveLength(3);
});

test('the pane opens with 2 requests (tabs, settings, undo) and its first preview is then 1', async () => {
  const { host, gateway } = await open(LIVED_IN);
  await gateway.applyImport(await gateway.previewImport(people(2))); // something to undo
  const other = createGateway({ now: () => NOW });
  const start = await requests(host, () => other.open());
  expect(start.batches).toHaveLength(2);
  expect(bookkeeping(start.batches)).toEqual([]);
  // The same as the three calls it replaces.
  expect(start.result).toEqual({
    info: await gateway.inspect(),
    settings: await gateway.getSettings(),
    canUndo: await gateway.hasUndo(),
  });
  expect(start.result.canUndo).toBe(true);
  const preview = await requests(host, () => other.previewImport(people(1, 'Ny')));
  expect(preview.batches).toHaveLength(1);
});
