// `npm run build` (scripts/build.mjs + webpack.config.js): refuses a missing or non-https
// ADDIN_BASE_URL, and a real production build gives a deployable dist/ holding only what Excel
// loads: manifest on the deployment origin, pages loading Office.js as they must, the task pane's
// first load in budget, no source maps, no workbench, no emulator. `npm run build:workbench` gives
// the workbench its own folder. The two builds are the `build` project's shared ones
// (test/setup/builds.ts), made by scripts/build.mjs as a developer runs it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { BUILD_BASE_URL, buildRecord, builtDir } from '../browser/support/builds';

const ROOT = resolve(__dirname, '..', '..');
const BUILD = join(ROOT, 'scripts', 'build.mjs');
const VALIDATE = join(ROOT, 'scripts', 'validate-manifest.mjs');
const BASE = BUILD_BASE_URL;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS webpack config under test
const webpackConfig = require('../../webpack.config.js') as {
  manifestFor(xml: string, baseUrl: string): string;
  deploymentBaseUrl(raw: string | undefined): string;
};

function build(env: Record<string, string | undefined>, outDir: string) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (env.ADDIN_BASE_URL === undefined) delete childEnv.ADDIN_BASE_URL;
  const run = spawnSync(process.execPath, [BUILD, '--out', outDir], {
    cwd: ROOT,
    env: childEnv,
    encoding: 'utf8',
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Every file under `dir` as a '/'-separated relative path. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

function page(file: string): Document {
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

describe('ADDIN_BASE_URL', () => {
  const out = join(tmpdir(), 'build-refused-never-written');

  test('missing: the build stops with a Swedish and English message', () => {
    const { code, out: text } = build({ ADDIN_BASE_URL: undefined }, out);
    expect(code).toBe(1);
    expect(text).toContain('ADDIN_BASE_URL saknas');
    expect(text).toContain('ADDIN_BASE_URL is missing');
  });

  test('not https: the build stops and says why', () => {
    const { code, out: text } = build(
      { ADDIN_BASE_URL: 'http://addins.region.example/spridningslogg/' },
      out,
    );
    expect(code).toBe(1);
    expect(text).toContain('måste börja med https://');
    expect(text).toContain('must start with https://');
  });

  test('a base without a trailing slash gets one', () => {
    expect(webpackConfig.deploymentBaseUrl('https://addins.region.example/spridningslogg')).toBe(BASE);
  });
});

test('the manifest rewrite moves every development URL to the base and drops the development notes', () => {
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const built = webpackConfig.manifestFor(source, BASE);
  expect(built).not.toContain('localhost');
  const doc = new JSDOM(built, { contentType: 'text/xml' }).window.document;
  const urls = Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
    Array.from(el.attributes)
      .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
      .map((a) => a.value)
      .filter((v) => v.startsWith('http')),
  );
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
  // the same elements in the same order: only URLs changed
  const names = (xml: string) =>
    Array.from(new JSDOM(xml, { contentType: 'text/xml' }).window.document.getElementsByTagName('*')).map(
      (e) => e.nodeName,
    );
  expect(names(built)).toEqual(names(source));
});

describe('a production build (npm run build)', () => {
  let out: string;
  let log: string;

  beforeAll(async () => {
    log = (await buildRecord('addin')).log;
    out = await builtDir('addin');
  }, 900_000);

  test('succeeds and reports the task pane first-load size within the 300 KB gzip budget', () => {
    expect(log).toContain('✓ Klart / Done');
    const m = /Task pane initial JS \(gzip\): ([\d.]+) KB/.exec(log);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(300);
  });

  test('dist/ holds only what Excel loads: pages, their scripts, the icons, the manifest', () => {
    const files = filesUnder(out);
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(['commands.html', 'support.html', 'taskpane.html']);
    expect(files.filter((f) => f.startsWith('assets/'))).toEqual(
      [16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`).sort(),
    );
    const other = files.filter(
      (f) =>
        !pages.includes(f) &&
        !f.startsWith('assets/') &&
        f !== 'manifest.xml' &&
        !/^[\w~.-]+\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/.test(f),
    );
    expect(other).toEqual([]);
  });

  test('no source maps, no workbench, no Excel client copy, no emulator code', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /workbench|officejs|template\.xlsx/.test(f))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(scripts.some((text) => text.includes('sourceMappingURL'))).toBe(false);
    // Text of the workbench and the emulator (each in dist-workbench/'s scripts) never reaches
    // the add-in; scripts/build.mjs also fails when a module of src/host, src/workbench or
    // src/cli is in the add-in's bundles.
    for (const marker of ['__workbench', 'arbetsbänk', 'the limit is 5 MB']) {
      expect({ marker, found: scripts.some((text) => text.includes(marker)) }).toEqual({
        marker,
        found: false,
      });
    }
  });

  test('dist/ is small: under 2.5 MB in all, the task pane first load in its budget (was 14 MB with maps and workbench)', () => {
    const total = filesUnder(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    expect(total).toBeLessThan(2.5 * 1024 * 1024);
    expect(log).toMatch(/: \d+ filer \/ files, [\d.]+ KB/);
  });

  test('dist/manifest.xml is on the deployment origin and passes the built-manifest validation', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${BASE}taskpane.html`);
    const run = spawnSync(
      process.execPath,
      [VALIDATE, join(out, 'manifest.xml'), '--files', out, '--built'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(`${run.stdout}${run.stderr}`).toContain('giltig / valid');
    expect(run.status).toBe(0);
  });

  test('taskpane.html loads Office.js from the CDN under a Content-Security-Policy', () => {
    const doc = page(join(out, 'taskpane.html'));
    const csp =
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const scripts = Array.from(doc.querySelectorAll('script')).map((s) => s.getAttribute('src'));
    expect(scripts[0]).toBe(CDN_OFFICE_JS);
    expect(scripts.some((s) => s && /^taskpane\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
    expect(doc.getElementById('root')).not.toBeNull();
  });

  test('commands.html (the FunctionFile) loads Office.js from the CDN and its bundle', () => {
    const scripts = Array.from(page(join(out, 'commands.html')).querySelectorAll('script')).map((s) =>
      s.getAttribute('src'),
    );
    expect(scripts[0]).toBe(CDN_OFFICE_JS);
    expect(scripts.some((s) => s && /^commands\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
  });

  test('icons and the support page are in place', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(
        readFileSync(join(out, 'assets', `icon-${size}.png`)).equals(
          readFileSync(join(ROOT, 'assets', `icon-${size}.png`)),
        ),
      ).toBe(true);
    }
    expect(page(join(out, 'support.html')).querySelector('h1')?.textContent).toContain('Spridningslogg');
  });
});

describe('the workbench build (npm run build:workbench)', () => {
  let out: string;

  let log: string;

  beforeAll(async () => {
    log = (await buildRecord('workbench')).log;
    out = await builtDir('workbench');
  }, 900_000);

  test('holds the workbench page, its scripts, the template and the real Excel client, no source maps', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['workbench.html']);
    expect(files).toContain('assets/template.xlsx');
    expect(files).toContain('officejs/excel-web-16.00.js');
    expect(files.filter((f) => f.endsWith('.map') || f === 'manifest.xml')).toEqual([]);
    expect(log).toContain('✓ Klart / Done');
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, f), 'utf8'));
    for (const marker of ['__workbench', 'arbetsbänk', 'the limit is 5 MB']) {
      expect({ marker, found: scripts.some((text) => text.includes(marker)) }).toEqual({
        marker,
        found: true,
      });
    }
  });

  test('workbench.html loads the real Excel client from our own origin, unmodified, before its bundle', () => {
    const scripts = Array.from(page(join(out, 'workbench.html')).querySelectorAll('script')).map((s) =>
      s.getAttribute('src'),
    );
    expect(scripts).not.toContain(CDN_OFFICE_JS);
    expect(scripts[0]).toBe('officejs/excel-web-16.00.js');
    expect(scripts.findIndex((s) => s !== null && s.startsWith('workbench.'))).toBeGreaterThan(0);
    const shipped = readFileSync(
      join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.js'),
    );
    expect(readFileSync(join(out, 'officejs', 'excel-web-16.00.js')).equals(shipped)).toBe(true);
  });
});

test('an unknown build target is refused in Swedish and English', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS webpack config under test
  const factory = require('../../webpack.config.js') as (env: object, argv: object) => Promise<unknown>;
  await expect(factory({ target: 'everything' }, { mode: 'production' })).rejects.toThrow(
    /Okänt byggmål "everything"[\s\S]*Unknown build target "everything"/,
  );
});
