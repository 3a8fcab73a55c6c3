// Every control of every section works with the mouse (and comboboxes with the keyboard), in the
// pane at a pane's width (350 px, workbench.html?layout=pane) and in the workbench (the pane
// beside the emulated workbook). The controls are found by their ARIA role, not from a list of
// ours, so sections colleagues add or change are covered as they come: each section is a tab of
// the pane's tab list; the import section is visited in each of its states (start, the report
// round question, the preview, the result). After each click the pane must still be visible (no
// layer over it) and the control must have done what its role says: a tab selected, a listbox
// open on top, a box checked, a field focused, a button changing something (the pane, a popup,
// the workbook's selection) or opening the file picker.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type Session } from './support/browser';
import { batchFiles } from './support/batchPlans';
import { builtDir } from './support/builds';
import {
  controlsIn,
  coveredPoints,
  openListbox,
  seen,
  signature,
  type Control,
  type Visit,
} from './support/controls';
import { SHOTS, shot } from './support/paneLayout';
import { serve } from './support/staticServer';

let dist = '';
let server: { url: string; close: () => Promise<void> };
let session: Session;
let page: Page;
let files: Awaited<ReturnType<typeof batchFiles>>['files'];
let choosers = 0;

beforeAll(async () => {
  const [built, batch] = await Promise.all([builtDir('workbench'), batchFiles(8)]);
  dist = built;
  // Four plans and a report (the fourth of the batch), one with something to look at (the eighth).
  files = batch.files.slice(3, 8);
  server = await serve(dist);
  session = await openBrowser(350, 700);
  page = session.page;
  page.on('filechooser', () => (choosers += 1));
  // A click that reaches a file input (a button opening the file picker) is noted in the page
  // too, so the check below need not wait for a change of the pane that will not come.
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      (e) => {
        const t = e.target as HTMLInputElement | null;
        if (t?.tagName === 'INPUT' && t.type === 'file')
          (window as { __choseFile?: boolean }).__choseFile = true;
      },
      true,
    );
  });
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Layout {
  name: string;
  url: string;
  size: { width: number; height: number };
  /** Where the pane is in the page. */
  pane: string;
}

const LAYOUTS: Layout[] = [
  {
    name: 'pane 350 px',
    url: 'workbench.html?layout=pane',
    size: { width: 350, height: 700 },
    pane: '[data-testid="pane"]',
  },
  {
    name: 'workbench',
    url: 'workbench.html',
    size: { width: 1280, height: 900 },
    pane: '[data-testid="pane"]',
  },
];

interface PaneState {
  name: string;
  /** Whether the pane is (still) in this state. */
  ready(): Promise<boolean>;
  /** Brings the pane into this state from a freshly opened workbook. */
  enter(): Promise<void>;
}

async function idle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), null, {
    timeout: 120_000,
  });
}

async function open(layout: Layout): Promise<void> {
  await page.setViewportSize(layout.size);
  await page.goto(`${server.url}${layout.url}`);
  await page.getByRole('tab', { name: 'Importera' }).waitFor();
  await page.waitForFunction(() => window.__workbench?.host !== undefined);
  await idle();
}

const visible = async (testId: string) => (await page.getByTestId(testId).count()) > 0;

async function toQuestion(layout: Layout): Promise<void> {
  await open(layout);
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('report-question').waitFor({ timeout: 60_000 });
}

async function toPreview(layout: Layout): Promise<void> {
  await toQuestion(layout);
  await page.getByRole('radio', { name: 'Återrapportering 1 (flik 3.b)' }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByTestId('preview').waitFor({ timeout: 60_000 });
  await idle();
  // One plan's details open, so its own controls are there too.
  await page.getByTestId('person-preview').first().getByRole('button').first().click();
}

async function toResult(layout: Layout): Promise<void> {
  await toPreview(layout);
  await page.getByRole('button', { name: 'Skriv till arbetsboken' }).click();
  await page.getByTestId('result').getByRole('status').waitFor({ timeout: 60_000 });
  await idle();
}

/** The pane's states: the import section's, then each other section of the tab list as found. */
async function statesOf(layout: Layout): Promise<PaneState[]> {
  await open(layout);
  // innerText: what a person reads (Fluent's tab also holds a hidden copy of its label).
  const tabs = await page
    .getByRole('tablist')
    .first()
    .getByRole('tab')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
  expect(tabs[0]).toBe('Importera');
  const importStates: PaneState[] = [
    {
      name: 'Importera: start',
      ready: async () => (await visible('drop-zone')) && !(await visible('result')),
      enter: () => open(layout),
    },
    {
      name: 'Importera: vilken återrapportering',
      ready: () => visible('report-question'),
      enter: () => toQuestion(layout),
    },
    {
      name: 'Importera: förhandsgranskning',
      ready: () => visible('preview'),
      enter: () => toPreview(layout),
    },
    {
      name: 'Importera: resultat',
      ready: async () => (await page.getByTestId('result').getByRole('status').count()) > 0,
      enter: () => toResult(layout),
    },
  ];
  const tab = (i: number) => page.getByRole('tablist').first().getByRole('tab').nth(i);
  const sections: PaneState[] = tabs.slice(1).map((name, k) => ({
    name,
    ready: async () =>
      (await tab(k + 1).getAttribute('aria-selected')) === 'true' && !(await visible('drop-zone')),
    enter: async () => {
      // Something written first, so the check and the totals have rows to work on.
      await toResult(layout);
      await tab(k + 1).click();
      await idle();
    },
  }));
  return [...importStates, ...sections];
}

/**
 * One step of the crawl within a time budget: a step that hangs fails at once naming itself and
 * what it last did, instead of the whole test waiting for its own (much longer) timeout.
 */
async function within<T>(what: string, step: () => Promise<T>, ms = 120_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([step(), hung]);
  } finally {
    clearTimeout(timer);
  }
}

async function shotOf(layout: Layout, name: string): Promise<void> {
  await shot(page, `controls-${layout.name.replace(/\W+/g, '-')}-${name.replace(/\W+/g, '-')}`.toLowerCase());
}

/** Clicks or opens one control; returns what it did, or throws saying what went wrong. */
async function exercise(layout: Layout, control: Control, at: ReturnType<Page['locator']>): Promise<Visit[]> {
  const visits: Visit[] = [];
  const covered = async (when: string) => {
    const bad = await coveredPoints(page, layout.pane);
    if (bad.length > 0) {
      await shotOf(layout, `covered-${control.name}`);
      throw new Error(`${signature(control)} ${when}: the pane is covered at ${bad.slice(0, 3).join('; ')}`);
    }
  };
  await page.evaluate(() => ((window as { __choseFile?: boolean }).__choseFile = false));
  const before = await seen(page, layout.pane);
  const chooserBefore = choosers;
  switch (control.role) {
    case 'tab':
      await at.click();
      await covered('clicked');
      if ((await at.getAttribute('aria-selected')) !== 'true')
        throw new Error(`${signature(control)}: not selected`);
      visits.push({ ...control, state: '', how: 'mouse', effect: 'selected' });
      break;
    case 'combobox':
      if (control.nativeSelect) {
        const options = await at
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        const current = await at.inputValue();
        const other = options.find((v) => v !== current);
        if (other === undefined) throw new Error(`${signature(control)}: nothing to choose`);
        await at.focus();
        await page.keyboard.press('ArrowDown');
        await covered('changed with the keyboard');
        const now = await at.inputValue().catch(() => current);
        if (now === current) await at.selectOption(other);
        visits.push({ ...control, state: '', how: 'keyboard', effect: `chose another option` });
      } else {
        await at.click();
        const mouse = await openListbox(page, at);
        await covered('opened with the mouse');
        if (mouse) {
          await shotOf(layout, `listbox-${control.name}`);
          throw new Error(`${signature(control)} clicked: ${mouse}`);
        }
        visits.push({ ...control, state: '', how: 'mouse', effect: 'listbox opened on top' });
        await page.keyboard.press('Escape');
        await covered('closed');
        await at.focus();
        await page.keyboard.press('ArrowDown');
        const keyboard = await openListbox(page, at);
        await covered('opened with the keyboard');
        if (keyboard) throw new Error(`${signature(control)} with ArrowDown: ${keyboard}`);
        visits.push({ ...control, state: '', how: 'keyboard', effect: 'listbox opened on top' });
        await page.keyboard.press('Escape');
      }
      break;
    case 'checkbox':
    case 'switch':
    case 'radio':
    case 'menuitemcheckbox':
    case 'menuitemradio': {
      const was = await at.isChecked();
      await at.click();
      await covered('clicked');
      const is = await at.isChecked();
      if (control.role === 'radio' ? !is : is === was)
        throw new Error(`${signature(control)}: its state did not change`);
      visits.push({ ...control, state: '', how: 'mouse', effect: is ? 'checked' : 'unchecked' });
      break;
    }
    case 'textbox':
    case 'searchbox':
    case 'spinbutton':
    case 'slider': {
      await at.click();
      await covered('clicked');
      const focused = await at.evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
      );
      if (!focused) throw new Error(`${signature(control)}: not focused by a click`);
      visits.push({ ...control, state: '', how: 'mouse', effect: 'focused for typing' });
      break;
    }
    case 'link': {
      const href = (await at.getAttribute('href')) ?? '';
      if (!/^(mailto:|https?:|#)/.test(href)) throw new Error(`${signature(control)}: href "${href}"`);
      const url = page.url();
      await at.click();
      await covered('clicked');
      if (page.url() !== url)
        throw new Error(`${signature(control)}: the pane navigated away to ${page.url()}`);
      visits.push({ ...control, state: '', how: 'mouse', effect: `link to ${href.slice(0, 7)}…` });
      break;
    }
    default: {
      // A toggle button (aria-pressed): one of a set of choices (a filter) is pressed after a
      // click, or a single toggle flips; pressing the choice already made changes nothing else.
      const pressed = await at.getAttribute('aria-pressed');
      if (pressed === 'true' || pressed === 'false') {
        await at.click();
        await covered('clicked');
        const now = await at.getAttribute('aria-pressed');
        if (now !== 'true' && now === pressed)
          throw new Error(`${signature(control)}: a toggle button neither pressed nor released`);
        visits.push({
          ...control,
          state: '',
          how: 'mouse',
          effect: now === 'true' ? (pressed === 'true' ? 'kept as the choice' : 'pressed') : 'released',
        });
        break;
      }
      // The requests the pane has sent to the workbook so far (a refresh may show the same).
      const trips = () => page.evaluate(() => window.__workbench?.host.stats.roundTrips ?? 0);
      const tripsBefore = await trips();
      await at.click();
      await covered('clicked');
      // Something must change: the pane, a popup, the workbook's selection, a file picker, or the
      // workbook is asked (a refresh whose answer is the same as before).
      const changed = await page
        .waitForFunction(
          ([selector, was, asked]) => {
            const pane = document.querySelector(selector);
            const popups = [
              ...document.querySelectorAll('[role="listbox"],[role="menu"],[role="dialog"]'),
            ].map((p) => (p as HTMLElement).innerText);
            const states = [
              ...(pane?.querySelectorAll('[aria-expanded],[aria-selected],[aria-checked]') ?? []),
            ].map(
              (e) =>
                `${e.getAttribute('aria-expanded')}${e.getAttribute('aria-selected')}${e.getAttribute('aria-checked')}`,
            );
            const values = [...(pane?.querySelectorAll('input,select,textarea') ?? [])].map(
              (e) => `${(e as HTMLInputElement).value}${(e as HTMLInputElement).checked}`,
            );
            const now = JSON.stringify([
              (pane as HTMLElement | null)?.innerText ?? '',
              popups,
              states,
              values,
            ]);
            return (
              now !== was ||
              (window as { __choseFile?: boolean }).__choseFile === true ||
              (window.__workbench?.host.selection ?? null) !== null ||
              (window.__workbench?.host.stats.roundTrips ?? 0) > asked
            );
          },
          [layout.pane, before, tripsBefore] as const,
          { timeout: 5000 },
        )
        .then(() => true)
        .catch(() => false);
      const selection = await page.evaluate(() => JSON.stringify(window.__workbench?.host.selection ?? null));
      const chose =
        choosers > chooserBefore ||
        (await page.evaluate(() => (window as { __choseFile?: boolean }).__choseFile === true));
      await idle();
      const paneChanged = (await seen(page, layout.pane)) !== before;
      const request = (await trips()) > tripsBefore;
      if (!changed && !chose && selection === 'null' && !request) {
        await shotOf(layout, `nothing-${control.name}`);
        throw new Error(`${signature(control)}: clicking it changed nothing`);
      }
      visits.push({
        ...control,
        state: '',
        how: 'mouse',
        effect: chose
          ? 'file picker opened'
          : selection !== 'null'
            ? 'a cell selected'
            : paneChanged || !request
              ? 'the pane changed'
              : 'the workbook asked again',
      });
      await page.evaluate(() => {
        if (window.__workbench) window.__workbench.host.selection = null;
      });
    }
  }
  await idle();
  await covered('after it finished');
  return visits;
}

describe.each(LAYOUTS)('every control, $name', (layout) => {
  test('is found by role, clicked or opened, leaves the pane visible and does what it says', async () => {
    const visits: Visit[] = [];
    const disabledOnly: string[] = [];
    const record = () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(
        path.join(SHOTS, `controls-${layout.name.replace(/\W+/g, '-')}.json`),
        JSON.stringify({ visits, disabledOnly }, null, 2),
      );
    };
    // The section tabs are the same controls in every state: visited in the first state only
    // (each click leaves the state, and entering it again is the slow part of this test).
    const tabsDone = new Set<string>();
    try {
      for (const state of await statesOf(layout)) {
        await state.enter();
        await shotOf(layout, state.name);
        const done = new Set<string>(tabsDone);
        for (let guard = 0; guard < 250; guard++) {
          await within(`${layout.name}, ${state.name}: entering the state`, async () => {
            if (!(await state.ready())) await state.enter();
            await idle();
          });
          const controls = await within(`${layout.name}, ${state.name}: finding the controls`, () =>
            controlsIn(page.locator(layout.pane)),
          );
          const next = controls.find((c) => !done.has(signature(c.control)) && !c.control.disabled);
          if (!next) {
            for (const c of controls)
              if (!done.has(signature(c.control))) disabledOnly.push(`${state.name} ${signature(c.control)}`);
            break;
          }
          done.add(signature(next.control));
          if (next.control.role === 'tab') tabsDone.add(signature(next.control));
          const started = Date.now();
          try {
            const did = await within(`${layout.name}, ${state.name}: ${signature(next.control)}`, () =>
              exercise(layout, next.control, next.at),
            );
            visits.push(...did.map((v) => ({ ...v, state: state.name, ms: Date.now() - started })));
          } catch (e) {
            throw new Error(`${layout.name}, ${state.name}: ${(e as Error).message}`, { cause: e });
          }
          await page.keyboard.press('Escape');
        }
      }
    } finally {
      record();
    }
    // Every state and section was visited, with the controls of each kind the pane has.
    const states = new Set(visits.map((v) => v.state));
    expect(states.size).toBeGreaterThanOrEqual(7);
    const kinds = new Set(visits.map((v) => v.role));
    for (const role of ['tab', 'button', 'combobox', 'switch', 'radio', 'textbox'] as const)
      expect(kinds).toContain(role);
    // Fluent's own popup (the batch's round for all plans): opened on top, by mouse and keyboard.
    expect(
      visits.filter((v) => v.role === 'combobox' && !v.nativeSelect && v.effect === 'listbox opened on top')
        .length,
    ).toBeGreaterThanOrEqual(2);
    expect(visits.some((v) => v.effect === 'file picker opened')).toBe(true);
    expect(session.foreign).toEqual([]);
  }, 900_000);
});
