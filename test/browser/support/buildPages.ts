// Builds the add-in's pages once per test file with the project's own webpack config (F's
// webpack.config.js, development mode) into a fresh temporary folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

export async function buildPages(entries: string[] = ['workbench']): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-pages-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ outDir }, { mode: 'development' });
  const entry = config.entry as Record<string, string>;
  config.entry = Object.fromEntries(entries.map((e) => [e, entry[e]]));
  delete (config as { devServer?: unknown }).devServer;
  config.devtool = false;
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  return outDir;
}
