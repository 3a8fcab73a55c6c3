// The large workbook for bounded-reading tests: what it holds, that a real reader opens it, and
// that the defaults give the ~10 MB file with 50,000+ merged ranges the tests rely on.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { TAB_NAMES } from '../../src/core/tabs';
import { writeLargeWorkbook } from './largeWorkbook';
import { descendants, parseXml, readPackage, sheetsOf } from './ooxml';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-large-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a small one holds the log tabs, the rows and the merged ranges asked for, and exceljs reads it', async () => {
  const file = path.join(dir, 'small.xlsx');
  const made = await writeLargeWorkbook(file, { activityRows: 400, mergedRanges: 300 });
  const parts = readPackage(new Uint8Array(fs.readFileSync(file)));
  const sheets = sheetsOf(parts);
  expect(sheets.map((s) => s.name)).toEqual([
    TAB_NAMES.instructions,
    TAB_NAMES.overall,
    TAB_NAMES.contacts,
    TAB_NAMES.plan,
    TAB_NAMES.aterrap1,
    TAB_NAMES.aterrap2,
    'Historik',
  ]);
  const xml = (name: string) => {
    const part = sheets.find((s) => s.name === name)!.part;
    return parseXml(parts.get(part)!, part);
  };
  expect(descendants(xml(TAB_NAMES.plan), 'row')).toHaveLength(400 + 2);
  expect(descendants(xml('Historik'), 'mergeCell')).toHaveLength(300);
  const merges = sheets.reduce((n, s) => n + descendants(xml(s.name), 'mergeCell').length, 0);
  expect(made.mergedRanges).toBe(merges);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const plan = book.getWorksheet(TAB_NAMES.plan)!;
  expect(plan.getCell('A3').value).toBe('Spridningsledare');
  expect(plan.getCell('G4').value).toEqual(expect.any(Number));
  expect(plan.getCell('F4').numFmt).toMatch(/^yyyy.*mm.*dd$/);
  expect(book.getWorksheet('Historik')!.getCell('B4').isMerged).toBe(true);
});

it('the defaults give about 10 MB, 60,000 rows in each activity tab and over 50,000 merged ranges', async () => {
  const file = path.join(dir, 'large.xlsx');
  const made = await writeLargeWorkbook(file);
  const size = fs.statSync(file).size;
  expect(size).toBe(made.bytes);
  expect(size).toBeGreaterThan(9_000_000);
  expect(size).toBeLessThan(12_000_000);
  expect(made.activityRows).toBe(60_000);
  expect(made.mergedRanges).toBeGreaterThan(50_000);
  // Unzipped, the XML is about seven times the file: a reader must not hold it all at once.
  let unzipped = 0;
  unzipSync(new Uint8Array(fs.readFileSync(file)), {
    filter: (f) => {
      unzipped += f.originalSize;
      return false;
    },
  });
  expect(unzipped).toBeGreaterThan(50_000_000);
});
