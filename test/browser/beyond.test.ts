// Goals and status in the real pane (the shared workbench build, test/setup/builds.ts), in headless Chromium at the task pane's width (350 × 700):
// goals out with the mail text and the pre-filled plan saved as a file (read back by our own
// reader), the status sheet written and the slide deck saved, the progress per person. Screenshots
// of each part in test-results/screenshots (beyond-*.png).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { readPlanFile } from '../../src/core/plan/read';
import { openBrowser, type Session } from './support/browser';
import { builtDir } from './support/builds';
import { ANNA, planClipboard } from './support/plans';
import { serve } from './support/staticServer';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const OVERALL_SHEET = '1. Övergripande spridningsplan';
const REPORT1_SHEET = '3.b Saml pers spr-plan ÅTERRAP1';

let dist = '';
let server: { url: string; close: () => Promise<void> };
let session: Session;
let page: Page;

beforeAll(async () => {
  dist = await builtDir('workbench');
  server = await serve(dist);
  session = await openBrowser(350, 700);
  page = session.page;
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  expect(session.foreign).toEqual([]);
});

async function shot(name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('pane').screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function waitInPane(target: ReturnType<Page['locator']>): Promise<void> {
  const failed = page.getByTestId('pane').getByRole('alert').first();
  await target.or(failed).first().waitFor();
  if (await failed.isVisible()) throw new Error(`The pane reported: ${await failed.textContent()}`);
}

const fits = () =>
  page.getByTestId('pane').evaluate((el) => {
    const main = el.querySelector('main') as HTMLElement;
    return main.scrollWidth <= el.clientWidth + 1;
  });

async function prepare(): Promise<void> {
  await page.setViewportSize({ width: 350, height: 700 });
  await page.goto(`${server.url}workbench.html`);
  await page.getByRole('tab', { name: 'Importera' }).waitFor();
  await page.waitForFunction(() => window.__workbench?.host !== undefined);
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
  await page.evaluate(
    ([overall, report]) => {
      const host = window.__workbench!.host;
      host.setValues(overall, 'A4', [
        ['HiS6', 'VC Norr', 'Anna Testsson', 'anna.testsson@example.se', 30, 'vt 2017', ''],
        ['HiS9', 'VC Norr', 'Anna Testsson', 'anna.testsson@example.se', 15, 'vt 2017', ''],
        ['HiS9', 'BUP Syd', 'David Saknad', 'david.saknad@example.se', 10, 'vt 2017', ''],
      ]);
      host.setValues(report, 'A4', [
        [
          'Anna Testsson',
          'HiS6',
          'Föreläsning',
          'Sjuksköterskor',
          'VC Norr',
          '2017-02-10',
          20,
          'Genomförd',
          '2017-02-10',
          18,
          '',
        ],
      ]);
    },
    [OVERALL_SHEET, REPORT1_SHEET] as const,
  );
  const clip = planClipboard(ANNA);
  await page.getByTestId('paste-area').evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data.html);
    dt.setData('text/plain', data.text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, clip);
  await page.getByTestId('person-preview').first().waitFor();
  await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
  await waitInPane(page.getByTestId('result').getByRole('status').first());
  await page.getByRole('tab', { name: 'Mål och status' }).click();
}

describe('goals and status in the pane at 350 px', () => {
  it('goals out: people with their goals, the mail text, the pre-filled plan saved and read back', async () => {
    await prepare();
    await shot('beyond-350-goals-start');
    await page.getByRole('button', { name: 'Hämta mål' }).click();
    await waitInPane(page.getByText('2 spridningsledare'));
    await page.getByRole('button', { name: /Anna Testsson/ }).click();
    const mail = page.getByRole('textbox', { name: 'Mejltext till Anna Testsson' });
    await mail.waitFor();
    const text = await mail.inputValue();
    expect(text).toContain('Ditt personliga mål för spridningen – HiS6, HiS9');
    expect(text).toContain('– Migration och psykisk hälsa – grundkurs (HiS6), VC Norr: 30 personer');
    expect(text).toContain('senast 2 februari 2017');
    const draft = page.getByRole('link', { name: 'Öppna mejlutkast' });
    expect(await draft.getAttribute('href')).toMatch(
      /^mailto:anna\.testsson@example\.se\?subject=Ditt%20personliga/,
    );
    await shot('beyond-350-goals-person');
    expect(await fits()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara planen (.docx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Anna Testsson.docx');
    const read = readPlanFile(new Uint8Array(fs.readFileSync(await file.path())), 'Anna Testsson.docx');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.contact.name).toBe('Anna Testsson');
    expect(read.plan.contact.email).toBe('anna.testsson@example.se');
    expect(read.plan.goals.map((g) => [g.training.code, g.unit, g.number.value])).toEqual([
      ['HiS6', 'VC Norr', 30],
      ['HiS9', 'VC Norr', 15],
    ]);
    expect(session.errors).toEqual([]);
  });

  it('status: the sheet written, key figures shown, the deck saved with the same numbers', async () => {
    await page.getByRole('tab', { name: 'Status', exact: true }).click();
    await page.getByRole('button', { name: 'Skriv statusflik' }).click();
    await waitInPane(page.getByText('Statusfliken ”5. Status beslutsforum” är skriven.'));
    const sheets = await page.evaluate(() => window.__workbench!.host.sheetNames());
    expect(sheets).toContain('5. Status beslutsforum');
    await shot('beyond-350-status');
    expect(await fits()).toBe(true);
    const figures = await page.getByTestId('status-part').locator('dd').allTextContents();
    // Goal 55, planned 32 (20 + ca 12), reached at report 1: 18.
    expect(figures.slice(0, 3)).toEqual(['55', '32', '18']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara bildspel (.pptx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Spridning status 1.pptx');
    const parts = unzipSync(new Uint8Array(fs.readFileSync(await file.path())));
    const charts = Object.keys(parts).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(3);
    const keyChart = strFromU8(parts['ppt/charts/chart1.xml']);
    const values = [...keyChart.matchAll(/<c:val>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(values).toEqual([55, 32, 18]);
  });

  it('progress: planned and reached per person', async () => {
    await page.getByRole('tab', { name: 'Framsteg' }).click();
    await page.getByRole('button', { name: 'Visa framsteg' }).click();
    const list = page.getByRole('list', { name: 'Framsteg per spridningsledare' });
    await waitInPane(list);
    const anna = list.getByRole('listitem').filter({ hasText: 'Anna Testsson' });
    expect(await anna.locator('dd').allTextContents()).toEqual(['45', '32', '18', '0']);
    await shot('beyond-350-progress');
    expect(await fits()).toBe(true);
  });
});
