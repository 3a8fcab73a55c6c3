// What the CLI says when the workbook or the overall-plan file cannot be used: the excel layer's
// message rendered as a sentence naming the tab or the file (never a bare code, never a stack),
// exit code 1.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/spridningslogg.js');
let dir: string;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-cli-errors-'));
  fs.copyFileSync(path.join(root, 'assets/template.xlsx'), path.join(dir, 'in.xlsx'));
  fs.copyFileSync(path.join(root, 'test/fixtures/overall/no-plan.xlsx'), path.join(dir, 'no-plan.xlsx'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'in.xlsx'));
  book.removeWorksheet(book.getWorksheet('3.b Saml pers spr-plan ÅTERRAP1')!.id);
  await book.xlsx.writeFile(path.join(dir, 'no-report1.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('an overall-plan file without an overall plan: what is wrong with which file, what to do', async () => {
  const r = await cli(['check', '--workbook', 'in.xlsx', '--overall', 'no-plan.xlsx']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^spridningslogg: no-plan\.xlsx: Filen ”no-plan\.xlsx” kan inte användas som övergripande spridningsplan: inget av dess blad .* Kontrollera att du valt rätt fil/,
  );
  expect(r.stdout).toBe('');
});

test('a round tab that is missing is named, with what to do', async () => {
  const r = await cli(['check', '--workbook', 'no-report1.xlsx', '--round', 'aterrap1']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^spridningslogg: Fliken ”3\.b Saml pers spr-plan ÅTERRAP1” finns inte i arbetsboken\. Skapa den/,
  );
  expect(r.stderr).not.toMatch(/missing-tab|workbook-tab-missing|oväntat/);
});
