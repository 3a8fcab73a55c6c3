// Runs the CLI as a process, exactly as `npx spridningslogg …` does after `npm ci`, on fixture
// files, and checks its JSON, its exit codes and the .xlsx files it writes.
import { execFile } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { FLAG_CODES } from '../../src/core/model';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/spridningslogg.js');
const template = path.join(root, 'assets/template.xlsx');
const overall = path.join(root, 'test/fixtures/overall/clean.xlsx');
const plans = path.join(root, 'test/fixtures/plans');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A Swedish locale unless a test says otherwise, whatever the machine running the tests has. */
const SWEDISH_ENV = { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

function cli(args: string[], env: Record<string, string> = SWEDISH_ENV): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, maxBuffer: 50 * 1024 * 1024, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function sheetRows(file: string, sheetName: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-cli-'));
  fs.copyFileSync(template, path.join(dir, 'in.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('import', () => {
  let first: Run;
  let firstJson: {
    imported: { person: string; tab: string; rowsWritten: number; rowsReplaced: number }[];
    problems: unknown[];
    flags: { code: string }[];
    totals: { grandTotal: { planned: number; goal: number } };
  };
  const inputs = () => [
    path.join(plans, 'anna-lindqvist-plan.docx'),
    path.join(plans, 'erik-johansson-plan.html'),
    path.join(plans, 'erik-johansson-plan.txt'),
  ];

  beforeAll(async () => {
    const before = sha(path.join(dir, 'in.xlsx'));
    first = await cli([
      'import',
      '--workbook',
      'in.xlsx',
      '--out',
      'out.xlsx',
      '--round',
      'plan',
      '--overall',
      overall,
      '--json',
      ...inputs(),
    ]);
    expect(sha(path.join(dir, 'in.xlsx'))).toBe(before); // IN.xlsx is never written
  });

  it('imports a .docx and a two-flavour paste, prints the contract JSON and writes OUT.xlsx', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    firstJson = JSON.parse(first.stdout) as typeof firstJson;
    expect(firstJson.imported.map((i) => i.person).sort()).toEqual(['Anna Lindqvist', 'Erik Johansson']);
    for (const entry of firstJson.imported) {
      expect(entry.tab).toBe('3.a Saml pers spr-plan PLAN');
      expect(entry.rowsWritten).toBeGreaterThan(0);
      expect(entry.rowsReplaced).toBe(0);
    }
    expect(Array.isArray(firstJson.problems)).toBe(true);
    for (const f of firstJson.flags) expect(FLAG_CODES).toContain(f.code);
    // Bo Ek and Cecilia Berg are in the overall plan but sent nothing: the reminder list.
    expect(firstJson.flags.filter((f) => f.code === 'plan-not-received').length).toBeGreaterThanOrEqual(2);
    expect(firstJson.totals.grandTotal.goal).toBe(90);
    expect(firstJson.totals.grandTotal.planned).toBeGreaterThan(0);

    const rows = await sheetRows(path.join(dir, 'out.xlsx'), '3.a Saml pers spr-plan PLAN');
    const written = rows.filter((r) => r.some((v) => v === 'Anna Lindqvist'));
    const anna = firstJson.imported.find((i) => i.person === 'Anna Lindqvist')!;
    expect(written).toHaveLength(anna.rowsWritten);
    const contacts = await sheetRows(path.join(dir, 'out.xlsx'), '2. Saml kontaktuppg');
    expect(contacts.filter((r) => r.includes('Erik Johansson'))).toHaveLength(1);
  });

  it('re-importing the same plans replaces those rows instead of duplicating them', async () => {
    const again = await cli([
      'import',
      '--workbook',
      'out.xlsx',
      '--out',
      'out2.xlsx',
      '--round',
      'plan',
      '--json',
      ...inputs(),
    ]);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as typeof firstJson;
    for (const entry of json.imported) {
      const before = firstJson.imported.find((i) => i.person === entry.person)!;
      expect(entry.rowsReplaced).toBe(before.rowsWritten);
    }
    const a = await sheetRows(path.join(dir, 'out.xlsx'), '3.a Saml pers spr-plan PLAN');
    const b = await sheetRows(path.join(dir, 'out2.xlsx'), '3.a Saml pers spr-plan PLAN');
    expect(b).toHaveLength(a.length);
    const contacts = await sheetRows(path.join(dir, 'out2.xlsx'), '2. Saml kontaktuppg');
    expect(contacts.filter((r) => r.includes('Anna Lindqvist'))).toHaveLength(1);
  });

  it('check --json reports the flags of the written log, round by round', async () => {
    const r = await cli([
      'check',
      '--workbook',
      'out.xlsx',
      '--overall',
      overall,
      '--round',
      'plan',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const { flags } = JSON.parse(r.stdout) as { flags: Record<string, unknown>[] };
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(Object.keys(f).sort()).toEqual(
        ['cell', 'code', 'handled', 'message', 'person', 'round', 'severity', 'sheet', 'training'].sort(),
      );
      expect(f.round).toBe('plan');
      expect(typeof f.message).toBe('string');
    }
    const reminders = flags.filter((f) => f.code === 'plan-not-received').map((f) => f.person);
    expect(reminders).toEqual(expect.arrayContaining(['Bo Ek', 'Cecilia Berg']));
    expect(reminders).not.toContain('Anna Lindqvist');
  });

  it('check --lang en prints the flags in English; an English locale does the same without --lang', async () => {
    const args = ['check', '--workbook', 'out.xlsx', '--overall', overall, '--round', 'plan'];
    const en = await cli([...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toMatch(/^Compared with the overall spread plan in the file .*\n\d+ flags:\n/);
    expect(en.stdout).toContain('Flag');
    expect(en.stdout).toMatch(
      /Bo Ek is in the overall spread plan but has no rows in tab “3\.a Saml pers spr-plan PLAN”/,
    );
    expect(en.stdout).not.toMatch(/\b(och|inte|finns|fliken|saknar|flaggor|Flagga|Antal)\b/);
    const sv = await cli(args);
    expect(sv.stdout).toMatch(/^Jämförd med den övergripande spridningsplanen i filen .*\n\d+ flaggor:\n/);
    expect(sv.stdout).toContain(
      'Bo Ek finns i den övergripande spridningsplanen men har inga rader i fliken',
    );
    expect(sv.stdout.split('\n').length).toBe(en.stdout.split('\n').length);
    const byLocale = await cli(args, { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    expect(byLocale.stdout).toBe(en.stdout);
    const json = await cli([...args, '--lang', 'en', '--json']);
    const { flags } = JSON.parse(json.stdout) as { flags: { code: string; message: string }[] };
    expect(flags.find((f) => f.code === 'plan-not-received')!.message).toMatch(
      /is in the overall spread plan/,
    );
  });

  it('totals --json prints the numbers and --out writes the summary tab with live formulas', async () => {
    const r = await cli([
      'totals',
      '--workbook',
      'out.xlsx',
      '--overall',
      overall,
      '--out',
      'sum.xlsx',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as {
      perTraining: Record<
        string,
        { goal: number; planned: number; reachedAterrap1: number; reachedAterrap2: number }
      >;
      perPerson: Record<string, { planned: number }>;
      perUnit: Record<string, unknown>;
      grandTotal: { goal: number; planned: number };
    };
    const sum = (k: 'goal' | 'planned') => Object.values(t.perTraining).reduce((s, v) => s + v[k], 0);
    expect(sum('planned')).toBe(t.grandTotal.planned);
    expect(sum('goal')).toBe(t.grandTotal.goal);
    expect(t.grandTotal.planned).toBe(firstJson.totals.grandTotal.planned);
    expect(t.perPerson['Anna Lindqvist']?.planned).toBeGreaterThan(0);
    expect(Object.keys(t.perUnit).length).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'sum.xlsx'));
    const summary = wb.getWorksheet('4. Sammanställning');
    expect(summary).toBeDefined();
    let formulas = 0;
    summary!.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)));
    expect(formulas).toBeGreaterThan(10);
  });

  it('prints readable tables without --json', async () => {
    const r = await cli(['totals', '--workbook', 'out.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Per utbildning');
    expect(r.stdout).toContain('räknas två gånger');
  });
});

describe('exit codes and messages', () => {
  it('wrong usage exits 2 with a Swedish message and the usage text', async () => {
    const r = await cli(['import', '--workbook', 'in.xlsx', '--round', 'plan', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
    expect(r.stderr).toContain('Användning');
  });

  it('wrong usage in English with --lang en or an English locale; a bad --lang is said in the locale’s language', async () => {
    const args = ['import', '--workbook', 'in.xlsx', '--round', 'plan', 'x.docx'];
    const en = await cli([...args, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('spridningslogg: --out OUT.xlsx is missing (IN.xlsx is never overwritten).');
    expect(en.stderr).toContain('Usage:');
    expect(en.stderr).not.toContain('Användning');
    const locale = await cli(args, { LANG: '', LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8' });
    expect(locale.stderr).toBe(en.stderr);
    const bad = await cli(['check', '--workbook', 'in.xlsx', '--lang', 'fi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang ”fi” finns inte. Välj sv eller en.');
    const help = await cli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
  });

  it('--out naming the input by another spelling, or an existing file without --force, exits 1 and writes nothing', async () => {
    const before = sha(path.join(dir, 'in.xlsx'));
    const plan = path.join(plans, 'anna-lindqvist-plan.docx');
    const same = await cli([
      'import',
      '--workbook',
      'in.xlsx',
      '--out',
      path.join(dir, 'in.xlsx'),
      '--round',
      'plan',
      '--force',
      plan,
    ]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('samma fil');
    expect(sha(path.join(dir, 'in.xlsx'))).toBe(before);
    fs.writeFileSync(path.join(dir, 'taken.xlsx'), 'keep me');
    const taken = await cli(['totals', '--workbook', 'in.xlsx', '--out', './taken.xlsx']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('--force');
    expect(fs.readFileSync(path.join(dir, 'taken.xlsx'), 'utf8')).toBe('keep me');
    const forced = await cli(['totals', '--workbook', 'in.xlsx', '--out', './taken.xlsx', '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'taken.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('a missing workbook exits 1 naming the file', async () => {
    const r = await cli(['check', '--workbook', 'finns-inte.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('finns-inte.xlsx');
    expect(r.stderr).toContain('finns inte');
  });

  it('a workbook that is not .xlsx exits 1 naming the file', async () => {
    fs.writeFileSync(path.join(dir, 'fake.xlsx'), 'det här är ingen arbetsbok');
    const r = await cli(['totals', '--workbook', 'fake.xlsx', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fake.xlsx');
    expect(r.stdout).toBe('');
  });

  it('an unreadable plan exits 1 naming it, and no OUT file is written', async () => {
    const bad = fs.readdirSync(path.join(plans, 'bad')).find((f) => f.endsWith('.docx'))!;
    const r = await cli([
      'import',
      '--workbook',
      'in.xlsx',
      '--out',
      'never.xlsx',
      '--round',
      'plan',
      path.join(plans, 'anna-lindqvist-plan.docx'),
      path.join(plans, 'bad', bad),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(bad);
    expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
  });
});
