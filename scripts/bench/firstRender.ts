// Time to first render of the built task pane in headless Chromium. The page is served from
// 127.0.0.1; the request for office.js on Microsoft's CDN is answered locally (page.route) with a
// small stand-in whose Office.onReady resolves at once, so nothing leaves the machine and the
// figure is the pane's own cost (in Office, office.js's own load comes on top). Measured in the
// page: performance.now() (ms since navigation start) when the pane's first heading is in the DOM
// and visible, observed by a MutationObserver installed before any script runs.
import * as fs from 'node:fs';
import { CHROMIUM, openBrowser } from '../../test/browser/support/browser';
import { serve } from '../../test/browser/support/staticServer';

const OFFICE_STAND_IN = `window.Office = {
  context: { displayLanguage: 'sv-SE', requirements: { isSetSupported: function () { return true; } } },
  onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); },
  HostType: { Excel: 'Excel' },
};`;

const OBSERVE_FIRST_HEADING = `(() => {
  const seen = () => {
    const h = document.querySelector('#root h1, #root h2, #root [role="heading"]');
    if (h && h.getClientRects().length > 0 && window.__firstHeadingMs === undefined) {
      window.__firstHeadingMs = performance.now();
      window.__firstHeadingText = h.textContent;
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

export interface FirstRenderResult {
  /** Each load in a fresh page of one browser; the first has an empty cache. */
  loadsMs: number[];
  firstLoadMs: number;
  medianMs: number;
  heading: string;
  foreignRequests: string[];
}

export function firstRenderUnavailable(): string | null {
  return fs.existsSync(CHROMIUM) ? null : `${CHROMIUM} saknas (apt-get install -y chromium)`;
}

export async function measureFirstRender(distDir: string, loads = 5): Promise<FirstRenderResult> {
  const server = await serve(distDir);
  const session = await openBrowser(350, 800);
  try {
    await session.context.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STAND_IN }),
    );
    await session.context.addInitScript(OBSERVE_FIRST_HEADING);
    const loadsMs: number[] = [];
    let heading = '';
    for (let i = 0; i < loads; i++) {
      const page = i === 0 ? session.page : await session.context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(
        () => (window as { __firstHeadingMs?: number }).__firstHeadingMs !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      const r = await page.evaluate(() => {
        const w = window as { __firstHeadingMs?: number; __firstHeadingText?: string };
        return { ms: w.__firstHeadingMs ?? NaN, text: w.__firstHeadingText ?? '' };
      });
      loadsMs.push(r.ms);
      heading = r.text;
      if (i > 0) await page.close();
    }
    const sorted = [...loadsMs].sort((a, b) => a - b);
    return {
      loadsMs,
      firstLoadMs: loadsMs[0],
      medianMs: sorted[Math.floor(sorted.length / 2)],
      heading,
      foreignRequests: session.foreign.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/')),
    };
  } finally {
    await session.close();
    await server.close();
  }
}
