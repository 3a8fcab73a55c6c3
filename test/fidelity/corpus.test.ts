// Every workbook of the fidelity corpus through the CLI as a process (`import` of one or two
// plans, `totals --out`), each output compared with its input by the harness: nothing may differ
// but what the command wrote (issue 18, point 6).
//
// The CLI writes the file it read with the import's changes patched in (src/host/xlsx). A case
// that fails for a reason outside the file writer is listed in FAILING_TODAY with the reason and
// runs as `it.failing` (the suite stays green, and a listed case that starts to pass fails the
// suite until it is taken off the list).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { comparePackages, formatDifferences } from './compare';
import {
  CORPUS_DIR,
  importChanges,
  readCorpus,
  storedValue,
  todaySerial,
  totalsChanges,
  type CorpusEntry,
  type ImportReport,
} from './corpus';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/spridningslogg.js');
const plans = path.join(root, 'test/fixtures/plans');

/** Cases that fail with today's add-in, by "<file> <case>", with the reason. */
export const FAILING_TODAY: Record<string, string> = {};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, maxBuffer: 50 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** `it`, or `it.failing` for a case of FAILING_TODAY. */
function test(entry: CorpusEntry, name: string, fn: () => void): void {
  const key = `${entry.file} ${name}`;
  if (FAILING_TODAY[key] !== undefined) it.failing(`${name} (in FAILING_TODAY)`, fn);
  else it(name, fn);
}

const corpus = readCorpus();
let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-fidelity-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

it('lists only cases that exist', () => {
  const cases = new Set(
    corpus.flatMap((e) => [
      `${e.file} import`,
      `${e.file} totals --out`,
      ...(e.dateSystem === 1904 ? [`${e.file} dates in the 1904 system`] : []),
    ]),
  );
  expect(Object.keys(FAILING_TODAY).filter((k) => !cases.has(k))).toEqual([]);
});

describe.each(corpus.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  const input = () => new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, file)));
  const ext = path.extname(file);
  let imported: Run;
  let totals: Run;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(work, 'case-'));
    fs.copyFileSync(path.join(CORPUS_DIR, file), path.join(dir, `in${ext}`));
    const inputs = entry.import.plans.map((p) => path.join(plans, p));
    imported = await cli(
      [
        'import',
        '--workbook',
        `in${ext}`,
        '--out',
        `imported${ext}`,
        '--round',
        entry.import.round,
        '--json',
        ...inputs,
      ],
      dir,
    );
    totals = await cli(['totals', '--workbook', `in${ext}`, '--out', `totals${ext}`, '--json'], dir);
  });

  test(entry, 'import', () => {
    expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(imported.stdout) as ImportReport;
    expect(report.imported.map((p) => p.person)).toHaveLength(entry.import.plans.length);
    const output = new Uint8Array(fs.readFileSync(path.join(dir, `imported${ext}`)));
    const diffs = comparePackages(input(), output, importChanges(entry, report));
    expect(formatDifferences(diffs)).toBe('no differences');
  });

  test(entry, 'totals --out', () => {
    expect({ code: totals.code, stderr: totals.stderr }).toEqual({ code: 0, stderr: '' });
    const output = new Uint8Array(fs.readFileSync(path.join(dir, `totals${ext}`)));
    const diffs = comparePackages(input(), output, totalsChanges());
    expect(formatDifferences(diffs)).toBe('no differences');
  });

  if (entry.dateSystem === 1904) {
    test(entry, 'dates in the 1904 system', () => {
      expect(imported.code).toBe(0);
      const output = new Uint8Array(fs.readFileSync(path.join(dir, `imported${ext}`)));
      // The new contact row's "Plan inkommen (datum)" (column H) is the day of the import.
      const contacts = entry.tabs.contacts;
      const cell = `H${contacts.lastDataRow + 1}`;
      expect(Number(storedValue(output, contacts.sheet, cell))).toBe(todaySerial(1904));
    });
  }
});
