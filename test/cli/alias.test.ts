// `spridningslogg alias` as a process: "this text means HiS2" stored in the workbook's training
// catalogue (the settings, through the gateway), OUT written by the same rules as import and
// totals, and the log read with the alias from then on (check, totals).
import { execFile } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/spridningslogg.js');
const SWEDISH_ENV = { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, maxBuffer: 50 * 1024 * 1024, env: { ...process.env, ...SWEDISH_ENV } },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

const sha = (file: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(dir, file)))
    .digest('hex');

interface Checked {
  flags: { code: string; cell: string }[];
}
interface Totals {
  perTraining: Record<string, { planned: number }>;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-alias-'));
  fs.copyFileSync(path.join(root, 'assets/template.xlsx'), path.join(dir, 'in.xlsx'));
  // Erik's plan with one activity's training written as the coordinators' own name for HiS2.
  const text = fs
    .readFileSync(path.join(root, 'test/fixtures/plans/erik-johansson-plan.txt'), 'utf8')
    .replace('Migration och psykisk hälsa – för specialistpsykiatrin', 'Hälsoinfo-dagen');
  fs.writeFileSync(path.join(dir, 'erik.txt'), text);
  const imported = await cli([
    'import',
    '--workbook',
    'in.xlsx',
    '--out',
    'log.xlsx',
    '--round',
    'plan',
    '--json',
    'erik.txt',
  ]);
  expect(imported.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('alias', () => {
  it('an unknown training becomes HiS2 in the workbook: the flag goes, the totals count it', async () => {
    const before = JSON.parse((await cli(['check', '--workbook', 'log.xlsx', '--json'])).stdout) as Checked;
    expect(before.flags.filter((f) => f.code === 'unknown-training').map((f) => f.cell)).toEqual(['B5']);
    const untaught = JSON.parse((await cli(['totals', '--workbook', 'log.xlsx', '--json'])).stdout) as Totals;
    expect(untaught.perTraining.HiS2).toBeUndefined();

    const log = sha('log.xlsx');
    const r = await cli([
      'alias',
      '--workbook',
      'log.xlsx',
      '--training',
      'his2',
      '--text',
      '”Hälsoinfo-dagen”',
      '--out',
      'taught.xlsx',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('”Hälsoinfo-dagen” betyder nu HiS2');
    expect(r.stdout).toContain('Skrev taught.xlsx');
    expect(r.stdout).toContain('tilläggets inställningar');
    expect(sha('log.xlsx')).toBe(log); // the input is never written

    const after = JSON.parse((await cli(['check', '--workbook', 'taught.xlsx', '--json'])).stdout) as Checked;
    expect(after.flags.filter((f) => f.code === 'unknown-training')).toEqual([]);
    const totals = JSON.parse(
      (await cli(['totals', '--workbook', 'taught.xlsx', '--json'])).stdout,
    ) as Totals;
    expect(totals.perTraining.HiS2.planned).toBe(10); // "ca. 10"
  });

  it('a text that already means the training: nothing stored, an unchanged copy written (--json says so)', async () => {
    const r = await cli([
      'alias',
      '--workbook',
      'in.xlsx',
      '--training',
      'HiS2',
      '--text',
      'HiS 2',
      '--out',
      'same.xlsx',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      training: 'HiS2',
      alias: 'HiS 2',
      added: false,
      written: { file: 'same.xlsx', sheets: [], settings: false },
    });
    // Every part of the package as it was.
    const parts = (file: string) => unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, file))));
    expect(parts('same.xlsx')).toEqual(parts('in.xlsx'));
  });

  it('refusals exit 1 with what is wrong, and write nothing', async () => {
    const unknown = await cli([
      'alias',
      '--workbook',
      'in.xlsx',
      '--training',
      'HiS3',
      '--text',
      'x',
      '--out',
      'u.xlsx',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/ingen utbildning med koden ”HiS3”.*HiS13/);
    const other = await cli([
      'alias',
      '--workbook',
      'in.xlsx',
      '--training',
      'HiS2',
      '--text',
      'Lifespan Integration',
      '--out',
      'u.xlsx',
    ]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('läses redan som HiS8');
    expect(fs.existsSync(path.join(dir, 'u.xlsx'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'taken.xlsx'), 'keep me');
    const taken = await cli([
      'alias',
      '--workbook',
      'in.xlsx',
      '--training',
      'HiS2',
      '--text',
      'x',
      '--out',
      'taken.xlsx',
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('--force');
    expect(fs.readFileSync(path.join(dir, 'taken.xlsx'), 'utf8')).toBe('keep me');
    const usage = await cli(['alias', '--workbook', 'in.xlsx', '--training', 'HiS2', '--out', 'u.xlsx']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--text saknas');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli([
      'alias',
      '--workbook',
      'log.xlsx',
      '--training',
      'HiS2',
      '--text',
      'Hälsoinfo-dagen',
      '--out',
      'en.xlsx',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^“Hälsoinfo-dagen” now means HiS2/);
  });
});
