// A Monday morning: 150 personal plans (plans and reports, some with what needs a look) dropped
// into the task pane at a pane's size (350 × 700 px), in real headless Chromium over the Excel
// emulator. The summary's numbers, the write button in view without scrolling however long the
// list, a plan's round changed before writing, the result naming people and tabs, the undo
// button's words. A screenshot of each state is saved under test-results/screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { TAB_NAMES } from '../../src/core/tabs';
import { openBrowser, type Session } from './support/browser';
import { batchFiles, type BatchPlan } from './support/batchPlans';
import { builtDir } from './support/builds';
import { inViewport, openPane, overflowsSideways, shot, waitInPane } from './support/paneLayout';
import { serve } from './support/staticServer';

const N = 150;
let dist = '';
let server: { url: string; close: () => Promise<void> };
let session: Session;
let page: Page;
let batch: Awaited<ReturnType<typeof batchFiles>>;

beforeAll(async () => {
  [dist, batch] = await Promise.all([builtDir('workbench'), batchFiles(N)]);
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
  expect(session.errors).toEqual([]);
});

/** The values of a column of a sheet in the emulated workbook, without the blanks. */
async function column(sheet: string, range: string): Promise<string[]> {
  const values = await page.evaluate(([s, r]) => window.__workbench!.host.values(s, r), [
    sheet,
    range,
  ] as const);
  return values.map((r) => String(r[0])).filter((v) => v !== '');
}

/** Waits until the preview lists `n` plans (its lines render after the summary). */
async function lines(n: number): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="person-preview"]').length === count,
    n,
  );
}

const rowsOf = (plans: BatchPlan[]) => plans.reduce((n, p) => n + p.activities.length, 0);

test('150 plans: summary, filter, what was understood, a round changed for one plan, write, result, undo words', async () => {
  await openPane(page, server.url);
  await page.getByTestId('file-input').setInputFiles(batch.files);
  // The dates of the settings lie in the past: the pane asks which report is under way, once.
  const question = page.getByTestId('report-question');
  await waitInPane(page, question, 120_000);
  await shot(page, 'import-150-question');
  expect(await overflowsSideways(page)).toBe(false);
  await question.getByRole('radio', { name: 'Återrapportering 1 (flik 3.b)' }).check();
  await question.getByRole('button', { name: 'Fortsätt' }).click();
  const preview = page.getByTestId('preview');
  await waitInPane(page, preview);

  const plans = batch.plans.filter((p) => p.kind === 'plan');
  const reports = batch.plans.filter((p) => p.kind === 'report');
  const look = batch.plans.filter((p) => p.problem);
  const summary = page.getByTestId('batch-summary');
  expect(await summary.getByTestId('summary-plans').textContent()).toBe(String(N));
  expect(await summary.getByTestId('summary-people').textContent()).toBe(String(N));
  expect(await summary.getByTestId('summary-plan').textContent()).toBe(
    `${rowsOf(plans)} rader att skriva, 0 ersätts (${plans.length} personer)`,
  );
  expect(await summary.getByTestId('summary-aterrap1').textContent()).toBe(
    `${rowsOf(reports)} rader att skriva, 0 ersätts (${reports.length} personer)`,
  );
  expect(await summary.getByTestId('summary-contacts').textContent()).toBe(`${N} nya, 0 ändras`);
  expect(await summary.getByTestId('summary-look').textContent()).toBe(`${look.length} planer`);
  await lines(N);

  // The write button is in view without scrolling, and stays in view with the list scrolled.
  const write = page.getByRole('button', { name: 'Skriv till arbetsboken' });
  expect(await inViewport(write)).toBe(true);
  await shot(page, 'import-150-preview');
  await page.getByTestId('person-preview').nth(80).scrollIntoViewIfNeeded();
  expect(await inViewport(write)).toBe(true);
  expect(await inViewport(page.getByRole('button', { name: 'Börja om' }))).toBe(true);
  await shot(page, 'import-150-preview-scrolled');
  expect(await overflowsSideways(page)).toBe(false);

  // Only those that need a look.
  await page.getByRole('switch', { name: 'Visa bara de som behöver ses över' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="person-preview"]').length === n,
    look.length,
  );
  expect(await page.getByTestId('person-name').allTextContents()).toEqual(look.map((p) => p.name));
  // The switch and the list it filters at the top of the view.
  await page.getByTestId('shown-count').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -80));
  await shot(page, 'import-150-needs-look');

  // What was understood of a plan that needs a look, on expanding it.
  const first = look[0];
  const line = page.getByTestId('person-preview').filter({ hasText: first.name });
  await line.getByRole('button', { expanded: false }).click();
  const details = line.getByTestId('person-details');
  await details.waitFor();
  const rows = details.getByTestId('activity-reading');
  expect(await rows.count()).toBe(first.activities.length);
  const row1 = (await rows.nth(0).textContent()) ?? '';
  expect(row1).toContain('Aktivitet 1 (tabell 2, rad 2)');
  expect(row1).toContain('många (går inte att läsa)');
  expect(row1).toMatch(/kan inte läsas som ett antal|går inte att läsa som ett antal/);
  const row2 = (await rows.nth(1).textContent()) ?? '';
  expect(row2).toContain('Yoga för alla (går inte att läsa)');
  expect(await details.textContent()).toContain(first.email);
  await line.scrollIntoViewIfNeeded();
  await shot(page, 'import-150-details-problem');
  await line.getByRole('button', { expanded: true }).click();
  await page.getByRole('switch', { name: 'Visa bara de som behöver ses över' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="person-preview"]').length === n,
    N,
  );

  // A plan whose readings differ from the text: both side by side.
  const anna = page.getByTestId('person-preview').first();
  await anna.getByRole('button', { expanded: false }).click();
  const annaText = (await anna.getByTestId('person-details').textContent()) ?? '';
  expect(annaText).toContain('20-25 → 20');
  expect(annaText).toContain('HiS 9 → HiS9 Migration och psykisk hälsa – för primärvården');
  const bo = page.getByTestId('person-preview').nth(1);
  await bo.getByRole('button', { expanded: false }).click();
  expect(await bo.getByTestId('person-details').textContent()).toContain('v. 12 → vecka 12 2017');
  await anna.scrollIntoViewIfNeeded();
  await shot(page, 'import-150-details-readings');

  // One plan's round changed: Anna's plan into report 2 (3.c).
  const annaPlan = batch.plans[0];
  await anna.getByRole('combobox', { name: 'Omgång' }).selectOption('aterrap2');
  await page.waitForSelector('[data-testid="person-preview"][data-round="aterrap2"]');
  expect(await summary.getByTestId('summary-aterrap2').textContent()).toBe(
    `${annaPlan.activities.length} rader att skriva, 0 ersätts (1 person)`,
  );
  expect(await summary.getByTestId('summary-plan').textContent()).toBe(
    `${rowsOf(plans) - annaPlan.activities.length} rader att skriva, 0 ersätts (${plans.length - 1} personer)`,
  );
  expect(await inViewport(write)).toBe(true);

  // Write: the result names the tabs, the people in them and the contact rows.
  await write.click();
  const result = page.getByTestId('result');
  await waitInPane(page, result.getByRole('status'), 120_000);
  const tabs = (await page.getByTestId('result-tabs').textContent()) ?? '';
  expect(tabs).toContain(
    `”${TAB_NAMES.plan}”: ${plans.length - 1} personer, ${rowsOf(plans) - annaPlan.activities.length} rader (0 gamla ersattes)`,
  );
  expect(tabs).toContain(`”${TAB_NAMES.aterrap1}”: ${reports.length} personer, ${rowsOf(reports)} rader`);
  expect(tabs).toContain(`”${TAB_NAMES.aterrap2}”: 1 person, ${annaPlan.activities.length} rader`);
  expect(tabs).toContain(`”${TAB_NAMES.contacts}”: ${N} nya och 0 uppdaterade kontaktuppgifter`);
  await page.getByRole('button', { name: 'Visa vilka (1)' }).click();
  expect(await page.getByTestId('result-names-aterrap2').textContent()).toBe(annaPlan.name);
  await expect(
    page.getByRole('button', { name: /^Ångra import av 150 planer, \d\d:\d\d$/ }).count(),
  ).resolves.toBe(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'import-150-result');
  expect(await overflowsSideways(page)).toBe(false);

  // In the workbook: each plan in its own tab.
  expect(await column(TAB_NAMES.aterrap2, 'A4:A20')).toEqual(
    Array(annaPlan.activities.length).fill(annaPlan.name),
  );
  const inPlan = await column(TAB_NAMES.plan, 'A4:A1000');
  expect(inPlan).toHaveLength(rowsOf(plans) - annaPlan.activities.length);
  expect(inPlan).not.toContain(annaPlan.name);
  expect(new Set(await column(TAB_NAMES.aterrap1, 'A4:A1000'))).toEqual(new Set(reports.map((p) => p.name)));
  expect(await column(TAB_NAMES.contacts, 'A4:A1000')).toHaveLength(N);
}, 600_000);

test('reading 150 plans can be stopped; nothing of that batch is kept', async () => {
  await openPane(page, server.url);
  await page.getByTestId('file-input').setInputFiles(batch.files);
  const stop = page.getByRole('button', { name: 'Avbryt inläsningen' });
  await stop.waitFor();
  await shot(page, 'import-150-reading');
  await stop.click();
  await page.getByText('Inläsningen avbröts.', { exact: false }).waitFor();
  expect(await page.getByTestId('preview').count()).toBe(0);
  expect(await page.getByTestId('drop-zone').count()).toBe(1);
  // The next batch reads as usual (a new worker).
  await page.getByTestId('file-input').setInputFiles(batch.files.slice(0, 3));
  await waitInPane(page, page.getByTestId('preview'));
  await lines(3);
}, 300_000);

test('files that cannot be read are shown apart and can be closed; .docm is read; Börja om clears the batch', async () => {
  await openPane(page, server.url);
  const docm = fs.readFileSync(path.resolve(__dirname, '../fixtures/plans/ahmed-hassan-plan-makro.docm'));
  await page.getByTestId('file-input').setInputFiles([
    ...batch.files.slice(0, 2),
    {
      name: 'Ahmed Hassan.docm',
      mimeType: 'application/vnd.ms-word.document.macroEnabled.12',
      buffer: docm,
    },
    { name: 'anteckning.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 inte en plan') },
    { name: 'hälsning.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') },
  ]);
  await waitInPane(page, page.getByTestId('preview'));
  await lines(3);
  const names = await page.getByTestId('person-name').allTextContents();
  expect(names).toEqual([batch.plans[0].name, batch.plans[1].name, 'Ahmed Hassan']);
  const failures = page.getByTestId('read-failures');
  expect(await failures.textContent()).toContain('2 filer kunde inte läsas');
  expect(await failures.textContent()).toContain('hälsning.txt, anteckning.pdf');
  // Why, on expanding.
  await failures.getByRole('button', { name: 'Visa varför' }).click();
  await failures.getByText('Kunde inte läsa ”anteckning.pdf”').waitFor();
  expect(await page.getByTestId('summary-plans').textContent()).toBe('3 (och 2 filer som inte kunde läsas)');
  await shot(page, 'import-failures-apart');
  await page.getByRole('button', { name: 'Stäng listan över filer som inte kunde läsas' }).click();
  expect(await failures.count()).toBe(0);
  expect(await page.getByTestId('person-preview').count()).toBe(3);
  await page.getByRole('button', { name: 'Börja om' }).click();
  expect(await page.getByTestId('preview').count()).toBe(0);
  await page.getByTestId('drop-zone').waitFor();
}, 300_000);
