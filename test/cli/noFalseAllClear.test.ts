// No false all-clear (issue 16, point 5): `check` on a workbook that is no spread log exits 1 and
// says what is missing and what to do; a check without an overall plan (no --overall and the
// log's overall-plan tab empty) says that nothing was compared instead of "no flags: the log
// agrees with the overall plan"; with one, the all-clear names what it compared with.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/spridningslogg.js');
const SWEDISH_ENV = { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
let dir: string;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, env: { ...process.env, ...SWEDISH_ENV } },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-cli-clear-'));
  fs.copyFileSync(path.join(root, 'assets/template.xlsx'), path.join(dir, 'template.xlsx'));
  fs.copyFileSync(path.join(root, 'test/fixtures/overall/clean.xlsx'), path.join(dir, 'overall.xlsx'));
  // Any workbook: a budget with one sheet, nothing of the log.
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Budget').addRows([
    ['Post', 'Belopp'],
    ['Hyra', 12000],
  ]);
  await other.xlsx.writeFile(path.join(dir, 'budget.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ALL_CLEAR = /Inga flaggor: loggen stämmer/;

test('a workbook without the log’s tabs exits 1 naming the tabs and what to do — also with --overall', async () => {
  for (const extra of [[], ['--overall', 'overall.xlsx']]) {
    const r = await cli(['check', '--workbook', 'budget.xlsx', ...extra]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^spridningslogg: Arbetsboken har ingen av spridningsloggens flikar \(”3\.a Saml pers spr-plan PLAN”, ”3\.b Saml pers spr-plan ÅTERRAP1”, ”3\.c Saml pers spr-plan ÅTERRAP2”\), så den kan inte kontrolleras\. Öppna den samlade spridningsloggen/,
    );
    expect(r.stderr).not.toMatch(ALL_CLEAR);
  }
  const json = await cli(['check', '--workbook', 'budget.xlsx', '--json']);
  expect(json.code).toBe(1);
  expect(json.stdout).toBe('');
});

test('without any overall plan the check says nothing was compared, never that the log agrees', async () => {
  // The template: every tab, an empty overall-plan tab, no rows.
  const r = await cli(['check', '--workbook', 'template.xlsx']);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(ALL_CLEAR);
  expect(r.stdout).toContain(
    'Ingen övergripande spridningsplan att jämföra med: fliken ”1. Övergripande spridningsplan” har inga uppdrag.',
  );
  expect(r.stdout).toContain(
    'Inga flaggor på loggens rader. Det säger inget om hur loggen stämmer med den övergripande planen, eftersom ingen sådan plan jämfördes.',
  );
  const json = JSON.parse((await cli(['check', '--workbook', 'template.xlsx', '--json'])).stdout) as {
    overallPlan: unknown;
    flags: unknown[];
  };
  expect(json.overallPlan).toEqual({ kind: 'none', tab: '1. Övergripande spridningsplan' });
});

test('with an overall plan the result names it; the all-clear only when nothing is flagged', async () => {
  const r = await cli(['check', '--workbook', 'template.xlsx', '--overall', 'overall.xlsx']);
  expect(r.code).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe(
    'Jämförd med den övergripande spridningsplanen i filen ”overall.xlsx” (bladet ”1. Övergripande spridningsplan”).',
  );
  // Nobody's plan has arrived in the empty template: the plan round is checked and says so.
  expect(r.stdout).toMatch(/\d+ flaggor:/);
  expect(r.stdout).toContain('plan-not-received');
  expect(r.stdout).not.toMatch(ALL_CLEAR);
});
