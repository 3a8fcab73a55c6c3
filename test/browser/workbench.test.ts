// The task pane in real headless Chromium, inside the workbench page (the shared production build
// of `npm run build:workbench`, test/setup/builds.ts): the real Excel client (served from our
// origin) talks to the Excel emulator; the pane uses the real gateway and core.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openBrowser, type Session } from './support/browser';
import { builtDir } from './support/builds';
import { ANNA, BO, CECILIA, planClipboard, planDocx } from './support/plans';
import { serve } from './support/staticServer';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const PLAN_SHEET = '3.a Saml pers spr-plan PLAN';
const CONTACT_SHEET = '2. Saml kontaktuppg';
const OVERALL_SHEET = '1. Övergripande spridningsplan';

let dist = '';
let server: { url: string; close: () => Promise<void> };
let session: Session;
let page: Page;

async function openWorkbench(width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}workbench.html`);
  await page.getByRole('tab', { name: 'Importera' }).waitFor();
  await page.waitForFunction(() => window.__workbench?.host !== undefined);
  // The pane has read the workbook once (no progress bar left).
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** Values of a sheet's range in the emulated workbook. */
function values(sheet: string, range: string): Promise<(string | number | boolean)[][]> {
  return page.evaluate(([s, r]) => window.__workbench!.host.values(s, r), [sheet, range] as const);
}

async function column(sheet: string, range: string): Promise<string[]> {
  return (await values(sheet, range)).map((r) => String(r[0])).filter((v) => v !== '');
}

function sheetTabs(): Promise<string[]> {
  return page
    .getByTestId('sheet-tab')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet') ?? ''));
}

async function paste(html: string, text: string): Promise<void> {
  await page.getByTestId('paste-area').evaluate(
    (el, data) => {
      const dt = new DataTransfer();
      dt.setData('text/html', data.html);
      dt.setData('text/plain', data.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

async function axeViolations(): Promise<string[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy stays on.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) that Fluent's
    // TabList adds are never a tab stop of their own: they hand focus on at once. axe cannot
    // know that, so they are left out; everything else of the pane is checked.
    const result = await axe.run({
      include: [['[data-testid="pane"]']],
      exclude: [['[data-tabster-dummy]']],
    });
    return result.violations.map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`,
    );
  });
}

async function shot(name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('pane').screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

beforeAll(async () => {
  dist = await builtDir('workbench');
  server = await serve(dist);
  session = await openBrowser();
  page = session.page;
}, 900_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  // Nothing but our own origin, ever (no CDN, no telemetry).
  expect(session.foreign).toEqual([]);
});

/** Presses Tab until the focused element's accessible text contains `name`. */
async function tabTo(name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}` : '';
    });
    if (text.includes(name)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Could not reach "${name}" with the Tab key (focus on ${focused}).`);
}

async function docxFile(plan: typeof ANNA, name: string) {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await planDocx(plan),
  };
}

async function pastePlan(plan: typeof ANNA): Promise<void> {
  const clip = planClipboard(plan);
  await paste(clip.html, clip.text);
  await page.getByTestId('person-preview').first().waitFor();
}

async function confirmImport(): Promise<void> {
  await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
  await waitForResult();
}

/** Waits for the import's result; fails with the pane's message when it shows an error instead. */
async function waitForResult(): Promise<void> {
  await waitInPane(page.getByTestId('result').getByRole('status').first());
}

/** Waits for `target`; fails with the pane's message when the pane shows an error instead. */
async function waitInPane(target: ReturnType<Page['locator']>): Promise<void> {
  const failed = page.getByTestId('pane').getByRole('alert').first();
  await target.or(failed).first().waitFor();
  if (await failed.isVisible()) throw new Error(`The pane reported: ${await failed.textContent()}`);
}

async function showSheet(name: string): Promise<void> {
  await page.locator(`[data-testid="sheet-tab"][data-sheet="${name}"]`).click();
  await page.locator(`[data-testid="grid"][data-sheet="${name}"]`).waitFor();
}

async function setOverallPlan(): Promise<void> {
  await page.evaluate((sheet) => {
    window.__workbench!.host.setValues(sheet, 'A4', [
      ['HiS6', 'VC Norr', 'Anna Testsson', 'anna.testsson@example.se', 30, 'vt 2017', ''],
      ['HiS9', 'BUP Syd', 'David Saknad', 'david.saknad@example.se', 10, 'vt 2017', ''],
    ]);
  }, OVERALL_SHEET);
}

describe('workbench', () => {
  it('opens the template in the emulated Excel and shows its sheets beside the pane', async () => {
    await openWorkbench();
    const tabs = await sheetTabs();
    expect(tabs).toContain(PLAN_SHEET);
    expect(tabs).toContain(CONTACT_SHEET);
    await expect(page.getByTestId('grid').first().getAttribute('data-sheet')).resolves.toBe(tabs[0]);
    expect(session.errors).toEqual([]);
  });

  it('pastes a plan (HTML and text flavours), previews it, writes it, shows it in the grid and undoes it', async () => {
    await openWorkbench();
    await pastePlan(ANNA);
    const card = page.getByTestId('person-preview');
    expect(await card.count()).toBe(1);
    // One compact line per plan; what was understood on expanding it.
    expect(await card.textContent()).toBe('Anna TestssonPlan (3.a) · 2 rader · ny');
    await card.getByRole('button', { expanded: false }).click();
    const text = await card.getByTestId('person-details').textContent();
    expect(text).toContain('Ny person');
    expect(text).toMatch(/Rader att skriva\s*2/);
    expect(text).toContain(`Skrivs till fliken${PLAN_SHEET}`);
    // Nothing is written before the user confirms.
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual([]);

    await confirmImport();
    expect(await page.getByTestId('result').textContent()).toContain('2 rader skrevs');
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual(['Anna Testsson', 'Anna Testsson']);
    expect(await column(PLAN_SHEET, 'C4:C20')).toEqual(['Föreläsning', 'Workshop']);
    expect(await column(CONTACT_SHEET, 'A4:A10')).toEqual(['Anna Testsson']);

    await showSheet(PLAN_SHEET);
    await page.locator('[data-testid="grid"] td[data-written="true"]', { hasText: 'Föreläsning' }).waitFor();
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'workbench-after-import.png'), fullPage: false });

    // The undo button says what it undoes.
    await page.getByRole('button', { name: /^Ångra import av 1 plan, \d\d:\d\d$/ }).click();
    await page.getByText('Importen är ångrad.').waitFor();
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual([]);
    expect(await column(CONTACT_SHEET, 'A4:A10')).toEqual([]);
    await expect(
      page.locator('[data-testid="grid"] td[data-written="true"]', { hasText: 'Föreläsning' }).count(),
    ).resolves.toBe(0);
  });

  it('re-importing a person replaces their rows instead of adding more', async () => {
    await openWorkbench();
    await pastePlan(ANNA);
    await confirmImport();
    await page.getByRole('button', { name: 'Importera fler' }).click();
    await pastePlan(ANNA);
    const card = page.getByTestId('person-preview');
    expect(await card.textContent()).toContain('ersätter 2');
    await card.getByRole('button', { expanded: false }).click();
    const text = await card.getByTestId('person-details').textContent();
    expect(text).toMatch(/Rader som ersätts\s*2/);
    expect(text).toContain('Oförändrade');
    await confirmImport();
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual(['Anna Testsson', 'Anna Testsson']);
  });

  it('reads several .docx files from the file picker, one by one, and says which file is no plan', async () => {
    await openWorkbench();
    await page
      .getByTestId('file-input')
      .setInputFiles([
        await docxFile(BO, 'Bo Provare.docx'),
        await docxFile(CECILIA, 'Cecilia Exempel.docx'),
        { name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('inte en plan') },
      ]);
    await page.getByTestId('preview').waitFor();
    await page.getByTestId('person-preview').nth(1).waitFor();
    const names = await page.getByTestId('person-name').allTextContents();
    expect(names).toEqual(['Bo Provare', 'Cecilia Exempel']);
    // The file that is no plan is named apart from the preview, why on expanding.
    const failures = page.getByTestId('read-failures');
    expect(await failures.textContent()).toContain('anteckning.txt');
    await failures.getByRole('button', { name: 'Visa varför' }).click();
    await failures.getByText('Filen anteckning.txt är inte ett Word-dokument (.docx)').waitFor();
    await confirmImport();
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual(['Bo Provare', 'Cecilia Exempel']);
    expect(await column(CONTACT_SHEET, 'A4:A10')).toEqual(['Bo Provare', 'Cecilia Exempel']);
  });

  it('reads 60 files one by one with a progress bar and keeps the docx reader out of the first bundle', async () => {
    // Plan files are read in the plan reader's Web Worker (its own file): the .docx reader's text
    // ('word/document.xml') is in chunks it loads, none of them loaded by workbench.html. (Another
    // chunk that holds it is the docx library, which writes the pre-filled plans of goals out,
    // loaded with import() only when a plan is saved.)
    const chunks = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => /^plan-worker\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
    const withDocx = chunks.filter((f) =>
      fs.readFileSync(path.join(dist, f), 'utf8').includes('word/document.xml'),
    );
    expect(withDocx.length).toBeGreaterThan(0);
    const html = fs.readFileSync(path.join(dist, 'workbench.html'), 'utf8');
    expect(html).not.toContain('plan-worker');
    const firstLoad = chunks.filter((f) => html.includes(f));
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((f) => withDocx.includes(f))).toEqual([]);

    await openWorkbench();
    const files = [];
    for (let i = 1; i <= 60; i++) {
      files.push(
        await docxFile({ ...BO, name: `Person ${i}`, email: `person${i}@example.se` }, `Person ${i}.docx`),
      );
    }
    const seen: string[] = [];
    const watcher = setInterval(() => {
      void page
        .locator('[role="progressbar"]')
        .first()
        .getAttribute('aria-label')
        .then((l) => l && seen.push(l))
        .catch(() => undefined);
    }, 50);
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('preview').waitFor({ timeout: 90_000 });
    clearInterval(watcher);
    expect(seen.some((l) => /^Läser fil \d+ av 60$/.test(l))).toBe(true);
    await page.getByTestId('person-preview').nth(59).waitFor();
    expect(await page.getByTestId('person-preview').count()).toBe(60);
  });

  it('reads .docx files dropped on the drop zone', async () => {
    await openWorkbench();
    const file = await docxFile(ANNA, 'Anna Testsson.docx');
    await page.getByTestId('drop-zone').evaluate(
      (zone, f) => {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
    const card = page.getByTestId('person-preview');
    await card.getByRole('button', { expanded: false }).click();
    expect(await card.getByTestId('person-details').textContent()).toContain('Anna Testsson.docx');
  });

  it('checks the log against the overall plan, lists flags and reminders, and a flag takes the user to its cell', async () => {
    await openWorkbench();
    await setOverallPlan();
    await pastePlan(ANNA);
    await confirmImport();
    await page.getByRole('button', { name: 'Kontrollera loggen' }).click();
    await waitInPane(page.getByTestId('flag-counts'));
    expect(await page.getByTestId('flag-counts').textContent()).toContain('Plan har inte kommit in1');
    // A flag's line expands to its sentence and the button to its cell.
    const flag = page.getByTestId('flag').filter({ hasText: 'David Saknad' }).first();
    await flag.getByRole('button').first().click();
    const go = flag.getByRole('button', { name: /^Gå till/ });
    const label = (await go.textContent()) ?? '';
    const target = /^Gå till (.+)!([A-Z]+\d+)$/.exec(label.trim());
    expect(target).not.toBeNull();
    await go.click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const sel = window.__workbench!.host.selection;
        return sel !== null && sel.sheet === sheet && sel.address.replace(/\$/g, '').startsWith(cell);
      },
      [target![1], target![2]] as const,
    );
    await page
      .locator(`[data-testid="grid"][data-sheet="${target![1]}"] td[data-selected="true"]`)
      .first()
      .waitFor();
    await shot('pane-flags');
    // The reminders have a section of their own.
    await page.getByRole('tab', { name: 'Påminnelser' }).click();
    await page
      .getByTestId('reminder-people')
      .getByText(/David Saknad/)
      .waitFor();
  });

  it('refreshes the totals and shows a table and an accessible chart', async () => {
    await openWorkbench();
    await setOverallPlan();
    await pastePlan(ANNA);
    await confirmImport();
    await page.getByRole('tab', { name: 'Summor' }).click();
    await page.getByRole('button', { name: 'Uppdatera summor' }).click();
    await waitInPane(page.getByTestId('totals-table'));
    const table = (await page.getByTestId('totals-table').textContent()) ?? '';
    expect(table).toContain('HiS6');
    expect(table).toContain('Totalt');
    await expect(
      page.getByRole('img', { name: /Mål, planerat och nådda per utbildning/ }).count(),
    ).resolves.toBe(1);
    await shot('pane-totals');
  });

  it('asks for a column it cannot find and remembers the answer in the workbook', async () => {
    await openWorkbench();
    await page.evaluate(
      (sheet) => window.__workbench!.host.setValues(sheet, 'C3', [['Vad vi gör']]),
      PLAN_SHEET,
    );
    await page.getByRole('tab', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Läs om arbetsboken' }).click();
    const row = page.getByTestId('missing-column').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Aktivitet');
    await row.getByRole('textbox').fill('Vad vi gör');
    await row.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Kolumnen för Aktivitet är sparad.').waitFor();
    await expect(page.getByTestId('missing-column').count()).resolves.toBe(0);
  });

  it('can be used with the keyboard alone: pick files, confirm, undo, switch sections', async () => {
    // Listen first: Playwright turns on file-chooser interception asynchronously.
    const chooser = page.waitForEvent('filechooser');
    await openWorkbench();
    await tabTo('Välj .docx-filer');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles([await docxFile(ANNA, 'Anna Testsson.docx')]);
    await page.getByTestId('preview').waitFor();
    await tabTo('Skriv till arbetsboken');
    await page.keyboard.press('Enter');
    await waitForResult();
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual(['Anna Testsson', 'Anna Testsson']);
    await tabTo('Ångra');
    await page.keyboard.press('Enter');
    await page.getByText('Importen är ångrad.').waitFor();
    expect(await column(PLAN_SHEET, 'A4:A20')).toEqual([]);
    // The section tabs: arrow keys move between them, Enter/Space selects.
    await page.getByRole('tab', { name: 'Importera' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Kontrollera nu' }).waitFor();
  });

  it('has no axe-core violations in the pane’s states', async () => {
    await openWorkbench();
    expect(await axeViolations()).toEqual([]);
    await pastePlan(ANNA);
    expect(await axeViolations()).toEqual([]);
    await confirmImport();
    expect(await axeViolations()).toEqual([]);
    for (const tab of ['Kontroll', 'Påminnelser', 'Summor', 'Inställningar']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await axeViolations()).toEqual([]);
    }
  });

  it('reflows at 320 px wide without horizontal scrolling (screenshots in test-results/screenshots)', async () => {
    await openWorkbench(320);
    await setOverallPlan();
    const fits = () =>
      page.getByTestId('pane').evaluate((el) => {
        const main = el.querySelector('main') as HTMLElement;
        return main.scrollWidth <= el.clientWidth + 1;
      });
    await shot('pane-320-start');
    expect(await fits()).toBe(true);
    await pastePlan(ANNA);
    await shot('pane-320-preview');
    expect(await fits()).toBe(true);
    await confirmImport();
    await shot('pane-320-result');
    await page.getByRole('tab', { name: 'Inställningar' }).click();
    await shot('pane-320-settings');
    expect(await fits()).toBe(true);
    await page.getByRole('tab', { name: 'Kontroll' }).click();
    await page.getByRole('button', { name: 'Kontrollera nu' }).click();
    await waitInPane(page.getByTestId('flag-counts'));
    await shot('pane-320-flags');
    expect(await fits()).toBe(true);
  });

  it('saves the workbook as .xlsx and refuses a file that is not a workbook with a clear message', async () => {
    await openWorkbench();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara som .xlsx' }).click();
    const file = await (await download).path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // The same writer as the CLI: nothing was imported, so every sheet is the template's, as it was.
    const saved = unzipSync(new Uint8Array(bytes));
    const template = unzipSync(new Uint8Array(fs.readFileSync(path.join(ROOT, 'assets/template.xlsx'))));
    for (const name of Object.keys(template).filter((n) => n.startsWith('xl/worksheets/')))
      expect(Buffer.from(saved[name]).equals(Buffer.from(template[name]))).toBe(true);

    await page.getByTestId('workbook-input').setInputFiles({
      name: 'trasig.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('inte en zip'),
    });
    await page.getByTestId('workbench-message').waitFor();
    expect(await page.getByTestId('workbench-message').textContent()).toContain(
      'Filen ”trasig.xlsx” gick inte att öppna som arbetsbok',
    );

    await page
      .getByTestId('workbook-input')
      .setInputFiles({ name: 'sparad.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByText('Arbetsbok: sparad.xlsx').waitFor();
    expect(await sheetTabs()).toContain(PLAN_SHEET);
  });

  it('speaks English when Office’s display language is English', async () => {
    await page.goto(`${server.url}workbench.html?lang=en`);
    await page.getByRole('tab', { name: 'Import' }).waitFor();
    await page.getByText('Import personal spread plans').waitFor();
  });
});
