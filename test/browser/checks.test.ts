// The check, the reminders and the totals at pane width (350 × 700 px) with a log of 150
// spridningsledare (support/checksLog.ts), in real headless Chromium inside the workbench page
// (the shared production build of `npm run build:workbench`): the real Excel client talks to the
// Excel emulator and the pane uses the production gateway, as in Excel. Each state is checked
// with axe and saved as a screenshot under test-results/screenshots/checks-*.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { TAB_NAMES } from '../../src/core/tabs';
import { openBrowser, type Session } from './support/browser';
import { builtDir } from './support/builds';
import { log150, people, reported, sentPlan } from './support/checksLog';
import { serve } from './support/staticServer';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const WIDTH = 350;
const HEIGHT = 700;

let server: { url: string; close: () => Promise<void> };
let session: Session;
let page: Page;

jest.setTimeout(300_000);

beforeAll(async () => {
  server = await serve(await builtDir('workbench'));
  session = await openBrowser(WIDTH, HEIGHT);
  page = session.page;
}, 900_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  expect(session.foreign).toEqual([]);
  expect(session.errors).toEqual([]);
});

/** The workbench with the log of 150 people typed into the template's tabs. */
async function openLog(): Promise<void> {
  await page.goto(`${server.url}workbench.html`);
  await page.getByRole('tab', { name: 'Importera' }).waitFor();
  await page.waitForFunction(() => window.__workbench?.host !== undefined);
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
  const cells = log150();
  await page.evaluate(
    ({ cells, tabs }) => {
      const host = window.__workbench!.host;
      host.setValues(tabs.overall, 'A4', cells.overall);
      host.setValues(tabs.contacts, 'A4', cells.contacts);
      host.setValues(tabs.plan, 'A4', cells.plan);
      host.setValues(tabs.aterrap1, 'A4', cells.aterrap1);
    },
    { cells, tabs: TAB_NAMES },
  );
}

async function shot(name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('pane').screenshot({ path: path.join(SHOTS, `checks-${name}.png`) });
}

/** Waits for `target`; fails with the pane's message when the pane shows an error instead. */
async function waitInPane(target: ReturnType<Page['locator']>): Promise<void> {
  const failed = page.getByTestId('pane').getByRole('alert').first();
  await target.or(failed).first().waitFor();
  if (await failed.isVisible()) throw new Error(`The pane reported: ${await failed.textContent()}`);
}

async function idle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="pane"] [role="progressbar"]'));
}

async function axeViolations(): Promise<string[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus sentinels are never a tab stop of their own (see workbench.test.ts).
    const result = await axe.run({
      include: [['[data-testid="pane"]']],
      exclude: [['[data-tabster-dummy]']],
    });
    return result.violations.map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`,
    );
  });
}

const totalsText = () => page.getByTestId('flag-totals').textContent();
const openCount = async () => Number(/^(\d+) flagg/.exec((await totalsText()) ?? '')?.[1] ?? NaN);

async function check(): Promise<void> {
  await page.getByRole('button', { name: 'Kontrollera nu' }).click();
  await idle();
  await waitInPane(page.getByTestId('flag-summary'));
}

/** The walker's current flag: where it points, and where Excel's selection is. */
async function currentAndSelection(): Promise<{ flag: string; selection: string }> {
  return page.evaluate(() => {
    const li = document.querySelector<HTMLElement>('[data-testid="flag"][data-current="true"]');
    const sel = window.__workbench!.host.selection;
    return {
      flag: li ? `${li.dataset.sheet}!${li.dataset.cell}` : '',
      selection: sel ? `${sel.sheet}!${sel.address.replace(/\$/g, '')}` : '',
    };
  });
}

describe('the check at pane width, 150 people', () => {
  it('shows a summary first, filters by round and kind, walks the flags, and keeps a handled mark', async () => {
    await openLog();
    await page.getByRole('tab', { name: 'Kontroll' }).click();
    await check();
    const open = await openCount();
    expect(open).toBeGreaterThan(30);
    // 30 of 150 sent no plan, 90 have not reported for report 1: the kinds are counted within
    // the round chosen.
    const kinds = page.getByTestId('flag-counts');
    const notReceived = kinds.getByRole('button', { name: /Plan har inte kommit in/ });
    await expect(notReceived.textContent()).resolves.toBe('Plan har inte kommit in120');
    const rounds = page.getByTestId('flag-rounds');
    await rounds.getByRole('button', { name: /^Plan \(3\.a\)/ }).click();
    await expect(notReceived.textContent()).resolves.toBe('Plan har inte kommit in30');
    // Compact: the summary and the first page of lines, not a wall of sentences.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);
    expect(await axeViolations()).toEqual([]);
    await shot('summary');

    // Only report 1's flags.
    await rounds.getByRole('button', { name: /^ÅR1 \(3\.b\)/ }).click();
    await expect(notReceived.textContent()).resolves.toBe('Plan har inte kommit in90');
    const listed = await page
      .getByTestId('flag')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.round))]);
    expect(listed).toEqual(['aterrap1']);
    await shot('round-filter');
    await rounds.getByRole('button', { name: 'Alla omgångar' }).click();

    // Walking: each Next selects the flag's cell in Excel.
    const walker = page.getByTestId('flag-walker');
    const seen = new Set<string>();
    for (let i = 1; i <= 3; i++) {
      await walker.getByRole('button', { name: 'Nästa' }).click();
      await walker.getByText(`Flagga ${i} av ${open}`).waitFor();
      await page.waitForFunction(() => {
        const li = document.querySelector<HTMLElement>('[data-testid="flag"][data-current="true"]');
        const sel = window.__workbench!.host.selection;
        return (
          li !== null &&
          sel !== null &&
          `${li.dataset.sheet}!${li.dataset.cell}` === `${sel.sheet}!${sel.address.replace(/\$/g, '')}`
        );
      });
      const { flag, selection } = await currentAndSelection();
      expect(selection).toBe(flag);
      seen.add(flag);
    }
    expect(seen.size).toBe(3);
    await walker.getByRole('button', { name: 'Föregående' }).click();
    await walker.getByText(`Flagga 2 av ${open}`).waitFor();
    expect(await axeViolations()).toEqual([]);
    await shot('walk');

    // Marked handled with a note: one fewer to look at, and so after checking again.
    const current = page.locator('[data-testid="flag"][data-current="true"]');
    await current.getByLabel('Anteckning (valfri)').fill('Godkänd avvikelse');
    await current.getByRole('button', { name: 'Markera som hanterad' }).click();
    await page
      .getByTestId('flag-totals')
      .getByText(/1 markerad som hanterad/)
      .waitFor();
    expect(await openCount()).toBe(open - 1);
    await check();
    expect(await totalsText()).toBe(`${open - 1} flaggor att se över · 1 markerad som hanterad`);
    expect(await axeViolations()).toEqual([]);
    await shot('handled');
  });
});

describe('reminders at pane width, 150 people', () => {
  it('lists the people missing in the chosen round with their addresses, and mail drafts that fit a link', async () => {
    await openLog();
    await page.getByRole('tab', { name: 'Påminnelser' }).click();
    const list = page.getByTestId('reminder-people');
    await waitInPane(list);
    const all = people();
    // The round in progress: report 1, where 60 of 150 have reported.
    const missing1 = all.filter((_, i) => !reported(i));
    await expect(list.getByRole('listitem').count()).resolves.toBe(missing1.length);
    await expect(page.getByTestId('reminder-due').textContent()).resolves.toContain('2 februari 2017');
    expect(await axeViolations()).toEqual([]);
    await shot('reminders-aterrap1');

    await page.getByLabel('Omgång').selectOption('plan');
    await page.getByTestId('reminder-due').getByText(/Plan/).waitFor();
    const missingPlan = all.filter((_, i) => !sentPlan(i));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="reminder-people"] li').length === n,
      missingPlan.length,
    );
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toEqual(missingPlan.map((p) => `${p.name} – ${p.email}`));
    await expect(page.getByLabel('Alla adresser').inputValue()).resolves.toBe(
      missingPlan.map((p) => p.email).join('; '),
    );
    const links = await page
      .getByTestId('mail-drafts')
      .getByRole('link')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(1);
    const bcc = links.flatMap((l) => new URLSearchParams(l.slice('mailto:?'.length)).get('bcc')!.split(','));
    expect(bcc).toEqual(missingPlan.map((p) => p.email));
    for (const l of links) expect(l.length).toBeLessThanOrEqual(2000);
    expect(new URLSearchParams(links[0].slice('mailto:?'.length)).get('subject')).toBe(
      'Påminnelse: din personliga spridningsplan',
    );
    await shot('reminders-plan');

    // Report 2: nobody has reported, 150 people; the drafts are split.
    await page.getByLabel('Omgång').selectOption('aterrap2');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="reminder-people"] li').length === 150,
    );
    // Tab 2's address wins over the overall plan's.
    const items2 = await list.getByRole('listitem').allTextContents();
    expect(items2.filter((t) => t.includes('@vard.region.se')).length).toBeGreaterThan(0);
    const links2 = await page
      .getByTestId('mail-drafts')
      .getByRole('link')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(links2.length).toBeGreaterThan(1);
    for (const l of links2) expect(l.length).toBeLessThanOrEqual(2000);
    expect(await axeViolations()).toEqual([]);
    await shot('reminders-aterrap2');
  });
});

describe('totals at pane width, 150 people', () => {
  it('shows codes, aligned numbers and a chart with text ≥ 12 px, no word broken or cut', async () => {
    await openLog();
    await page.getByRole('tab', { name: 'Summor' }).click();
    await page.getByRole('button', { name: 'Uppdatera summor' }).click();
    await waitInPane(page.getByTestId('totals-table'));
    await idle();
    await page.screenshot({ path: path.join(SHOTS, 'checks-totals-top.png') });
    // A tooltip (under the mouse after the click) covers nothing but itself.
    const portals = await page.evaluate(() =>
      [...document.querySelectorAll('[data-portal-node]')].map((el) => el.getBoundingClientRect().height),
    );
    for (const h of portals) expect(h).toBeLessThan(100);
    const table = (await page.getByTestId('totals-table').textContent()) ?? '';
    expect(table).toContain('HiS6');
    expect(table).toContain('Totalt');
    await expect(page.getByTestId('rounds-note').textContent()).resolves.toContain('inte ett tillägg');

    const layout = await page.getByTestId('totals').evaluate((root) => {
      const problems: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement!;
        const style = getComputedStyle(parent);
        if (text.trim() === '' || style.display === 'none' || parent.closest('[role="tooltip"]')) continue;
        // No word split over two lines: each word is one box.
        const re = /\S+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (rects.length > 1) problems.push(`split: ${m[0]}`);
        }
        // No text wider than its cell or box.
        const box = parent.closest('td, th') ?? parent;
        if (box.scrollWidth > box.clientWidth + 1) problems.push(`wider than its box: ${text}`);
        if (parent.closest('[data-testid="bar-chart"]') && parseFloat(style.fontSize) < 12)
          problems.push(`chart text ${style.fontSize}: ${text}`);
      }
      const chart = root.querySelector<HTMLElement>('[data-testid="bar-chart"]')!;
      if (chart.scrollWidth > chart.clientWidth + 1) problems.push('chart cut');
      return problems;
    });
    expect(layout).toEqual([]);
    // Numbers in tabular figures, right-aligned.
    const cell = page.getByTestId('totals-table').locator('tbody td').nth(1);
    await expect(cell.evaluate((el) => getComputedStyle(el).fontVariantNumeric)).resolves.toBe(
      'tabular-nums',
    );
    await expect(cell.evaluate((el) => getComputedStyle(el).textAlign)).resolves.toBe('end');
    expect(await axeViolations()).toEqual([]);
    await shot('totals');
    await page.getByTestId('bar-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'checks-totals-chart.png') });
  });
});
