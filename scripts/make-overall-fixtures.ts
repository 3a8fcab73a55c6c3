// Writes the overall-plan .xlsx fixtures (test/fixtures/overall/*.xlsx) from the JSON sheets
// beside them: the same values and merged areas, as a coordinator's own file would hold them.
// messy.xlsx also has an instruction sheet first, so the reader must pick the right sheet.
// Run: node -r ./scripts/ts-register.cjs scripts/make-overall-fixtures.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'overall');

interface SheetJson {
  sheet: string;
  firstRow: number;
  firstCol: number;
  values: (string | number | boolean | null)[][];
  merges: string[];
}

function addSheet(book: ExcelJS.Workbook, s: SheetJson): void {
  const ws = book.addWorksheet(s.sheet);
  s.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === '' || v === null) return;
      ws.getCell(s.firstRow + i, s.firstCol + j + 1).value = v;
    }),
  );
  for (const m of s.merges) ws.mergeCells(m.includes('!') ? m.slice(m.lastIndexOf('!') + 1) : m);
  ws.getColumn(s.firstCol + 1).width = 40;
}

async function main(): Promise<void> {
  const written: string[] = [];
  for (const name of ['clean', 'messy', 'offset']) {
    const s = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as SheetJson;
    const book = new ExcelJS.Workbook();
    // Fixed dates: the same bytes each run (apart from the zip's own timestamps).
    book.created = book.modified = new Date('2017-01-01T00:00:00Z');
    if (name === 'messy') {
      const info = book.addWorksheet('Läs mig');
      info.getCell('A1').value =
        'Den här filen innehåller regionens övergripande spridningsplan på nästa blad.';
    }
    addSheet(book, s);
    const file = path.join(DIR, `${name}.xlsx`);
    await book.xlsx.writeFile(file);
    written.push(path.relative(process.cwd(), file));
  }
  // A workbook without any overall plan (a log's contacts only): the reader must say so.
  const other = new ExcelJS.Workbook();
  const ws = other.addWorksheet('Kontakter');
  ws.addRow(['Namn', 'E-post', 'Telefon']);
  ws.addRow(['Anna Lindqvist', 'anna.lindqvist@example.se', '070-111 11 11']);
  const file = path.join(DIR, 'no-plan.xlsx');
  await other.xlsx.writeFile(file);
  written.push(path.relative(process.cwd(), file));
  console.log(`Wrote ${written.join(', ')}`);
}

void main();
