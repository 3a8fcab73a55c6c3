// Reading many cells' fills (src/excel/fillReading.ts) through the real client and the emulated
// Excel: every cell's colour right, in one request where the host has getCellProperties (ExcelApi
// 1.9) whatever the colours, every request under Excel on the web's 5 MB, and Office 2019 (no
// getCellProperties, no cap) by its own path.
import { fillKey, type FillMap } from '../../src/core/import/journal';
import type { CellRun } from '../../src/core/import/writeBlocks';
import {
  bridgedRuns,
  CELLS_PER_REQUEST,
  queueCellFills,
  queueRunFills,
  type Cell,
} from '../../src/excel/fillReading';
import { ExcelHost, type BatchInfo, type HostProfile } from '../../src/host';

const YELLOW = '#FFFF00';

/** A host whose Blad1 has A1:A{yellowTo} yellow and every 7th row from 3 on red in column B. */
async function host(profile: HostProfile, yellowTo: number): Promise<ExcelHost> {
  const h = ExcelHost.empty({ profile });
  h.install();
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Blad1');
    ws.getRange(`A1:A${yellowTo}`).format.fill.color = YELLOW;
    for (let r = 3; r <= 300; r += 7) ws.getRange(`B${r}`).format.fill.color = 'red';
    await ctx.sync();
  });
  return h;
}

/** The fills `queue` reads, with the requests it took. */
async function read(
  h: ExcelHost,
  queue: (ctx: Excel.RequestContext) => { finish(): Promise<FillMap> },
): Promise<{ fills: FillMap; batches: BatchInfo[] }> {
  const batches: BatchInfo[] = [];
  h.onBatch = (b) => batches.push(b);
  try {
    const fills = await Excel.run(async (ctx) => {
      const q = queue(ctx);
      await ctx.sync();
      return q.finish();
    });
    // The client's own clean-up request after the run (none: the ranges are transient).
    return { fills, batches: batches.filter((b) => b.actions > 0) };
  } finally {
    h.onBatch = undefined;
  }
}

const run = (col: number, row0: number, row1: number): CellRun => ({ sheet: 'Blad1', col, row0, row1 });
const colourOf = (fills: FillMap, row: number, col: number) => fills.get(fillKey('Blad1', row, col));

describe('runs of mixed colours (the template’s yellow empty rows, then unformatted ones)', () => {
  test('Excel on the web: every cell right, in the one request the caller syncs', async () => {
    const h = await host('web', 203);
    const { fills, batches } = await read(h, (ctx) => queueRunFills(ctx, [run(0, 3, 1502), run(1, 0, 40)]));
    expect(batches).toHaveLength(1);
    for (let r = 3; r <= 1502; r++) expect(colourOf(fills, r, 0)).toBe(r <= 202 ? YELLOW : null);
    for (let r = 0; r <= 40; r++)
      expect(colourOf(fills, r, 1)).toBe((r + 1 - 3) % 7 === 0 ? '#FF0000' : null);
    expect(batches[0].requestBytes).toBeLessThan(10_000);
  });

  test('10,000 rows: one request, far under 5 MB each way (cell by cell it was 8.5 MB)', async () => {
    const h = await host('web', 203);
    const { fills, batches } = await read(h, (ctx) => queueRunFills(ctx, [run(0, 3, 10_002)]));
    expect(batches).toHaveLength(1);
    expect(batches[0].requestBytes).toBeLessThan(10_000);
    expect(batches[0].responseBytes).toBeLessThan(1024 * 1024);
    expect(colourOf(fills, 202, 0)).toBe(YELLOW);
    expect(colourOf(fills, 203, 0)).toBeNull();
    expect(colourOf(fills, 10_002, 0)).toBeNull();
    expect(fills.size).toBe(10_000);
  });

  test('more cells than one request reads per cell: the rest as one colour, only mixed runs read again', async () => {
    const h = await host('web', 203);
    // Run 1 fills the per-cell budget; run 2 (uniform, unformatted) is answered by one colour;
    // run 3 (mixed, 60,000 cells) is read per cell in two more requests.
    const runs = [run(2, 0, CELLS_PER_REQUEST - 1), run(3, 0, 50_000), run(0, 0, 59_999)];
    const { fills, batches } = await read(h, (ctx) => queueRunFills(ctx, runs));
    expect(batches).toHaveLength(3);
    for (const b of batches) {
      expect(b.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(b.responseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(colourOf(fills, 0, 2)).toBeNull();
    expect(colourOf(fills, 50_000, 3)).toBeNull();
    expect(colourOf(fills, 202, 0)).toBe(YELLOW);
    expect(colourOf(fills, 203, 0)).toBeNull();
    expect(fills.size).toBe(CELLS_PER_REQUEST + 50_001 + 60_000);
  });

  test('Office 2019 (ExcelApi 1.7): a run’s one colour, mixed runs cell by cell in one more request', async () => {
    const h = await host('desktop-2019', 203);
    const { fills, batches } = await read(h, (ctx) =>
      queueRunFills(ctx, [run(0, 0, 100), run(0, 150, 400), run(1, 0, 1)]),
    );
    expect(batches).toHaveLength(2);
    expect(batches[1].actions).toBeGreaterThan(250); // one range per cell of A151:A401
    for (let r = 0; r <= 100; r++) expect(colourOf(fills, r, 0)).toBe(YELLOW);
    for (let r = 150; r <= 400; r++) expect(colourOf(fills, r, 0)).toBe(r <= 202 ? YELLOW : null);
    expect(colourOf(fills, 1, 1)).toBeNull();
  });
});

describe('scattered cells (the check’s flagged and marked cells)', () => {
  const cells: Cell[] = [
    ...Array.from({ length: 2000 }, (_, i) => ({ sheet: 'Blad1', row: 3 * i, col: 0 })),
    { sheet: 'Blad1', row: 2, col: 1 },
    { sheet: 'Blad1', row: 9, col: 1 },
    { sheet: 'Blad1', row: 200, col: 1 },
  ];

  test('cells of a column close together are read as one run', () => {
    expect(bridgedRuns(cells)).toEqual([run(0, 0, 5997), run(1, 2, 9), run(1, 200, 200)]);
  });

  test('Excel on the web: a few ranges in one small request, each cell right', async () => {
    const h = await host('web', 203);
    const { fills, batches } = await read(h, (ctx) => queueCellFills(ctx, cells));
    expect(batches).toHaveLength(1);
    expect(batches[0].requestBytes).toBeLessThan(10_000);
    for (const c of cells)
      expect(colourOf(fills, c.row, c.col)).toBe(
        c.col === 0 ? (c.row <= 202 ? YELLOW : null) : c.row === 2 || c.row === 9 ? '#FF0000' : null,
      );
  });

  test('Office 2019: one range per cell, in one request', async () => {
    const h = await host('desktop-2019', 203);
    const { fills, batches } = await read(h, (ctx) => queueCellFills(ctx, cells));
    expect(batches).toHaveLength(1);
    expect(colourOf(fills, 201, 0)).toBe(YELLOW);
    expect(colourOf(fills, 204, 0)).toBeNull();
    expect(colourOf(fills, 9, 1)).toBe('#FF0000');
    expect(fills.size).toBe(cells.length);
  });
});
