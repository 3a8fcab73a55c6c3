// The task pane's production bundle: one production build (the project's webpack config, as
// scripts/build.mjs runs it) into a temporary folder; the gzip size (level 9) of the taskpane
// entry's initial JavaScript, and of each lazy chunk it can load later.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');
export const BUNDLE_BASE_URL = 'https://addins.region.example/spridningslogg/';

export interface ChunkSize {
  files: string[];
  names: string[];
  gzipBytes: number;
}

export interface BundleResult {
  outDir: string;
  buildMs: number;
  initial: { files: { name: string; gzipBytes: number }[]; gzipBytes: number };
  lazy: ChunkSize[];
}

function gzipOf(dir: string, file: string): number {
  return gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
}

export async function buildTaskpane(): Promise<BundleResult> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-bench-dist-'));
  process.env.ADDIN_BASE_URL = BUNDLE_BASE_URL;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as (
    env: unknown,
    argv: unknown,
  ) => Promise<webpack.Configuration>;
  const config = await factory({ outDir }, { mode: 'production' });
  const t = performance.now();
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
  );
  const buildMs = performance.now() - t;
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const json = stats.toJson({ all: false, entrypoints: true });
  const entry = json.entrypoints?.taskpane;
  if (!entry) throw new Error('the webpack config has no taskpane entry');
  const initialFiles = (entry.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  const files = initialFiles.map((name) => ({ name, gzipBytes: gzipOf(outDir, name) }));
  // Lazy chunks the taskpane can load later: every async chunk reachable from its initial chunks.
  const entrypoint = stats.compilation.entrypoints.get('taskpane');
  const asyncChunks = new Set<webpack.Chunk>();
  for (const c of entrypoint?.chunks ?? []) for (const a of c.getAllAsyncChunks()) asyncChunks.add(a);
  const lazy: ChunkSize[] = [];
  for (const c of asyncChunks) {
    const js = [...c.files].filter((f) => f.endsWith('.js') && !initialFiles.includes(f));
    if (js.length === 0) continue;
    lazy.push({
      files: js,
      names: c.name ? [c.name] : [],
      gzipBytes: js.reduce((sum, f) => sum + gzipOf(outDir, f), 0),
    });
  }
  return {
    outDir,
    buildMs,
    initial: { files, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) },
    lazy,
  };
}
