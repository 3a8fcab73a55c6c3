// The summary's formulas recalculated by LibreOffice (an independent formula engine) equal the
// core's computeTotals, on workbooks made through the add-in: the template with plans imported
// for all three rounds, the lived-in workbook, and one hand-edited after the refresh (a reached
// number and a status changed, a row deleted: the live formulas must follow). LibreOffice runs
// headless with a fresh profile set to recalculate every formula on load.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Round } from '../../src/core/model';
import { TAB_NAMES } from '../../src/core/tabs';
import { computeTotals, type Totals } from '../../src/core/totals/computeTotals';
import { recordKey, summaryKeys } from '../../src/core/totals/groups';
import type { WorkbookGateway } from '../../src/excel/gateway';
import type { ExcelHost } from '../../src/host';
import { textOf } from '../../src/messages/render';
import { plan } from '../core/import/planFactory';
import { readCsv, recalculatedCsv, SOFFICE } from '../support/libreoffice';
import { LIVED_IN, open, TEMPLATE } from './helpers';

const maybe = fs.existsSync(SOFFICE) ? describe : describe.skip;
jest.setTimeout(240_000);

const SUMMARY = TAB_NAMES.summary;
const SECTIONS = ['Per utbildning', 'Per verksamhet', 'Per spridningsledare', 'Totalt'];

/** What the core says, by section and label as the summary shows them. */
type Expected = Map<string, Totals>;

/** The core's totals on the log as the gateway reads it (the CLI's readLog). */
async function expectedTotals(gateway: WorkbookGateway): Promise<Expected> {
  const read = await gateway.readLog();
  const totals = computeTotals(read.snapshot, read.settings);
  const keys = summaryKeys(read.snapshot, read.settings);
  const out: Expected = new Map();
  const label = (l: (typeof keys.units)[number]['label']) => textOf('sv', l);
  for (const k of keys.trainings) out.set(`Per utbildning|${label(k.label)}`, totals.perTraining[k.key]);
  for (const k of keys.units)
    out.set(`Per verksamhet|${label(k.label)}`, totals.perUnit[recordKey('unit', k)]);
  for (const k of keys.people)
    out.set(`Per spridningsledare|${label(k.label)}`, totals.perPerson[recordKey('person', k)]);
  out.set('Totalt|Hela regionen', totals.grandTotal);
  return out;
}

async function importRound(
  gateway: Awaited<ReturnType<typeof open>>['gateway'],
  round: Round,
  plans: ReturnType<typeof plan>[],
): Promise<void> {
  const result = await gateway.applyImport(await gateway.previewImport(plans, round));
  expect(result.status).toBe('written');
}

/** The template, an overall plan in its tab (a text goal, a Summa row), plans for all three rounds. */
async function templateBook(): Promise<Awaited<ReturnType<typeof open>>> {
  const opened = await open(TEMPLATE);
  opened.host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'Vårdcentralen Norr', 'Anna Lindqvist', 'anna@example.se', '30', 'vt 2017', ''],
    ['HiS9', 'BUP', 'Bo Ek', 'bo@example.se', 20, 'vt 2017', ''],
    ['', 'Vårdcentralen Syd', 'Cilla Berg', 'cilla@example.se', ' 12 ', '', ''],
    ['Summa', '', '', '', 62, '', ''],
    ['HiS1', 'Akuten', 'Dan Nord', 'dan@example.se', 'ca 10', '', ''],
  ]);
  const g = opened.gateway;
  await importRound(g, 'plan', [
    plan({
      name: 'Anna Lindqvist, kurator',
      activities: [
        { training: 'HiS6', plannedNumber: '20' },
        { training: 'his 6', plannedNumber: 'ca 8' },
        { training: 'HiS6', plannedNumber: '20-25' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [
        { training: 'HiS9', unit: 'bup', plannedNumber: '12' },
        { training: 'Yoga', unit: 'BUP', plannedNumber: '4' },
      ],
    }),
    plan({
      name: 'Cilla Berg',
      activities: [
        { training: 'HiS9', unit: 'Vårdcentralen Syd', plannedNumber: 'många' },
        { training: 'HiS9', unit: 'Vårdcentralen Syd', plannedNumber: '6' },
      ],
    }),
  ]);
  await importRound(g, 'aterrap1', [
    plan({
      name: 'Anna Lindqvist',
      activities: [
        { training: 'HiS6', plannedNumber: '20', status: 'Genomförd', reached: '18' },
        { training: 'HiS6', plannedNumber: '8', status: 'Planerad', reached: '3' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [
        { training: 'HiS9', unit: 'BUP', plannedNumber: '12', status: 'klar', reached: 'ca 11' },
        { training: 'Yoga', unit: 'BUP', plannedNumber: '4', status: 'Genomförd', reached: '4' },
      ],
    }),
  ]);
  await importRound(g, 'aterrap2', [
    plan({
      name: 'Anna Lindqvist',
      activities: [
        { training: 'HiS6', plannedNumber: '20', status: 'Klar', reached: '19' },
        { training: 'HiS6', plannedNumber: '8', status: 'GENOMFÖRD', reached: '7' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [{ training: 'HiS9', unit: 'BUP', plannedNumber: '12', status: 'Inställd', reached: '5' }],
    }),
    plan({
      name: 'Cilla Berg',
      activities: [
        {
          training: 'HiS9',
          unit: 'Vårdcentralen Syd',
          plannedNumber: '6',
          status: 'Genomförd',
          reached: '6',
        },
      ],
    }),
  ]);
  return opened;
}

/** The summary's rows as LibreOffice computed them: section|label → [goal, planned, reached 1, reached 2]. */
function summaryRows(grid: string[][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let section = '';
  for (const r of grid) {
    const label = r[0] ?? '';
    if (SECTIONS.includes(label)) {
      section = label;
      continue;
    }
    if (section === '' || label === '') continue;
    // An empty cell is no number (NaN never equals an expected total).
    out.set(
      `${section}|${label}`,
      [1, 2, 3, 4].map((i) => ((r[i] ?? '') === '' ? NaN : Number(r[i].replace(',', '.')))),
    );
  }
  return out;
}

interface Case {
  name: string;
  host: ExcelHost;
  expected: Expected;
}

const cases: Case[] = [];
const computed = new Map<string, Map<string, number[]>>();

maybe('summary formulas recalculated by LibreOffice equal computeTotals', () => {
  beforeAll(async () => {
    // 1. The template with plans for all three rounds.
    const t = await templateBook();
    await t.gateway.refreshTotals();
    cases.push({ name: 'template', host: t.host, expected: await expectedTotals(t.gateway) });

    // 2. The coordinator's lived-in workbook (header on row 5, other words and order, a Summa row, a note).
    const l = await open(LIVED_IN);
    await importRound(l.gateway, 'aterrap2', [
      plan({
        name: 'Anna Lindqvist',
        activities: [{ training: 'HiS6', plannedNumber: '15', status: 'Genomförd', reached: '14' }],
      }),
    ]);
    await l.gateway.refreshTotals();
    cases.push({ name: 'lived-in', host: l.host, expected: await expectedTotals(l.gateway) });

    // 3. Hand-edited after the refresh: the formulas must follow without another refresh.
    const h = await templateBook();
    await h.gateway.refreshTotals();
    expect(h.host.values(TAB_NAMES.aterrap1, 'A4:J4')[0][0]).toBe('Anna Lindqvist');
    h.host.setValues(TAB_NAMES.aterrap1, 'J4', [[25]]); // reached 18 → 25
    h.host.setValues(TAB_NAMES.aterrap1, 'H5', [['Genomförd']]); // Planerad → done: its 3 now count
    h.host.setValues(TAB_NAMES.aterrap2, 'H6', [['Genomförd']]); // Bo's Inställd → done: 5
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(TAB_NAMES.plan).getRange('A4:K4').delete('Up'); // Anna's 20 planned goes
      await context.sync();
    });
    cases.push({ name: 'hand-edited', host: h.host, expected: await expectedTotals(h.gateway) });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
    const files: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.xlsx`);
      fs.writeFileSync(file, await c.host.toXlsx());
      files.push(file);
    }
    const out = recalculatedCsv(dir, files);
    for (const c of cases) {
      const csv = path.join(out, `${c.name}-${SUMMARY}.csv`);
      computed.set(c.name, summaryRows(readCsv(fs.readFileSync(csv, 'utf8'))));
    }
    if (process.env.KEEP_LO) console.log(`LibreOffice files kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['template', 'lived-in', 'hand-edited'])(
    '%s: every total of the summary equals the core',
    (name) => {
      const c = cases.find((x) => x.name === name)!;
      const lo = computed.get(name)!;
      // Every row the core has is on the sheet with the same four numbers …
      for (const [key, t] of c.expected)
        expect([key, lo.get(key)]).toEqual([key, [t.goal, t.planned, t.reachedAterrap1, t.reachedAterrap2]]);
      // … and every row on the sheet is one the core has (after the hand edits, a row whose data went counts 0).
      for (const [key, numbers] of lo) {
        const t = c.expected.get(key);
        expect([key, numbers]).toEqual([
          key,
          t ? [t.goal, t.planned, t.reachedAterrap1, t.reachedAterrap2] : [0, 0, 0, 0],
        ]);
      }
      expect(lo.size).toBeGreaterThanOrEqual(c.expected.size);
    },
  );

  it('the data exercise what matters', () => {
    const total = (name: string) => cases.find((c) => c.name === name)!.expected.get('Totalt|Hela regionen')!;
    // Goals: 30 (text) + 20 + 12 (text with spaces); "ca 10" (text) and the Summa row not counted.
    // Planned: 20 + 8 (ca 8) + 20 (20-25) + 12 + 4 (unknown training) + 6; "många" counts 0.
    // Reached 1: 18 + 11 (klar, ca 11) + 4, not the planned activity's 3; reached 2: 19 + 7 + 6, not the cancelled 5.
    expect(total('template')).toEqual({ goal: 62, planned: 70, reachedAterrap1: 33, reachedAterrap2: 32 });
    expect(total('hand-edited')).toEqual({ goal: 62, planned: 50, reachedAterrap1: 43, reachedAterrap2: 37 });
    expect(total('lived-in').reachedAterrap2).toBeGreaterThan(0);
  });
});
