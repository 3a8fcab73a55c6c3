// bin/spridningslogg.js's last resort: when the CLI did not load, or failed outside its own error
// handling, one line in Swedish and English, the kind of error and never its text, exit code 1.
// The real bin file runs from a copy of the layout it expects (bin/, scripts/, src/cli/main.ts),
// with the part under test missing or failing.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../..');
let dir: string;

function run(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(dir, 'bin/spridningslogg.js'), 'check'], (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-last-resort-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.join(root, 'bin/spridningslogg.js'), path.join(dir, 'bin/spridningslogg.js'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const BOTH =
  /^spridningslogg: ett oväntat fel stoppade körningen \((\w+)\)\. \/ An unexpected error stopped the run \(\1\)\.\n$/;

test('the CLI cannot be loaded: one line in both languages naming the kind of error, exit 1', async () => {
  write('scripts/ts-register.cjs', `require(${JSON.stringify(path.join(root, 'scripts/ts-register.cjs'))});`);
  // no src/cli/main.ts
  const r = await run();
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(BOTH);
  expect(r.stderr).toContain('(MODULE_NOT_FOUND)');
});

test('the CLI fails outside its own error handling: the same line, without the error’s text', async () => {
  write('scripts/ts-register.cjs', `require(${JSON.stringify(path.join(root, 'scripts/ts-register.cjs'))});`);
  write(
    'src/cli/main.ts',
    `export async function main(): Promise<number> {
       throw Object.assign(new Error('Anna Lindqvist, VC Norr'), { code: 'EBROKEN' });
     }`,
  );
  const r = await run();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(BOTH);
  expect(r.stderr).toContain('(EBROKEN)');
  expect(r.stderr).not.toContain('Anna');
});
