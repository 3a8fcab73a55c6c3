// The overall plan from its own .xlsx (test/fixtures/overall/*.xlsx, made by
// scripts/make-overall-fixtures.ts from the JSON sheets beside them): the right sheet is found,
// read with the core's tolerance, and a file that is no overall plan gets a Swedish error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { GatewayError } from '../../src/excel/gatewayError';
import { render } from '../../src/messages/render';
import { readOverallFile, readXlsxSheets } from '../../src/excel/overallFile';
import { buildXlsx, c, row } from '../file/support/packages';
import { open, ROOT, TEMPLATE } from './helpers';
import { TAB_NAMES } from '../../src/core/tabs';
import * as ExcelJS from 'exceljs/dist/exceljs.min.js';

const DIR = path.join(ROOT, 'test', 'fixtures', 'overall');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

interface Expected {
  training: string | null;
  unit: string;
  person: string;
  goal: number | null;
  row: number;
  goalCell: string;
}

describe('overall plan from a separate .xlsx', () => {
  it.each(['clean', 'messy', 'offset'])('%s.xlsx reads as its JSON sheet says', async (name) => {
    const json = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as {
      sheet: string;
      expected: { assignments: Expected[] };
    };
    const { sheet, assignments } = await readOverallFile(
      bytes(`${name}.xlsx`),
      `${name}.xlsx`,
      DEFAULT_SETTINGS,
    );
    expect(sheet.sheet).toBe(json.sheet);
    expect(
      assignments.map((a) => ({
        training: a.training.code,
        unit: a.unit,
        person: a.person,
        goal: a.goal.value,
        row: a.row,
        goalCell: a.cells.goal,
      })),
    ).toEqual(json.expected.assignments);
    // Where they are: the file and its sheet (they are not in the log).
    expect(new Set(assignments.map((a) => a.sheet))).toEqual(new Set([`${name}.xlsx – ${json.sheet}`]));
  });

  it('messy.xlsx: the plan on the second sheet, a merged training, Summa rows and text goals', async () => {
    const { assignments } = await readOverallFile(bytes('messy.xlsx'), 'messy.xlsx', DEFAULT_SETTINGS);
    const bo = assignments.find((a) => a.person === 'Bo Ek' && a.training.code === 'HiS1')!;
    expect(bo.training.raw).toMatch(/HiS1/); // from the merged cell B5:B7 above
    expect(assignments.find((a) => a.row === 5)!.goal).toMatchObject({ kind: 'number', value: 30 }); // "30" as text
    expect(assignments.some((a) => /summa/i.test(a.person) || /summa/i.test(a.training.raw))).toBe(false);
  });

  /** The error's sentence in Swedish (and that it has one in English too). */
  async function failure(run: () => Promise<unknown>): Promise<{ message: string }> {
    try {
      await run();
    } catch (e) {
      expect(e).toBeInstanceOf(GatewayError);
      const m = (e as GatewayError).msg;
      expect(render('en', m)).toMatch(/cannot be used as the overall spread plan/);
      return { message: render('sv', m) };
    }
    throw new Error('expected a GatewayError');
  }

  it('a workbook without an overall-plan sheet: Swedish error naming the file and its sheets', async () => {
    const e = await failure(() =>
      readOverallFile(bytes('no-plan.xlsx'), 'Kontakter 2017.xlsx', DEFAULT_SETTINGS),
    );
    expect(e.message).toContain('”Kontakter 2017.xlsx”');
    expect(e.message).toContain('”Kontakter”');
    expect(e.message).toContain('Utbildning, Spridningsledare och Mål antal');
  });

  it('a corrupt .xlsx (cut short), a text file and an old .xls: Swedish errors that say what to do', async () => {
    const whole = bytes('clean.xlsx');
    const cut = await failure(() => readOverallFile(whole.slice(0, 1500), 'plan.xlsx', DEFAULT_SETTINGS));
    expect(cut.message).toMatch(/”plan\.xlsx”.*skadad.*spara den på nytt/);
    const text = await failure(() =>
      readOverallFile(
        new Uint8Array(Buffer.from('Utbildning;Namn;Mål\nHiS1;Anna;30\n', 'utf8')),
        'plan.csv',
        DEFAULT_SETTINGS,
      ),
    );
    expect(text.message).toMatch(/”plan\.csv”.*ingen Excel-arbetsbok/);
    const xls = await failure(() =>
      readOverallFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'plan.xls', DEFAULT_SETTINGS),
    );
    expect(xls.message).toMatch(/\.xls-formatet/);
  });
});

describe('an overall-plan file is read under the same caps as a workbook (no exceljs)', () => {
  const plan = () =>
    buildXlsx({
      sharedStrings: ['Utbildning', 'Spridningsledare', 'Mål antal', 'HiS6', 'Anna Lindqvist'],
      sheets: [
        {
          name: 'Plan',
          body:
            `<sheetData>${row(1, c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' }), c('C1', 2, { t: 's' }))}` +
            `${row(2, c('A2', 3, { t: 's' }), c('B2', 4, { t: 's' }), c('C2', 30))}</sheetData>` +
            '<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>',
        },
      ],
    });

  /** The refusal's Swedish and English sentences. */
  function refusal(run: () => unknown): { code: string; sv: string; en: string } {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(GatewayError);
      const g = e as GatewayError;
      const text = (lang: 'sv' | 'en') => [g.msg, ...g.details].map((m) => render(lang, m)).join(' ');
      return { code: g.code, sv: text('sv'), en: text('en') };
    }
    throw new Error('expected a refusal');
  }

  it('a plan within the caps reads', async () => {
    const { assignments } = await readOverallFile(plan(), 'plan.xlsx', DEFAULT_SETTINGS);
    expect(assignments.map((a) => [a.person, a.goal.value])).toEqual([['Anna Lindqvist', 30]]);
  });

  it('over a cap of cells or merged areas: refused, naming the file, the sheet and the cap', () => {
    const cells = refusal(() => readXlsxSheets(plan(), 'plan.xlsx', { maxCells: 3 }));
    expect(cells.code).toBe('unusable-file');
    expect(cells.sv).toMatch(/^Filen ”plan\.xlsx” kan inte användas som övergripande spridningsplan\. /);
    expect(cells.sv).toMatch(/fler än 3 ifyllda .*”Plan”/);
    expect(cells.en).toMatch(/cannot be used as the overall spread plan/);
    const merges = refusal(() => readXlsxSheets(plan(), 'plan.xlsx', { maxMerges: 0 }));
    expect(merges.sv).toMatch(/sammanfogade cellområden/);
    const size = refusal(() => readXlsxSheets(plan(), 'plan.xlsx', { maxFileBytes: 100 }));
    expect(size.sv).toMatch(/”plan\.xlsx” kan inte användas.*plan\.xlsx är/);
  });

  it('a binary .xlsb and a package without sheets: refused with what to do', () => {
    const xlsb = refusal(() =>
      readXlsxSheets(
        buildXlsx({ sheets: [], workbookType: 'application/vnd.ms-excel.sheet.binary.macroEnabled.main' }),
        'plan.xlsb',
      ),
    );
    expect(xlsb.sv).toMatch(/\.xlsb.*spara den som Excel-arbetsbok \(\.xlsx\)/);
    const empty = refusal(() => readXlsxSheets(buildXlsx({ sheets: [] }), 'tom.xlsx'));
    expect(empty.code).toBe('no-header');
    expect(empty.sv).toMatch(/”tom\.xlsx”.*inga blad/);
  });
});

describe('an overall-plan file copied into the log', () => {
  it('keeps its dates dates and its percentages percentages (the file’s number formats)', async () => {
    // Written by exceljs, not by our own code: a plan whose period column holds real dates.
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Plan');
    ws.addRow(['Utbildning', 'Verksamhet', 'Spridningsledare', 'E-post', 'Mål antal', 'Start', 'Andel']);
    ws.addRow([
      'HiS6',
      'VC Norr',
      'Anna Lindqvist',
      'anna@example.se',
      20,
      new Date(Date.UTC(2017, 1, 10)),
      0.5,
    ]);
    ws.getCell('F2').numFmt = 'yyyy-mm-dd';
    ws.getCell('G2').numFmt = '0%';
    const file = new Uint8Array(await book.xlsx.writeBuffer());
    const { host, gateway } = await open(TEMPLATE);
    await gateway.setOverallPlanFile(file, 'plan.xlsx');
    expect(await gateway.copyOverallFileToLog(true)).toMatchObject({ status: 'copied', assignments: 1 });
    expect(host.cell(TAB_NAMES.overall, 'F2')).toMatchObject({ value: 42776, numberFormat: 'yyyy-mm-dd' });
    expect(host.cell(TAB_NAMES.overall, 'G2')).toMatchObject({ value: 0.5, numberFormat: '0%' });
    expect(host.cell(TAB_NAMES.overall, 'E2')?.numberFormat ?? 'General').toBe('General');
  });
});
