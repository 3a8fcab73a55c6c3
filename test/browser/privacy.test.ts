// Privacy: the BUILT add-in (a production build, as deployed) talks to nobody but its own origin.
// - The task pane (npm run build) and the workbench (npm run build:workbench), the shared builds of
//   test/setup/builds.ts, are loaded in headless Chromium from local servers; every request is routed through `page.route`: our origin is served, Office.js from Microsoft's CDN
//   (https://appsforoffice.microsoft.com, the one foreign origin the pane may use: Office requires
//   it to be loaded from there) is answered from node_modules/@microsoft/office-js/dist, so nothing
//   leaves the machine; anything else is aborted and fails the test.
// - The Content-Security-Policy meta of taskpane.html forbids every other origin.
// - No telemetry: the built bundles hold no known telemetry SDK or endpoint, and our own src/
//   calls fetch/XMLHttpRequest/sendBeacon/WebSocket on no absolute URL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Route } from 'playwright-core';
import { isLocal, openBrowser, type Session } from './support/browser';
import { builtDir } from './support/builds';
import { serve } from './support/staticServer';

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com/';
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

let out = '';
let server: { url: string; close: () => Promise<void> };
let workbench: { url: string; close: () => Promise<void> };
let session: Session;
const cdn: string[] = [];
const refused: string[] = [];

/** Answers a CDN request from the local copy of the same file (or 404), never from the network. */
async function answerFromLocalOffice(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, '');
  const file = path.resolve(OFFICE_DIST, rel);
  if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile())
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(file) });
  else await route.fulfill({ status: 404, body: '' });
}

beforeAll(async () => {
  // The shared production builds (test/setup/builds.ts): dist/ as deployed, and the workbench.
  out = await builtDir('addin');
  server = await serve(out);
  workbench = await serve(await builtDir('workbench'));
  session = await openBrowser();
  await session.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(CDN)) {
      cdn.push(url);
      return answerFromLocalOffice(route);
    }
    refused.push(url);
    return route.abort('blockedbyclient');
  });
}, 900_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  await workbench?.close();
});

test('the built task pane requests nothing outside its own origin except Office.js (answered locally)', async () => {
  await session.page.goto(`${server.url}taskpane.html`);
  await session.page.waitForLoadState('networkidle');
  await session.page.waitForTimeout(1000);
  expect(refused).toEqual([]);
  expect(cdn.length).toBeGreaterThan(0);
  expect(cdn.every((u) => u.startsWith(`${CDN}lib/1/hosted/`))).toBe(true);
  // Whatever was requested outside our origin went only to the routed CDN.
  expect(session.foreign.filter((u) => !u.startsWith(CDN))).toEqual([]);
});

test('the built workbench (the pane on the emulated Excel) requests nothing outside its own origin', async () => {
  await session.page.goto(`${workbench.url}workbench.html`);
  await session.page.getByRole('tab', { name: 'Importera' }).waitFor({ timeout: 60_000 });
  await session.page.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
  expect(session.foreign.filter((u) => !u.startsWith(CDN))).toEqual([]);
});

test('taskpane.html carries a Content-Security-Policy that forbids every other origin', () => {
  const doc = new JSDOM(fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8')).window.document;
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values] as const;
      }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  // Every source of every directive is our origin, none, or local data; only script-src (and
  // what Office.js itself needs) may name Microsoft's CDN. No wildcard, no http:, no other host.
  for (const [name, values] of directives) {
    for (const v of values) {
      const allowed =
        ["'self'", "'none'", 'data:', 'blob:', "'unsafe-inline'"].includes(v) ||
        (v === 'https://appsforoffice.microsoft.com' &&
          ['script-src', 'frame-src', 'img-src', 'style-src'].includes(name));
      if (name === 'script-src') expect(v).not.toBe("'unsafe-inline'");
      expect({ directive: name, source: v, allowed }).toEqual({ directive: name, source: v, allowed: true });
    }
  }
});

const TELEMETRY = [
  'applicationinsights',
  'dc.services.visualstudio.com',
  'browser.events.data.microsoft.com',
  'vortex.data.microsoft.com',
  'google-analytics.com',
  'googletagmanager',
  'segment.io',
  'sentry.io',
  'mixpanel',
  'hotjar',
  'datadoghq',
  'newrelic',
];

test('no telemetry SDK or endpoint in the built bundles of the pane and the commands', () => {
  const files = fs
    .readdirSync(out)
    .filter((f) => /^(taskpane|commands|vendors?|runtime)[.~-].*\.js$|^\d+\.[0-9a-f]+\.js$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  const hits: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(out, f), 'utf8').toLowerCase();
    for (const t of TELEMETRY) if (text.includes(t)) hits.push(`${f}: ${t}`);
  }
  expect(hits).toEqual([]);
});

test('our own src/ makes no network call to an absolute URL (fetch, XMLHttpRequest, sendBeacon, WebSocket)', () => {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name)) {
        const text = fs.readFileSync(p, 'utf8');
        const rel = path.relative(ROOT, p);
        for (const m of text.matchAll(
          /\b(fetch|sendBeacon|WebSocket|EventSource|XMLHttpRequest)\s*\(([^)]*)/g,
        )) {
          if (/https?:|wss?:|\/\//.test(m[2])) hits.push(`${rel}: ${m[0]}`);
        }
        if (/new\s+XMLHttpRequest|navigator\.sendBeacon|new\s+WebSocket|new\s+EventSource/.test(text))
          hits.push(`${rel}: opens a connection`);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  expect(hits).toEqual([]);
});
