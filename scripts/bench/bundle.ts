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

interface StatsChunk {
  id: string | number;
  initial: boolean;
  files?: string[];
  names?: string[];
  children?: (string | number)[];
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
  const json = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkRelations: true });
  const entry = json.entrypoints?.taskpane;
  if (!entry) throw new Error('the webpack config has no taskpane entry');
  const initialFiles = (entry.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  const files = initialFiles.map((name) => ({ name, gzipBytes: gzipOf(outDir, name) }));
  // Lazy chunks the taskpane can reach: children of its initial chunks, transitively.
  const chunks = (json.chunks ?? []) as StatsChunk[];
  const byId = new Map(chunks.map((c) => [String(c.id), c]));
  const seen = new Set<string>();
  const queue = (entry.chunks ?? []).map(String);
  const lazy: ChunkSize[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const c = byId.get(id);
    if (!c) continue;
    for (const child of c.children ?? []) {
      const key = String(child);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(key);
      const cc = byId.get(key);
      if (!cc || cc.initial) continue;
      const js = (cc.files ?? []).filter((f) => f.endsWith('.js') && !initialFiles.includes(f));
      if (js.length === 0) continue;
      lazy.push({
        files: js,
        names: cc.names ?? [],
        gzipBytes: js.reduce((s, f) => s + gzipOf(outDir, f), 0),
      });
    }
  }
  return {
    outDir,
    buildMs,
    initial: { files, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) },
    lazy,
  };
}
