// Headless Chromium (Debian's) through playwright-core, in a fresh profile; every request to
// anything but our local server is recorded so a test can fail on it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** URLs requested outside 127.0.0.1/localhost. */
  foreign: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost';
  } catch {
    return false;
  }
}

export async function openBrowser(width = 1280, height = 900): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS, // playwright passes the fresh profile as --user-data-dir
    headless: true,
    viewport: { width, height },
    acceptDownloads: true,
    locale: 'sv-SE',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    if (!isLocal(r.url())) foreign.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    foreign,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
