// `npm run build`: the production bundle in dist/ for deployment at ADDIN_BASE_URL, with
// dist/manifest.xml pointing there. Fails (exit 1) with a Swedish + English message when
// ADDIN_BASE_URL is missing or not https, when webpack fails, when `localhost` survives in the
// built manifest, or when the task pane's initial JavaScript exceeds its gzip budget.
//
//   ADDIN_BASE_URL=https://addins.region.example/spridningslogg/ npm run build
//   node scripts/build.mjs --out <dir>      (another output folder; tests use this)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The task pane's first load (all initial JS of the `taskpane` entry), gzip level 9. */
export const TASKPANE_BUDGET_BYTES = 300 * 1024;

function fail(sv, en) {
  console.error(`\n✗ ${sv}\n  ${en}`);
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function runWebpack(config) {
  return new Promise((resolvePromise, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else resolvePromise(stats);
    });
  });
}

/** Gzip size of the initial JS files of one entry point. */
function entryGzip(stats, outDir, entry) {
  const json = stats.toJson({ all: false, entrypoints: true });
  const assets = (json.entrypoints?.[entry]?.assets ?? [])
    .map((a) => a.name)
    .filter((n) => n.endsWith('.js'));
  const files = assets.map((name) => ({
    name,
    gzip: gzipSync(readFileSync(join(outDir, name)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

async function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(ROOT, 'dist');

  const configFactory = require(join(ROOT, 'webpack.config.js'));
  let baseUrl;
  try {
    baseUrl = configFactory.deploymentBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (err) {
    const [sv, en] = String(err.message).split('\n');
    fail(sv, en ?? '');
  }

  console.log(`Bygger för / Building for ${baseUrl} → ${outDir}`);
  const config = await configFactory({ outDir }, { mode: 'production' });
  let stats;
  try {
    stats = await runWebpack(config);
  } catch (err) {
    fail(`webpack kunde inte köras: ${err.message}`, `webpack could not run: ${err.message}`);
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    fail('Bygget misslyckades: se felen ovan.', 'The build failed: see the errors above.');
  }
  if (stats.hasWarnings()) console.warn(stats.toString({ all: false, warnings: true, colors: false }));

  const manifestFile = join(outDir, 'manifest.xml');
  if (!existsSync(manifestFile)) fail(`${manifestFile} skapades inte.`, `${manifestFile} was not written.`);
  const manifest = readFileSync(manifestFile, 'utf8');
  if (manifest.toLowerCase().includes('localhost')) {
    fail(
      `dist/manifest.xml innehåller fortfarande "localhost": varje adress ska börja med ${baseUrl}.`,
      `dist/manifest.xml still contains "localhost": every URL must start with ${baseUrl}.`,
    );
  }

  const taskpane = entryGzip(stats, outDir, 'taskpane');
  console.log(`\nÅtgärdsfönstrets första laddning / Task pane initial JS (gzip): ${kb(taskpane.total)}`);
  for (const f of taskpane.files) console.log(`  ${f.name}: ${kb(f.gzip)}`);
  const workbench = entryGzip(stats, outDir, 'workbench');
  console.log(`Arbetsbänken / Workbench initial JS (gzip): ${kb(workbench.total)}`);
  if (taskpane.total > TASKPANE_BUDGET_BYTES) {
    fail(
      `Åtgärdsfönstrets första laddning är ${kb(taskpane.total)} gzip, över gränsen ${kb(TASKPANE_BUDGET_BYTES)}: ladda tunga delar med import().`,
      `The task pane's initial JS is ${kb(taskpane.total)} gzip, over the ${kb(TASKPANE_BUDGET_BYTES)} budget: load heavy parts with import().`,
    );
  }
  console.log(`\n✓ Klart / Done: ${outDir} (manifest: ${manifestFile})`);
  console.log(
    `  Lägg innehållet i ${outDir} på ${baseUrl} och ladda upp manifest.xml i Microsoft 365 administrationscenter → Integrerade appar.\n` +
      `  Host the contents of ${outDir} at ${baseUrl} and upload manifest.xml in the Microsoft 365 admin center → Integrated apps.`,
  );
}

main().catch((err) => {
  console.error(err?.stack ?? err);
  process.exit(1);
});
