// The production builds the `build` project's tests share, made once per jest run by
// test/setup/builds.ts: the add-in (what `npm run build` puts in dist/) and the workbench (what
// `npm run build:workbench` puts in dist-workbench/). They are made in the background while
// other tests run; a test waits here until the one it needs is done.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The deployment URL the shared add-in build is made for. */
export const BUILD_BASE_URL = 'https://addins.region.example/spridningslogg/';
/** The environment variable that names the folder of the shared builds. */
export const BUILDS_ENV = 'SPRIDNINGSLOGG_TEST_BUILDS';

export type BuildTarget = 'addin' | 'workbench';

export interface BuildRecord {
  target: BuildTarget;
  /** The output folder. */
  dir: string;
  /** scripts/build.mjs's exit code (0: built). */
  code: number | null;
  /** What scripts/build.mjs printed. */
  log: string;
  ms: number;
}

/** How long a test waits for a shared build (both run side by side on a shared machine). */
const WAIT_MS = 15 * 60 * 1000;

/** The record of one shared build, whether it succeeded or not; waits while it is being made. */
export async function buildRecord(target: BuildTarget): Promise<BuildRecord> {
  const root = process.env[BUILDS_ENV];
  if (!root) {
    throw new Error(
      `${BUILDS_ENV} is not set: the builds are made by the jest project "build" (jest.config.js, globalSetup test/setup/builds.ts). Run the test with npx jest <file>.`,
    );
  }
  const file = join(root, `${target}.json`);
  const end = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > end)
      throw new Error(`The ${target} build did not finish within ${WAIT_MS / 60000} minutes.`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
}

/** The output folder of a shared build; throws with the build's output when it failed. */
export async function builtDir(target: BuildTarget): Promise<string> {
  const record = await buildRecord(target);
  if (record.code !== 0) throw new Error(`The ${target} build failed (exit ${record.code}):\n${record.log}`);
  return record.dir;
}
