// A tab whose contents are over Excel on the web's 5 MB answer cap: the import reads it in
// blocks (one request each) instead of failing, and writes after its last row.
import type { BatchInfo, ExcelHost } from '../../src/host';
import { WEB_PAYLOAD_LIMIT_BYTES } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { open, TEMPLATE } from './helpers';

const PLAN_TAB = '3.a Saml pers spr-plan PLAN';
const ROWS = 15_000;

const filler = 'Arbetsplatsträff med hela enheten, eftermiddag';

function fill(host: ExcelHost, comment = filler): void {
  host.setValues(
    PLAN_TAB,
    'A4',
    Array.from({ length: ROWS }, (_, i) => [
      `Befintlig Person ${Math.floor(i / 10)}`,
      'HiS6',
      filler,
      filler,
      `Vårdcentralen ${i % 50} ${filler}`,
      42800,
      12,
      '',
      '',
      '',
      comment,
    ]),
  );
}

test('a 15,000-row tab (over 5 MB as one answer) is read in blocks; the import is written after it and undone', async () => {
  const { host, gateway } = await open(TEMPLATE, 'web');
  fill(host);
  const batches: BatchInfo[] = [];
  host.onBatch = (b) => batches.push(b);
  const preview = await gateway.previewImport([plan({ name: 'Ny Person', activities: [{}, {}] })], 'plan');
  const result = await gateway.applyImport(preview);
  host.onBatch = undefined;
  expect(result.status).toBe('written');
  expect(batches.length).toBeGreaterThan(4); // blocks: more requests than the usual 2 + 2
  // The first reading was refused as too large; every answer sent was under the cap.
  expect(batches.filter((b) => b.error).map((b) => b.error)).toEqual(['ResponsePayloadSizeLimitExceeded']);
  for (const b of batches.filter((x) => !x.error))
    expect(b.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
  // Rows 4 … ROWS + 3 hold the tab's rows; the new ones follow.
  const names = host.values(PLAN_TAB, `A${ROWS + 1}:A${ROWS + 6}`).flat();
  expect(names).toEqual([
    `Befintlig Person ${Math.floor((ROWS - 3) / 10)}`,
    `Befintlig Person ${Math.floor((ROWS - 2) / 10)}`,
    `Befintlig Person ${Math.floor((ROWS - 1) / 10)}`,
    'Ny Person',
    'Ny Person',
    '',
  ]);
  expect((await gateway.undoLastImport()).status).toBe('undone');
  expect(host.values(PLAN_TAB, `A${ROWS + 4}:A${ROWS + 5}`).flat()).toEqual(['', '']);
}, 240_000);

test('the check and the totals read the same tab (values only, still over 5 MB) in blocks too', async () => {
  const { host, gateway } = await open(TEMPLATE, 'web');
  fill(host, filler.repeat(4)); // longer comments: the values alone are over 5 MB
  const batches: BatchInfo[] = [];
  host.onBatch = (b) => batches.push(b);
  const flags = (await gateway.check('plan')).flags;
  host.onBatch = undefined;
  expect(batches.some((b) => b.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  expect(flags).toEqual([]); // no overall plan and no contacts to compare with: nothing to flag
  const totals = await gateway.refreshTotals();
  // Every block was read: the planned numbers of all 15,000 rows are in the total.
  expect(totals.grandTotal.planned).toBe(ROWS * 12);
}, 240_000);
