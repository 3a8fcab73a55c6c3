// Jest globalSetup of the `build` project: the two production builds its tests look at, made once
// per run (they used to be made once per test file): `npm run build` (the add-in, as deployed at
// BUILD_BASE_URL) and `npm run build:workbench`, both through scripts/build.mjs as a developer
// runs them, into one temporary folder. They start here and run in the background: the test
// sequencer (test/setup/sequencer.cjs) puts the build project's files last, so the other projects'
// tests run meanwhile, and test/browser/support/builds.ts waits for a build where a test needs it.
// A failed build does not stop the run: its exit code and output are recorded, and the tests that
// need it fail with that output. test/setup/builds-teardown.ts stops what still runs and removes
// the folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_BASE_URL, BUILDS_ENV, type BuildRecord, type BuildTarget } from '../browser/support/builds';

const ROOT = resolve(__dirname, '..', '..');

/** The builds still running, for the teardown: a global, which jest hands from globalSetup to globalTeardown. */
const RUNNING = '__spridningsloggRunningBuilds';
const running = new Set<ChildProcess>();
(globalThis as Record<string, unknown>)[RUNNING] = running;

function build(root: string, target: BuildTarget): void {
  const dir = join(root, target === 'addin' ? 'dist' : 'dist-workbench');
  const args = [
    join(ROOT, 'scripts', 'build.mjs'),
    ...(target === 'workbench' ? ['--workbench'] : []),
    '--out',
    dir,
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BUILD_BASE_URL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (log += d.toString('utf8')));
  const record = (code: number | null, extra = '') => {
    // Stopped by the teardown (a run that did not need this build): its folder is gone, nobody reads it.
    if (!running.delete(child)) return;
    const r: BuildRecord = { target, dir, code, log: `${log}${extra}`, ms: Date.now() - started };
    // Written whole, then renamed: a reader never sees half a record.
    const file = join(root, `${target}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(r));
    renameSync(`${file}.tmp`, file);
  };
  child.once('error', (err) => record(null, String(err)));
  child.once('close', (code) => record(code));
}

export default function startBuilds(): void {
  const root = mkdtempSync(join(tmpdir(), 'spridningslogg-builds-'));
  build(root, 'addin');
  build(root, 'workbench');
  process.env[BUILDS_ENV] = root;
}
