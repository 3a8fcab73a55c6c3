// Where flags and totals get the overall plan from, through the gateway: the log's own tab (by
// name, or by its headers under another name), or a separate .xlsx set with setOverallPlanFile
// (kept on the gateway instance until cleared; a bad file leaves the previous choice). And the
// whole read costs the same round trips for 10 and 100 people.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAB_NAMES } from '../../src/core/tabs';
import { MARKS_KEY } from '../../src/excel/flagMarks';
import { plan } from '../core/import/planFactory';
import { open, ROOT, shownError, TEMPLATE } from './helpers';

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'overall', name)));
const OWN_SHEET = 'Regionens plan 2017';

async function withPlans() {
  const opened = await open(TEMPLATE);
  await opened.gateway.applyImport(
    await opened.gateway.previewImport(
      [plan({ name: 'Anna Lindqvist', activities: [{ training: 'HiS6', plannedNumber: '20' }] })],
      'plan',
    ),
  );
  return opened;
}

describe('the overall plan for flags and totals', () => {
  it('an empty overall tab (the template’s) is no overall plan: nothing compared', async () => {
    const { gateway } = await withPlans();
    const { snapshot } = await gateway.readLog();
    expect(snapshot.overall).toBeNull();
    expect(snapshot.rounds.plan).toHaveLength(1);
    const flags = (await gateway.check('plan')).flags;
    expect(flags.filter((f) => ['not-in-overall-plan', 'plan-not-received'].includes(f.code))).toEqual([]);
  });

  it('is found by its headers in a tab of another name', async () => {
    const { host, gateway } = await withPlans();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(TAB_NAMES.overall).delete();
      const ws = context.workbook.worksheets.add(OWN_SHEET);
      ws.getRange('B2:F5').values = [
        ['Spridningsplan för regionen', '', '', '', ''],
        ['Namn', 'Utbildning', 'Enhet', 'Antal personer att nå', 'Mejl'],
        ['Anna Lindqvist', 'HiS6', 'Vårdcentralen Norr', '30', 'anna@example.se'],
        ['Erik Johansson', 'HiS2', 'BUP', 15, 'erik@example.se'],
      ];
      await context.sync();
    });
    const { snapshot } = await gateway.readLog();
    expect(
      snapshot.overall!.map((a) => [a.sheet, a.person, a.training.code, a.goal.value, a.cells.person]),
    ).toEqual([
      [OWN_SHEET, 'Anna Lindqvist', 'HiS6', 30, 'B4'],
      [OWN_SHEET, 'Erik Johansson', 'HiS2', 15, 'B5'],
    ]);
    const flags = (await gateway.check('plan')).flags;
    expect(flags.find((f) => f.code === 'plan-not-received')).toMatchObject({
      person: 'Erik Johansson',
      sheet: OWN_SHEET,
      cell: 'B5',
    });
    expect(flags.find((f) => f.code === 'planned-below-goal')).toMatchObject({ person: 'Anna Lindqvist' });
    expect(host.cell(OWN_SHEET, 'B5')?.fill).toBe('#FFC7CE');
  });

  it('from a separate file: used until cleared, flags say the file, nothing in it is marked; a bad file keeps the previous one', async () => {
    const { host, gateway } = await withPlans();
    await gateway.setOverallPlanFile(fixture('messy.xlsx'), 'Regionens plan.xlsx');
    let { snapshot } = await gateway.readLog();
    expect(snapshot.overall).toHaveLength(7);
    expect(new Set(snapshot.overall!.map((a) => a.sheet))).toEqual(
      new Set(['Regionens plan.xlsx – Övergripande plan']),
    );
    const flags = (await gateway.check('plan')).flags;
    const missing = flags.filter((f) => f.code === 'plan-not-received');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.sheet === 'Regionens plan.xlsx – Övergripande plan')).toBe(true);
    const marks = JSON.parse(
      (host.snapshot() as { settings: Record<string, string> }).settings[MARKS_KEY],
    ) as { sheet: string }[];
    expect(marks.every((m) => host.sheetNames().includes(m.sheet))).toBe(true);

    // A file that is no plan: a Swedish error, and the file chosen before stays in use.
    expect(
      await shownError(() => gateway.setOverallPlanFile(fixture('no-plan.xlsx'), 'Kontakter.xlsx')),
    ).toMatch(/”Kontakter\.xlsx” kan inte användas som övergripande spridningsplan/);
    expect(
      await shownError(() => gateway.setOverallPlanFile(fixture('clean.xlsx').slice(0, 900), 'trasig.xlsx')),
    ).toMatch(/”trasig\.xlsx”.*skadad/);
    ({ snapshot } = await gateway.readLog());
    expect(snapshot.overall).toHaveLength(7);

    // Cleared: back to the log's own (empty) tab.
    await gateway.setOverallPlanFile(null);
    ({ snapshot } = await gateway.readLog());
    expect(snapshot.overall).toBeNull();
  });

  it('readLog costs the same round trips for 10 and 100 people (2 syncs and the client’s cleanup)', async () => {
    const trips: number[] = [];
    for (const n of [10, 100]) {
      const { host, gateway } = await open(TEMPLATE);
      const names = Array.from({ length: n }, (_, i) => `Person ${String(i + 1).padStart(3, '0')}`);
      host.setValues(
        TAB_NAMES.overall,
        'A4',
        names.map((name) => ['HiS6', 'Enhet', name, '', 10, '', '']),
      );
      await gateway.applyImport(
        await gateway.previewImport(
          names.map((name) => plan({ name, activities: [{ plannedNumber: '5' }, { plannedNumber: '6' }] })),
          'plan',
        ),
      );
      host.resetStats();
      const { snapshot } = await gateway.readLog();
      expect(snapshot.rounds.plan).toHaveLength(2 * n);
      expect(snapshot.overall).toHaveLength(n);
      trips.push(host.stats.roundTrips);
    }
    expect(trips[0]).toBe(trips[1]);
    expect(trips[0]).toBeLessThanOrEqual(3);
  });
});
