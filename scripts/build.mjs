// `npm run build`: the production build of what Excel loads, in dist/, for deployment at
// ADDIN_BASE_URL, with dist/manifest.xml pointing there: the task pane, the ribbon's function file,
// the support page, the icons and the manifest; no source maps, no workbench, no emulator.
// Fails (exit 1) with a Swedish + English message when ADDIN_BASE_URL is missing or not https, when
// webpack fails, when `localhost` survives in the built manifest, when the task pane's initial
// JavaScript exceeds its gzip budget, or when dist/ holds anything Excel does not load.
//
// `npm run build:workbench` (--workbench): the workbench (the pane against the Excel emulator, a
// page for trying the add-in without Excel) in dist-workbench/. It needs no ADDIN_BASE_URL.
//
//   ADDIN_BASE_URL=https://addins.region.example/spridningslogg/ npm run build
//   npm run build:workbench
//   node scripts/build.mjs [--workbench] --out <dir>      (another output folder; tests use this)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/** Every file under `dir`, as paths relative to it with '/' separators, with its size. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ name: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** What the add-in's dist/ may hold: Excel's pages, their scripts, the icons and the manifest. */
const ADDIN_FILES = [
  /^(taskpane|commands|support)\.html$/,
  /^manifest\.xml$/,
  /^assets\/icon-\d+\.png$/,
  /^[\w~.-]+\.[0-9a-f]{8}\.js$/,
  /^[\w~.-]+\.[0-9a-f]{8}\.js\.LICENSE\.txt$/,
];

/** Source folders whose code must never reach the add-in's bundles. */
const NOT_IN_ADDIN = ['src/host/', 'src/workbench/', 'src/cli/'];

/** Problems with what the add-in build put in `outDir` (empty when it holds only what Excel loads). */
function addinContentProblems(stats, outDir) {
  const problems = [];
  for (const f of filesUnder(outDir)) {
    if (!ADDIN_FILES.some((re) => re.test(f.name))) {
      problems.push([
        `${f.name} hör inte hemma i tilläggets bygge.`,
        `${f.name} does not belong in the add-in build.`,
      ]);
    }
  }
  const modules = stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? [];
  const names = new Set();
  const collect = (list) => {
    for (const m of list) {
      if (m.name) names.add(m.name.replace(/^\.\//, ''));
      if (m.modules) collect(m.modules);
    }
  };
  collect(modules);
  for (const name of names) {
    const folder = NOT_IN_ADDIN.find((f) => name.startsWith(f));
    if (folder) {
      problems.push([
        `${name} (${folder}) har kommit med i tilläggets JavaScript.`,
        `${name} (${folder}) ended up in the add-in's JavaScript.`,
      ]);
    }
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const workbench = args.includes('--workbench');
  const targetName = workbench ? 'workbench' : 'addin';
  const configFactory = require(join(ROOT, 'webpack.config.js'));
  const outIndex = args.indexOf('--out');
  const outDir =
    outIndex >= 0 && args[outIndex + 1]
      ? resolve(args[outIndex + 1])
      : join(ROOT, configFactory.TARGETS[targetName].outDir);

  let baseUrl;
  if (!workbench) {
    try {
      baseUrl = configFactory.deploymentBaseUrl(process.env.ADDIN_BASE_URL);
    } catch (err) {
      const [sv, en] = String(err.message).split('\n');
      fail(sv, en ?? '');
    }
    console.log(`Bygger tillägget för / Building the add-in for ${baseUrl} → ${outDir}`);
  } else {
    console.log(`Bygger arbetsbänken / Building the workbench → ${outDir}`);
  }

  const config = await configFactory({ outDir, target: targetName }, { mode: 'production' });
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

  const files = filesUnder(outDir);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);

  if (workbench) {
    const bench = entryGzip(stats, outDir, 'workbench');
    console.log(`\nArbetsbänken / Workbench initial JS (gzip): ${kb(bench.total)}`);
    console.log(`${outDir}: ${files.length} filer / files, ${kb(total)}`);
    console.log(`\n✓ Klart / Done: ${outDir}`);
    console.log(
      `  En statisk webbplats: lägg den på valfri webbserver (http eller https) och öppna workbench.html.\n` +
        `  A static site: host it on any web server (http or https) and open workbench.html.`,
    );
    return;
  }

  const manifestFile = join(outDir, 'manifest.xml');
  if (!existsSync(manifestFile)) fail(`${manifestFile} skapades inte.`, `${manifestFile} was not written.`);
  const manifest = readFileSync(manifestFile, 'utf8');
  if (manifest.toLowerCase().includes('localhost')) {
    fail(
      `dist/manifest.xml innehåller fortfarande "localhost": varje adress ska börja med ${baseUrl}.`,
      `dist/manifest.xml still contains "localhost": every URL must start with ${baseUrl}.`,
    );
  }

  const problems = addinContentProblems(stats, outDir);
  if (problems.length > 0) {
    for (const [sv, en] of problems) console.error(`  ${sv}\n  ${en}`);
    fail(
      `${outDir} ska bara innehålla det Excel laddar (åtgärdsfönstret, kommandona, supportsidan, ikonerna, manifestet).`,
      `${outDir} must hold only what Excel loads (the task pane, the commands, the support page, the icons, the manifest).`,
    );
  }

  const taskpane = entryGzip(stats, outDir, 'taskpane');
  console.log(`\nÅtgärdsfönstrets första laddning / Task pane initial JS (gzip): ${kb(taskpane.total)}`);
  for (const f of taskpane.files) console.log(`  ${f.name}: ${kb(f.gzip)}`);
  console.log(`${outDir}: ${files.length} filer / files, ${kb(total)}`);
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
