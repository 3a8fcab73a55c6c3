// Status for the decision forum: the status sheet and the slide deck show the summary tab's
// numbers. The workbook is made through the add-in (plans imported for the plan and report
// rounds, the summary written) and saved; `spridningslogg status` (a process, as a coordinator
// runs it — pptxgenjs loads Node's fs with a dynamic import that jest's VM cannot run) writes the
// deck and the workbook with its status sheet; LibreOffice (an independent formula engine)
// recalculates that workbook, and the deck is unzipped and its charts' numbers read.
// Every number of the deck equals the summary tab's and the status sheet's as LibreOffice
// computed them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { TAB_NAMES } from '../../src/core/tabs';
import { STATUS_SHEET } from '../../src/excel/useCases/status';
import { plan } from '../core/import/planFactory';
import { readCsv, recalculatedCsv, SOFFICE } from '../support/libreoffice';
import { open, TEMPLATE } from './helpers';

const BIN = path.join(__dirname, '..', '..', 'bin', 'spridningslogg.js');
const maybe = fs.existsSync(SOFFICE) ? describe : describe.skip;
jest.setTimeout(240_000);

type Opened = Awaited<ReturnType<typeof open>>;

async function book(): Promise<Opened> {
  const opened = await open(TEMPLATE);
  opened.host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'Vårdcentralen Norr', 'Anna Lindqvist', 'anna@example.se', '30', 'vt 2017', ''],
    ['HiS9', 'BUP', 'Bo Ek', 'bo@example.se', 20, 'vt 2017', ''],
    ['HiS9', 'Vårdcentralen Syd', 'Cilla Berg', 'cilla@example.se', ' 12 ', '', ''],
    ['Summa', '', '', '', 62, '', ''],
    ['HiS1', 'Akuten', 'Dan Nord', 'dan@example.se', 10, '', ''],
  ]);
  const g = opened.gateway;
  const put = async (round: 'plan' | 'aterrap1' | 'aterrap2', plans: ReturnType<typeof plan>[]) =>
    expect((await g.applyImport(await g.previewImport(plans, round))).status).toBe('written');
  await put('plan', [
    plan({
      name: 'Anna Lindqvist, kurator',
      unit: 'Vårdcentralen Norr',
      activities: [
        { training: 'HiS6', unit: 'Vårdcentralen Norr', plannedNumber: '20' },
        { training: 'his 6', unit: 'VC Norr', plannedNumber: 'ca 8' },
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
  ]);
  await put('aterrap1', [
    plan({
      name: 'Anna Lindqvist',
      unit: 'Vårdcentralen Norr',
      activities: [
        {
          training: 'HiS6',
          unit: 'Vårdcentralen Norr',
          plannedNumber: '20',
          status: 'Genomförd',
          reached: '18',
        },
        { training: 'HiS6', unit: 'VC Norr', plannedNumber: '8', status: 'Planerad', reached: '3' },
      ],
    }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [{ training: 'HiS9', unit: 'BUP', plannedNumber: '12', status: 'klar', reached: '11' }],
    }),
  ]);
  return opened;
}

/** Rows of a sheet under a section heading: label → the numbers in the given columns. */
function section(grid: string[][], heading: string, columns: number[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let inside = false;
  for (const r of grid) {
    const label = r[0] ?? '';
    if (label === heading) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (label === '') {
      if (out.size > 0) break;
      continue;
    }
    const numbers = columns.map((c) => Number((r[c] ?? '').replace(',', '.')));
    if (numbers.some((n) => Number.isNaN(n))) continue; // the column headings
    out.set(label, numbers);
  }
  return out;
}

/** The deck's charts: slide number → series name → category → value (from the chart parts' caches). */
function deckCharts(pptx: Uint8Array): { slide: number; series: Map<string, Map<string, number>> }[] {
  const files = unzipSync(pptx);
  const out: { slide: number; series: Map<string, Map<string, number>> }[] = [];
  const slides = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)/.exec(a)![1]) - Number(/(\d+)/.exec(b)![1]));
  for (const s of slides) {
    const rels = strFromU8(files[s.replace('slides/', 'slides/_rels/') + '.rels'] ?? new Uint8Array());
    for (const m of rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)) {
      const xml = strFromU8(files[`ppt/charts/${m[1]}`]);
      const series = new Map<string, Map<string, number>>();
      for (const ser of xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
        const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1];
        const pts = (block: string) =>
          [...block.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map(
            (p) => [Number(p[1]), p[2]] as const,
          );
        const cats = new Map(pts(/<c:cat>[\s\S]*?<\/c:cat>/.exec(ser)![0]));
        const vals = pts(/<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0]);
        series.set(name, new Map(vals.map(([i, v]) => [decode(cats.get(i) ?? ''), Number(v)])));
      }
      out.push({ slide: Number(/(\d+)/.exec(s)![1]), series });
    }
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

maybe('the status sheet and the deck show the summary tab’s numbers', () => {
  let summary: string[][] = [];
  let statusSheet: string[][] = [];
  let charts: ReturnType<typeof deckCharts> = [];
  let sheetXml = '';
  let slides = 0;

  beforeAll(async () => {
    const b = await book();
    await b.gateway.refreshTotals();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-status-'));
    fs.writeFileSync(path.join(dir, 'in.xlsx'), await b.host.toXlsx());
    const file = path.join(dir, 'book.xlsx');
    const deckFile = path.join(dir, 'status.pptx');
    const out = execFileSync(
      process.execPath,
      [
        BIN,
        'status',
        '--workbook',
        path.join(dir, 'in.xlsx'),
        '--round',
        'aterrap1',
        '--out',
        deckFile,
        '--xlsx',
        file,
        '--json',
      ],
      { env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: '' } },
    ).toString();
    slides = (JSON.parse(out) as { deck: { slides: number } }).deck.slides;
    charts = deckCharts(new Uint8Array(fs.readFileSync(deckFile)));

    const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const wb = strFromU8(parts['xl/workbook.xml']);
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
    const rid = new RegExp(
      `<sheet [^>]*name="${STATUS_SHEET.replace('.', '\\.')}"[^>]*r:id="(rId\\d+)"`,
    ).exec(wb)![1];
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    sheetXml = strFromU8(parts[`xl/${target}`]);
    const csvDir = recalculatedCsv(dir, [file]);
    summary = readCsv(fs.readFileSync(path.join(csvDir, `book-${TAB_NAMES.summary}.csv`), 'utf8'));
    statusSheet = readCsv(fs.readFileSync(path.join(csvDir, `book-${STATUS_SHEET}.csv`), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The deck's numbers of the chart whose categories are `labels`: label → [goal, planned, reached]. */
  function deckNumbers(slide: number): Map<string, number[]> {
    const chart = charts.find((c) => c.slide === slide)!;
    const [goal, planned, reached] = [...chart.series.values()];
    return new Map([...goal.keys()].map((k) => [k, [goal.get(k)!, planned.get(k)!, reached.get(k)!]]));
  }

  test('per training: deck = summary tab (goal, planned, reached at report 1) = status sheet', () => {
    const fromSummary = section(summary, 'Per utbildning', [1, 2, 3]);
    const fromStatus = section(statusSheet, 'Per utbildning', [1, 2, 3]);
    const deck = deckNumbers(3);
    expect(deck.size).toBeGreaterThanOrEqual(3);
    for (const [label, numbers] of deck) {
      expect([label, fromSummary.get(label)]).toEqual([label, numbers]);
      expect([label, fromStatus.get(label)]).toEqual([label, numbers]);
    }
    // The data exercise what matters: a goal as text, "ca 8" planned, a planned activity's 3 not reached.
    expect(deck.get('HiS6 Migration och psykisk hälsa – grundkurs')).toEqual([30, 28, 18]);
    expect(deck.get('HiS9 Migration och psykisk hälsa – för primärvården')).toEqual([32, 12, 11]);
  });

  test('per unit: deck = summary tab = status sheet', () => {
    const fromSummary = section(summary, 'Per verksamhet', [1, 2, 3]);
    const fromStatus = section(statusSheet, 'Per verksamhet', [1, 2, 3]);
    const deck = deckNumbers(4);
    expect(deck.size).toBeGreaterThanOrEqual(3);
    for (const [label, numbers] of deck) {
      expect([label, fromSummary.get(label)]).toEqual([label, numbers]);
      expect([label, fromStatus.get(label)]).toEqual([label, numbers]);
    }
  });

  test('key figures: the deck’s total = the summary’s whole region', () => {
    const total = section(summary, 'Totalt', [1, 2, 3]).get('Hela regionen');
    const deck = deckNumbers(2);
    expect([...deck.values()][0]).toEqual(total);
    expect(total).toEqual([72, 44, 29]);
    expect(slides).toBe(4);
  });

  test('the status sheet prints on A4 landscape, centred, with its two charts', () => {
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(sheetXml).toContain('<drawing r:id=');
  });
});
