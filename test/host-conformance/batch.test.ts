// How a batch runs: in order, stopping at the first error without rolling back; instrumentation.
import { freshHost, runError } from './hostTestUtils';

describe('batches', () => {
  test('a failing batch stops at the failing action and keeps the earlier ones (no rollback)', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
    // Paraphrased, not verbatim: when an operation of a batch fails, the batch stops there and the
    // operations before it have already taken effect (Excel has no transactions; debugInfo names the
    // failing statement).
    const host = freshHost();
    const err = await runError(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1').values = [['före']];
      ctx.workbook.worksheets.getItem('Saknas').getRange('A1').values = [['aldrig']];
      ws.getRange('A2').values = [['efter']];
      await ctx.sync();
    });
    expect(err.code).toBe('ItemNotFound');
    expect((err.debugInfo as { statement?: string }).statement).toMatch(/getItem/);
    expect(host.values('Blad1', 'A1:A2')).toEqual([['före'], ['']]);
  });

  test('failNextBatchAt injects a fault at an action index; earlier actions stay applied', async () => {
    const host = freshHost();
    const write = async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1').values = [['först']];
      ws.getRange('A2').values = [['sist']];
      await ctx.sync();
    };
    let actions = 0;
    host.onBatch = (info) => {
      actions = actions || info.actions;
    };
    await Excel.run(write); // learn how many actions the batch has
    host.setValues('Blad1', 'A1', [[''], ['']]);
    host.failNextBatchAt(actions - 1, 'GeneralException'); // the last action: setting A2
    const err = await runError(write);
    expect(err.code).toBe('GeneralException');
    expect(host.values('Blad1', 'A1:A2')).toEqual([['först'], ['']]);
    await Excel.run(write); // only the next batch fails
    expect(host.values('Blad1', 'A1:A2')).toEqual([['först'], ['sist']]);
  });

  test('instrumentation: one Excel.run with two syncs costs three round trips (the client adds a clean-up batch)', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern
    // "Each call of context.sync() is a round trip to the Excel workbook." The third request is the
    // client's own release of tracked objects at the end of Excel.run.
    const host = freshHost();
    host.resetStats();
    const sizes: number[] = [];
    host.onBatch = (info) => sizes.push(info.requestBytes);
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B2');
      r.values = [
        [1, 2],
        [3, 4],
      ];
      await ctx.sync();
      r.load('values');
      await ctx.sync();
    });
    expect(host.stats.runs).toBe(1);
    expect(host.stats.roundTrips).toBe(3);
    expect(sizes).toHaveLength(3);
    expect(host.stats.requestBytes).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(host.stats.maxRequestBytes).toBe(Math.max(...sizes));
    expect(host.stats.responseBytes).toBeGreaterThan(0);
  });

  test('beforeBatch lets a co-author edit between two syncs', async () => {
    const host = freshHost();
    let n = 0;
    host.beforeBatch = (h) => {
      if (++n === 2) h.setValues('Blad1', 'A1', [['medförfattare']]);
    };
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1');
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([['']]);
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([['medförfattare']]);
    });
  });

  test('latencyMs delays every round trip', async () => {
    const host = freshHost();
    host.latencyMs = 30;
    const t0 = Date.now();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55); // the sync and the clean-up batch
  });

  test('an unknown member answers loudly with ApiNotFound naming it', async () => {
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
    // ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel."
    freshHost();
    const err = await runError(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1');
      r.load('hyperlink');
      await ctx.sync();
    });
    expect(err.code).toBe('ApiNotFound');
    expect(err.message).toMatch(/Range\.Hyperlink/);
  });
});
