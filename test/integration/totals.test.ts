// Totals through the Office.js client against the emulated Excel: the summary tab created with
// live formulas in the add-in's own area, a coordinator's note outside it kept over refreshes,
// a note in the way stops the refresh before anything is written, the chart replaced, goals
// from a separate file as values, the pane's numbers, round trips constant.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAB_NAMES } from '../../src/core/tabs';
import { CHART_NAME, SUMMARY_AREA_KEY } from '../../src/excel/useCases/totals';
import type { TotalsView } from '../../src/excel/gateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { type ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { open, ROOT, sheetsOf, shownError, TEMPLATE } from './helpers';

const SUMMARY = TAB_NAMES.summary;
const OVERALL = TAB_NAMES.overall;

async function setUp(): Promise<{ host: ExcelHost; gateway: WorkbookGateway }> {
  const opened = await open(TEMPLATE);
  opened.host.setValues(OVERALL, 'A4', [
    ['HiS6', 'Vårdcentralen Norr', 'Anna Lindqvist', 'anna@example.se', '30', 'vt 2017', ''],
    ['HiS9', 'BUP', 'Bo Ek', 'bo@example.se', 20, 'vt 2017', ''],
  ]);
  const { gateway } = opened;
  const write = async (round: 'plan' | 'aterrap1' | 'aterrap2', plans: ReturnType<typeof plan>[]) => {
    expect((await gateway.applyImport(await gateway.previewImport(plans, round))).status).toBe('written');
  };
  await write('plan', [
    plan({
      name: 'Anna Lindqvist',
      activities: [
        { training: 'HiS6', plannedNumber: '20' },
        { training: 'HiS6', plannedNumber: 'ca 8' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [{ training: 'HiS9', unit: 'BUP', plannedNumber: '12' }],
    }),
  ]);
  await write('aterrap1', [
    plan({
      name: 'Anna Lindqvist',
      activities: [
        { training: 'HiS6', plannedNumber: '20', status: 'Genomförd', reached: '18' },
        { training: 'HiS6', plannedNumber: '8', status: 'Planerad', reached: '' },
      ],
    }),
  ]);
  await write('aterrap2', [
    plan({
      name: 'Anna Lindqvist',
      activities: [
        { training: 'HiS6', plannedNumber: '20', status: 'Klar', reached: '19' },
        { training: 'HiS6', plannedNumber: '8', status: 'genomförd', reached: '7' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [{ training: 'HiS9', unit: 'BUP', plannedNumber: '12', status: 'Inställd', reached: '' }],
    }),
  ]);
  return opened;
}

const pick = (t: TotalsView['grandTotal']) => [t.goal, t.planned, t.reachedAterrap1, t.reachedAterrap2];

function charts(host: ExcelHost, sheet: string): { name: string; type: string }[] {
  return sheetsOf(host.snapshot()).find((s) => s.name === sheet)!.charts as { name: string; type: string }[];
}

describe('refreshTotals: the summary tab', () => {
  it('creates the tab with live formulas and a chart, and returns the totals for the pane', async () => {
    const { host, gateway } = await setUp();
    const view = await gateway.refreshTotals();
    expect(view.sheet).toBe(SUMMARY);
    expect(host.sheetNames()).toContain(SUMMARY);
    expect(pick(view.grandTotal)).toEqual([50, 40, 18, 26]);
    expect(view.perTraining.map((r) => [r.key, ...pick(r)])).toEqual([
      ['HiS6', 30, 28, 18, 26],
      ['HiS9', 20, 12, 0, 0],
    ]);
    expect(view.perPerson.map((r) => [r.label, ...pick(r)])).toEqual([
      ['Anna Lindqvist', 30, 28, 18, 26],
      ['Bo Ek', 20, 12, 0, 0],
    ]);
    // The numbers are formulas over the tabs (quoted sheet names), not values.
    const all = host.values(SUMMARY, 'A1:F60');
    const totalRow = all.findIndex((r) => r[0] === 'Hela regionen') + 1;
    expect(totalRow).toBeGreaterThan(0);
    for (const col of ['B', 'C', 'D', 'E']) {
      const cell = host.cell(SUMMARY, `${col}${totalRow}`)!;
      expect(cell.formula).toMatch(/^=SUMPRODUCT\(/);
      expect(cell.formula).toContain(col === 'B' ? `'${OVERALL}'!` : "'3.");
    }
    expect(charts(host, SUMMARY)).toEqual([
      expect.objectContaining({ name: CHART_NAME, type: 'ColumnClustered' }),
    ]);
    const area = JSON.parse(
      (host.snapshot() as { settings: Record<string, string> }).settings[SUMMARY_AREA_KEY],
    ) as { sheet: string; range: string };
    expect(area).toEqual({ sheet: SUMMARY, range: `A1:F${totalRow}` });
  });

  it('a coordinator’s note outside the area survives two refreshes; the chart is replaced, not added', async () => {
    const { host, gateway } = await setUp();
    await gateway.refreshTotals();
    host.setValues(SUMMARY, 'H30', [['Min anteckning: ring Bo']]);
    host.setValues(SUMMARY, 'A40', [['Egen rad under tabellen']]);
    host.setValues(SUMMARY, 'G5', [[123]]);
    await gateway.refreshTotals();
    await gateway.refreshTotals();
    expect(host.values(SUMMARY, 'H30')).toEqual([['Min anteckning: ring Bo']]);
    expect(host.values(SUMMARY, 'A40')).toEqual([['Egen rad under tabellen']]);
    expect(host.values(SUMMARY, 'G5')).toEqual([[123]]);
    expect(charts(host, SUMMARY).filter((c) => c.name === CHART_NAME)).toHaveLength(1);
  });

  it('clears only its old area when the table shrinks', async () => {
    const { host, gateway } = await setUp();
    await gateway.refreshTotals();
    const before = host.values(SUMMARY, 'A1:F60').findIndex((r) => r[0] === 'Hela regionen') + 1;
    // Bo's rows go: one person and one unit fewer.
    await Excel.run(async (context) => {
      for (const s of [TAB_NAMES.plan, TAB_NAMES.aterrap2])
        context.workbook.worksheets.getItem(s).getRange('A6:K6').delete('Up');
      context.workbook.worksheets.getItem(OVERALL).getRange('A5:G5').delete('Up');
      await context.sync();
    });
    const view = await gateway.refreshTotals();
    expect(view.perPerson.map((r) => r.label)).toEqual(['Anna Lindqvist']);
    const rows = host.values(SUMMARY, 'A1:F60');
    const after = rows.findIndex((r) => r[0] === 'Hela regionen') + 1;
    expect(after).toBeLessThan(before);
    expect(
      rows
        .slice(after)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('stops before writing when the grown table would cover a note of the coordinator’s', async () => {
    const { host, gateway } = await setUp();
    await gateway.refreshTotals();
    const last = host.values(SUMMARY, 'A1:F60').findIndex((r) => r[0] === 'Hela regionen') + 1;
    host.setValues(SUMMARY, `B${last + 2}`, [['Viktigt']]);
    await gateway.applyImport(
      await gateway.previewImport(
        [
          plan({
            name: 'Cilla Berg',
            unit: 'Elevhälsan',
            activities: [{ training: 'HiS10', unit: 'Elevhälsan', plannedNumber: '9' }],
          }),
        ],
        'plan',
      ),
    );
    const before = host.snapshot();
    expect(await shownError(() => gateway.refreshTotals())).toMatch(
      new RegExp(`B${last + 2} innehåller annat.*inget har ändrats`),
    );
    expect(host.snapshot()).toEqual(before);
  });

  it('takes goals as values from an overall plan in a separate file', async () => {
    const { host, gateway } = await setUp();
    await gateway.setOverallPlanFile(
      new Uint8Array(fs.readFileSync(path.join(ROOT, 'test/fixtures/overall/clean.xlsx'))),
      'clean.xlsx',
    );
    const view = await gateway.refreshTotals();
    expect(view.grandTotal.goal).toBe(90); // clean.json's goals
    const all = host.values(SUMMARY, 'A1:F60');
    const totalRow = all.findIndex((r) => r[0] === 'Hela regionen') + 1;
    expect(host.cell(SUMMARY, `B${totalRow}`)).toMatchObject({ value: 90 });
    expect(host.cell(SUMMARY, `B${totalRow}`)?.formula).toBeUndefined();
    expect(all.flat().some((v) => typeof v === 'string' && v.includes('separat fil'))).toBe(true);
  });

  it('costs the same round trips for 10 and 100 people', async () => {
    const trips: number[] = [];
    for (const n of [10, 100]) {
      const { host, gateway } = await open(TEMPLATE);
      const names = Array.from({ length: n }, (_, i) => `Person ${String(i + 1).padStart(3, '0')}`);
      host.setValues(
        OVERALL,
        'A4',
        names.map((name) => ['HiS6', `Enhet ${name}`, name, '', 10, '', '']),
      );
      await gateway.applyImport(
        await gateway.previewImport(
          names.map((name) =>
            plan({
              name,
              unit: `Enhet ${name}`,
              activities: [{ training: 'HiS6', unit: `Enhet ${name}`, plannedNumber: '5' }],
            }),
          ),
          'plan',
        ),
      );
      await gateway.refreshTotals();
      host.resetStats();
      const view = await gateway.refreshTotals();
      expect(view.perPerson).toHaveLength(n);
      trips.push(host.stats.roundTrips);
    }
    expect(trips[0]).toBe(trips[1]);
    expect(trips[0]).toBeLessThanOrEqual(4);
  });
});
