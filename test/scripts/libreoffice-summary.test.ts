// Recalculates the summary formulas in LibreOffice (an independent formula engine) on a
// workbook written with exceljs — without cached results, so every formula is computed on
// load — and checks the numbers equal computeTotals on the same cells read through the core.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/headers/cell';
import { findHeader } from '../../src/core/headers/findHeader';
import { readActivityRows } from '../../src/core/log/readActivityRows';
import type { LogSnapshot, Round } from '../../src/core/model';
import { readOverallPlan } from '../../src/core/overall/readOverallPlan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TAB_NAMES } from '../../src/core/tabs';
import { buildSummaryLayout } from '../../src/core/totals/buildSummaryLayout';
import { computeTotals, type Totals } from '../../src/core/totals/computeTotals';
import { recordKey, summaryKeys } from '../../src/core/totals/groups';
import { roundTabLocation } from '../../src/core/totals/location';
import { textOf } from '../../src/messages/render';
import { readCsv, recalculatedCsv, SOFFICE } from '../support/libreoffice';

const maybe = fs.existsSync(SOFFICE) ? describe : describe.skip;
jest.setTimeout(120_000);

const HEAD = [
  'Spridningsledare',
  'Utbildning',
  'Aktivitet',
  'Målgrupp',
  'Verksamhet',
  'Planerat datum',
  'Planerat antal',
  'Status',
  'Genomfört datum',
  'Antal nådda',
  'Kommentar',
];
const E = '';
const blankRow = (): CellValue[] => Array.from({ length: 11 }, () => E);
const act = (
  p: string,
  t: string,
  u: string,
  planned: CellValue,
  status = '',
  reached: CellValue = '',
): CellValue[] => [p, t, 'Föreläsning', 'Personal', u, '2017-02-10', planned, status, E, reached, E];

// Each tab: a title row, an empty row, the header on row 3, data from row 4 (column A).
const TABS: Record<Round, CellValue[][]> = {
  plan: [
    ['Samlad spridningslogg – PLAN', E, E, E, E, E, E, E, E, E, E],
    blankRow(),
    HEAD,
    act('Anna Lindqvist, kurator', 'HiS 1', 'VC Norr', 20),
    act('Anna Lindqvist', 'his1', 'VC-norr', '12'),
    act('Anna Lindqvist', 'HiS6', 'VC Norr', 'ca 15'),
    blankRow(),
    act('Bo Ek', 'Okänd kurs', 'BUP Söder', 8),
    act('Bo Ek', 'HiS2', 'bup söder', 7.5),
    act('', 'HiS2', 'bup söder', 7.5), // the name carried down from the row above
    ['Summa', E, E, E, E, E, 55, E, E, E, E],
  ],
  aterrap1: [
    ['Samlad spridningslogg – ÅTERRAP1', E, E, E, E, E, E, E, E, E, E],
    blankRow(),
    HEAD,
    act('Anna Lindqvist', 'HiS1', 'VC Norr', 20, 'genomförd', 18),
    act('Anna Lindqvist', 'HiS1', 'VC Norr', 12, 'Planerad', 9),
    act('Anna Lindqvist', 'HiS6', 'VC Norr', 15, ' KLAR ', '14'),
    act('Bo Ek', E, 'BUP Söder', 8, 'Klart', 'ca 6'),
    act('Bo Ek', 'HiS2', 'BUP Söder', 7, 'Ej genomförd', 3),
    act('', 'HiS1', 'VC Norr', 5, 'Klar', 4), // Bo Ek's, carried down
    blankRow(),
    act('', 'HiS1', 'VC Norr', 5, 'Klar', 2), // no name at all
    [E, E, E, E, E, E, 62, E, E, 50, E],
  ],
  aterrap2: [
    ['Samlad spridningslogg – ÅTERRAP2', E, E, E, E, E, E, E, E, E, E],
    blankRow(),
    HEAD,
    act('Anna Lindqvist', 'HiS1', 'VC Norr', 20, 'Genomfört', 21),
    act('Cecilia Berg', 'HiS9', 'Psykiatrin', 10, 'Genomförd', 10),
  ],
};

const OVERALL_SHEET = "1. Region's övergripande plan";
const OVERALL: CellValue[][] = [
  ['Övergripande spridningsplan', E, E, E, E],
  ['Utbildning', 'Verksamhet', 'Spridningsledare', 'E-post', 'Mål antal'],
  ['HiS1', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 30],
  [E, 'BUP Söder', 'Bo Ek', 'bo@example.se', '10'],
  ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 'ca 15'],
  ['Summa', E, E, E, 55],
  ['HiS2', 'BUP Söder', 'Bo Ek', 'bo@example.se', ' 20 '],
  ['HiS9', 'Psykiatrin', 'Cecilia Berg', 'cecilia@example.se', 12],
];
const OVERALL_MERGES = ['A3:A4'];

maybe('summary formulas recalculated in LibreOffice', () => {
  it('equal computeTotals on the same workbook', async () => {
    const settings = DEFAULT_SETTINGS;
    const snapshot: LogSnapshot = {
      contacts: [],
      rounds: { plan: null, aterrap1: null, aterrap2: null },
      overall: null,
    };
    const rounds: Partial<Record<Round, ReturnType<typeof roundTabLocation>>> = {};
    for (const round of ['plan', 'aterrap1', 'aterrap2'] as const) {
      const values = TABS[round];
      const header = findHeader(values, round)!;
      snapshot.rounds[round] = readActivityRows(values, header, TAB_NAMES[round], 1, 0, settings);
      rounds[round] = roundTabLocation(TAB_NAMES[round], values, header, 1, 0, 50);
    }
    const overall = readOverallPlan(OVERALL, OVERALL_MERGES, OVERALL_SHEET, 1, 0, settings);
    snapshot.overall = overall.assignments;
    const totals = computeTotals(snapshot, settings);
    const layout = buildSummaryLayout({
      rounds: { plan: rounds.plan!, aterrap1: rounds.aterrap1!, aterrap2: rounds.aterrap2! },
      overall: { sheet: OVERALL_SHEET, goalColumn: 'E' },
      keys: summaryKeys(snapshot, settings),
    });

    const wb = new ExcelJS.Workbook();
    const write = (name: string, values: CellValue[][]) => {
      const ws = wb.addWorksheet(name);
      values.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v !== '' && v !== null) ws.getCell(i + 1, j + 1).value = v;
        }),
      );
      return ws;
    };
    write(OVERALL_SHEET, OVERALL).mergeCells('A3:A4');
    for (const round of ['plan', 'aterrap1', 'aterrap2'] as const) write(TAB_NAMES[round], TABS[round]);
    const summary = wb.addWorksheet(TAB_NAMES.summary);
    for (const c of layout.cells) {
      if (c.formula) summary.getCell(c.address).value = { formula: c.formula.slice(1) };
      else if (c.value !== undefined)
        summary.getCell(c.address).value = typeof c.value === 'number' ? c.value : textOf('sv', c.value);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-lo-'));
    const book = path.join(dir, 'book.xlsx');
    await wb.xlsx.writeFile(book);
    const out = recalculatedCsv(dir, [book], 5, 100_000);
    const csvFile = fs.readdirSync(out).find((f) => f.endsWith('.csv'))!;
    const grid = readCsv(fs.readFileSync(path.join(out, csvFile), 'utf8'));
    const at = (address: string): string => {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return grid[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? '';
    };
    const num = (address: string) => Number(at(address).replace(',', '.'));

    // Rows of the layout, by section and label.
    const byLabel = new Map<string, string>();
    let section = '';
    for (const c of layout.cells) {
      if (!c.address.startsWith('A') || c.value === undefined || typeof c.value === 'number') continue;
      const text = textOf('sv', c.value);
      if (c.bold) section = text;
      else byLabel.set(`${section}|${text}`, c.address.slice(1));
    }
    byLabel.set(
      'Totalt|Hela regionen',
      layout.cells
        .find((c) => typeof c.value === 'object' && c.value.code === 'totals-whole-region')!
        .address.slice(1),
    );
    const check = (key: string, t: Totals) => {
      const r = byLabel.get(key);
      expect([key, r !== undefined]).toEqual([key, true]);
      expect([key, num(`B${r}`), num(`C${r}`), num(`D${r}`), num(`E${r}`)]).toEqual([
        key,
        t.goal,
        t.planned,
        t.reachedAterrap1,
        t.reachedAterrap2,
      ]);
    };
    const keys = summaryKeys(snapshot, settings);
    const label = (l: (typeof keys.units)[number]['label']) => textOf('sv', l);
    for (const k of keys.trainings) check(`Per utbildning|${label(k.label)}`, totals.perTraining[k.key]);
    for (const k of keys.units)
      check(`Per verksamhet|${label(k.label)}`, totals.perUnit[recordKey('unit', k)]);
    for (const k of keys.people)
      check(`Per spridningsledare|${label(k.label)}`, totals.perPerson[recordKey('person', k)]);
    check('Totalt|Hela regionen', totals.grandTotal);
    // The data exercise what matters: text goals, "ca" text skipped, sum rows skipped, done words in any case.
    expect(totals.grandTotal).toEqual({ goal: 72, planned: 55, reachedAterrap1: 38, reachedAterrap2: 31 });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
