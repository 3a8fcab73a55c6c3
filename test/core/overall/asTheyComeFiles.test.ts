// Overall plans as they come, as .xlsx files LibreOffice wrote (test/fixtures/overall/
// make-as-they-come.ts): read through the same path as a file picked in the pane or given to the
// CLI (the bounded reader, the sheet picked, merged areas), they give exactly the expected assignments and
// report exactly the rows outside the table.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { overallFromSheet, pickOverallSheet, readXlsxSheets } from '../../../src/excel/overallFile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const dir = path.join(__dirname, '../../fixtures/overall');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

interface Expected {
  sheet: string;
  assignments: { person: string; training: string; unit: string; goal: number; row: number }[];
  skippedRows: number[];
}

const SKIPPED = [
  'overall-row-note',
  'overall-row-not-a-name',
  'overall-row-name-only',
  'overall-other-table',
];

test('there are LibreOffice-written overall plans', () => expect(files.length).toBeGreaterThanOrEqual(2));

describe.each(files)('%s', (file) => {
  it('reads the assignments and reports the rows outside the table', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Expected;
    const name = file.replace('.expected.json', '.xlsx');
    const sheets = readXlsxSheets(new Uint8Array(fs.readFileSync(path.join(dir, name))), name);
    const sheet = pickOverallSheet(sheets, name);
    expect(sheet.sheet).toBe(expected.sheet);
    const reading = overallFromSheet(sheet, DEFAULT_SETTINGS);
    expect(
      reading.assignments.map((a) => ({
        person: a.person,
        training: a.training.code,
        unit: a.unit,
        goal: a.goal.value,
        row: a.row,
      })),
    ).toEqual(expected.assignments);
    expect(reading.problems.filter((p) => SKIPPED.includes(p.code)).map((p) => p.where.row)).toEqual(
      expected.skippedRows,
    );
    expect(reading.problems.filter((p) => !SKIPPED.includes(p.code))).toEqual([]);
  });
});
