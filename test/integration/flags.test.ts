// The check through the Office.js client against the emulated Excel: flags computed on the log
// as read, flagged cells filled, marks gone when fixed with the coordinator's own fills put back
// exactly (also after saving and reopening), a re-coloured cell left alone, round trips constant.
import type { Round } from '../../src/core/model';
import { TAB_NAMES } from '../../src/core/tabs';
import { MARK_FILL, MARKS_KEY } from '../../src/excel/flagMarks';
import { createGateway } from '../../src/excel/createGateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { NOW, open, TEMPLATE } from './helpers';

const PLAN = TAB_NAMES.plan;
const OVERALL = TAB_NAMES.overall;
const COORDINATOR_BLUE = '#DDEBF7';
const USER_GREEN = '#00B050';

/** The overall plan typed into the template's tab (header on row 3, columns A–G). */
function writeOverall(host: ExcelHost, people: string[]): void {
  host.setValues(
    OVERALL,
    'A4',
    people.map((name, i) => [
      'HiS6',
      'Vårdcentralen Norr',
      name,
      `p${i}@example.se`,
      i === 0 ? '30' : 5,
      'vt 2017',
      '',
    ]),
  );
}

const anna = plan({
  name: 'Anna Lindqvist',
  activities: [
    { training: 'HiS6', plannedNumber: 'många', plannedDate: '10/2' }, // unreadable-number (G4)
    { training: 'Yoga för alla', plannedNumber: '10', plannedDate: '10/2' }, // unknown-training (B5)
    { training: 'HiS6', plannedNumber: '5', plannedDate: 'någon gång' }, // unreadable-date (F6)
  ],
});
const bo = plan({
  name: 'Bo Ek',
  activities: [{ training: 'HiS6', plannedNumber: '5', plannedDate: '10/2' }],
}); // not in the overall plan

async function setFill(sheet: string, cell: string, color: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill.color = color;
    await context.sync();
  });
}

async function setUp(): Promise<{ host: ExcelHost; gateway: WorkbookGateway }> {
  const opened = await open(TEMPLATE);
  writeOverall(opened.host, ['Anna Lindqvist', 'Cecilia Berg']);
  const preview = await opened.gateway.previewImport([anna, bo], 'plan');
  expect((await opened.gateway.applyImport(preview)).status).toBe('written');
  return opened;
}

const check = async (gateway: WorkbookGateway, round?: Round) => (await gateway.check(round)).flags;

describe('check: flags and their marks in the sheet', () => {
  it('finds the flags of the plan round and marks exactly the flagged cells', async () => {
    const { host, gateway } = await setUp();
    // Where the import wrote: Anna rows 4–6, Bo row 7; columns A person … K comment.
    expect(host.values(PLAN, 'A4:A7').flat()).toEqual([
      'Anna Lindqvist',
      'Anna Lindqvist',
      'Anna Lindqvist',
      'Bo Ek',
    ]);
    const flags = await check(gateway, 'plan');
    const at = (code: string) => flags.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
    expect(at('unreadable-number')).toEqual([`${PLAN}!G4`]);
    expect(at('unknown-training')).toEqual([`${PLAN}!B5`]);
    expect(at('unreadable-date')).toEqual([`${PLAN}!F6`]);
    expect(at('not-in-overall-plan')).toEqual([`${PLAN}!A7`]);
    expect(at('plan-not-received')).toEqual([`${OVERALL}!C5`]); // Cecilia, in the overall plan's tab
    for (const cell of ['G4', 'B5', 'F6'])
      expect([cell, host.cell(PLAN, cell)?.fill]).toEqual([cell, MARK_FILL]);
    expect(host.cell(OVERALL, 'C5')?.fill).toBe(MARK_FILL);
    // The yellow name cell keeps its yellow; cells without flags get no mark.
    expect(host.cell(PLAN, 'A7')?.fill).toBe('#FFFF00');
    for (const cell of ['G5', 'G6', 'G7', 'B4', 'F4', 'C4'])
      expect([cell, host.cell(PLAN, cell)?.fill]).toEqual([cell, undefined]);
    // What the marks replaced is kept in the workbook, not in memory.
    const settings = (host.snapshot() as { settings: Record<string, unknown> }).settings;
    expect(JSON.parse(settings[MARKS_KEY] as string)).toEqual(
      expect.arrayContaining([
        { sheet: PLAN, cell: 'G4', original: null },
        { sheet: OVERALL, cell: 'C5', original: null },
      ]),
    );
  });

  it('takes marks away when fixed and puts the coordinator’s own fill back exactly, after save and reopen too', async () => {
    const { host, gateway } = await setUp();
    await setFill(PLAN, 'G4', COORDINATOR_BLUE);
    await setFill(PLAN, 'B5', '#FCE4D6');
    await check(gateway, 'plan');
    expect(host.cell(PLAN, 'G4')?.fill).toBe(MARK_FILL);
    expect(host.cell(PLAN, 'B5')?.fill).toBe(MARK_FILL);

    // Fix one and check: only that mark goes, the blue comes back.
    host.setValues(PLAN, 'G4', [[25]]);
    let flags = await check(gateway, 'plan');
    expect(flags.some((f) => f.code === 'unreadable-number')).toBe(false);
    expect(host.cell(PLAN, 'G4')?.fill).toBe(COORDINATOR_BLUE);
    expect(host.cell(PLAN, 'B5')?.fill).toBe(MARK_FILL);
    expect(host.cell(PLAN, 'F6')?.fill).toBe(MARK_FILL);

    // Save, reopen (a new session, a new gateway): the memory of the fills travels with the file.
    const reopened = await ExcelHost.fromXlsx(await host.toXlsx(), { profile: 'web' });
    reopened.install();
    const gateway2 = createGateway({ now: () => NOW });
    reopened.setValues(PLAN, 'B5', [['HiS6']]);
    reopened.setValues(PLAN, 'F6', [['v. 12']]);
    flags = await check(gateway2, 'plan');
    expect(
      flags.filter((f) => f.sheet === PLAN && ['unknown-training', 'unreadable-date'].includes(f.code)),
    ).toEqual([]);
    expect(reopened.cell(PLAN, 'B5')?.fill).toBe('#FCE4D6');
    expect(reopened.cell(PLAN, 'F6')?.fill).toBeUndefined();
    expect(reopened.cell(PLAN, 'G4')?.fill).toBe(COORDINATOR_BLUE);
  });

  it('leaves a cell the user re-coloured since it was marked alone', async () => {
    const { host, gateway } = await setUp();
    await setFill(PLAN, 'B5', COORDINATOR_BLUE);
    await check(gateway, 'plan');
    await setFill(PLAN, 'B5', USER_GREEN); // the user's own colour over the mark
    await check(gateway, 'plan'); // still flagged: not marked over the user's colour
    expect(host.cell(PLAN, 'B5')?.fill).toBe(USER_GREEN);
    host.setValues(PLAN, 'B5', [['HiS6']]);
    await check(gateway, 'plan'); // fixed: the old blue is not put back over the green
    expect(host.cell(PLAN, 'B5')?.fill).toBe(USER_GREEN);
    expect(host.cell(PLAN, 'G4')?.fill).toBe(MARK_FILL);
  });

  it('a check of one round keeps the marks of another round’s tab', async () => {
    const { host, gateway } = await setUp();
    await check(gateway); // every round with rows: the plan
    expect(host.cell(PLAN, 'G4')?.fill).toBe(MARK_FILL);
    const r1 = await gateway.previewImport(
      [
        plan({
          name: 'Anna Lindqvist',
          activities: [{ training: 'HiS6', plannedNumber: '5', status: 'Genomförd' }],
        }),
      ],
      'aterrap1',
    );
    await gateway.applyImport(r1);
    const flags = await check(gateway, 'aterrap1');
    expect(flags.find((f) => f.code === 'done-without-reached')?.cell).toBe('J4');
    expect(host.cell(TAB_NAMES.aterrap1, 'J4')?.fill).toBe(MARK_FILL);
    expect(host.cell(PLAN, 'G4')?.fill).toBe(MARK_FILL);
  });

  it('costs the same round trips for 10 and 100 people', async () => {
    const trips: number[] = [];
    for (const n of [10, 100]) {
      const { host, gateway } = await open(TEMPLATE);
      const names = Array.from({ length: n }, (_, i) => `Person ${String(i + 1).padStart(3, '0')}`);
      writeOverall(host, names);
      const plans = names.map((name, i) =>
        plan({
          name,
          activities: [
            { training: 'HiS6', plannedNumber: i % 2 ? 'många' : '5' },
            { training: 'Yoga', plannedNumber: '3' },
          ],
        }),
      );
      await gateway.applyImport(await gateway.previewImport(plans, 'plan'));
      await check(gateway, 'plan'); // marks made
      host.setValues(PLAN, 'G4', [[7]]);
      host.resetStats();
      const flags = await check(gateway, 'plan'); // marks kept, one restored
      expect(flags.filter((f) => f.code === 'unknown-training')).toHaveLength(n);
      trips.push(host.stats.roundTrips);
    }
    expect(trips[0]).toBe(trips[1]);
    expect(trips[0]).toBeLessThanOrEqual(5);
  });
});

describe('a check of a long log on Excel on the web', () => {
  // Thousands of flagged cells, scattered over two columns (every other row's training unknown,
  // the others' planned number unreadable): the fills before the marks are read by runs, the
  // marks written in as many requests as they need, each under 5 MB (one range per cell in one
  // request, they were 5.6 MB).
  it('marks 6,000 flagged cells in requests under 5 MB, and takes them away again', async () => {
    const { host, gateway } = await open(TEMPLATE);
    writeOverall(host, ['Anna Lindqvist']);
    const n = 6000;
    host.setValues(
      PLAN,
      'A4',
      Array.from({ length: n }, (_, i) => [
        'Anna Lindqvist',
        i % 2 ? 'Yoga' : 'HiS6',
        `Aktivitet ${i}`,
        'Alla',
        'Vårdcentralen Norr',
        '2017-02-10',
        i % 2 ? 5 : 'många',
      ]),
    );
    host.resetStats();
    const flags = await check(gateway, 'plan');
    expect(flags.filter((f) => f.code === 'unknown-training')).toHaveLength(n / 2);
    expect(flags.filter((f) => f.code === 'unreadable-number')).toHaveLength(n / 2);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.cell(PLAN, 'B5')?.fill).toBe(MARK_FILL);
    expect(host.cell(PLAN, `G${n + 2}`)?.fill).toBe(MARK_FILL);
    expect(host.cell(PLAN, 'G5')?.fill).toBeUndefined();
    // Fixed: the marks go, in requests under 5 MB too.
    host.setValues(
      PLAN,
      'B4',
      Array.from({ length: n }, () => ['HiS6']),
    );
    host.setValues(
      PLAN,
      'G4',
      Array.from({ length: n }, () => [5]),
    );
    host.resetStats();
    expect(await check(gateway, 'plan')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ code: 'unknown-training' })]),
    );
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.cell(PLAN, 'B5')?.fill).toBeUndefined();
  }, 60_000);
});
