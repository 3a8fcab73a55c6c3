// Builds the add-in's pages once per test file with the project's own webpack config (F's
// webpack.config.js, development mode) into a fresh temporary folder.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export async function buildPages(entries: string[] = ['workbench']): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-pages-'));
  const script = path.join(__dirname, 'build-pages.cjs');
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [script, outDir, ...entries],
      { cwd: path.resolve(__dirname, '../../..'), maxBuffer: 20 * 1024 * 1024 },
      (err, _out, stderr) => (err ? reject(new Error(`webpack build failed:\n${stderr}`)) : resolve()),
    );
  });
  return outDir;
}
