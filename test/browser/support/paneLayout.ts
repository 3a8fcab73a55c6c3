// The task pane alone at a pane's size (workbench.html?layout=pane): the add-in's own mount over
// the emulated start workbook, the page scrolling as the pane's document does in Excel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SHOTS = path.resolve(__dirname, '../../../test-results/screenshots');

export async function openPane(page: Page, url: string, size = { width: 350, height: 700 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${url}workbench.html?layout=pane`);
  await page.getByRole('tab', { name: 'Importera' }).waitFor();
  await page.waitForFunction(() => window.__workbench?.host !== undefined);
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** What a person sees once it has settled (no expand or fade still running): the viewport, saved under test-results/screenshots. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
    timeout: 5000,
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Whether the element lies wholly inside the viewport as it is now (no scrolling). */
export function inViewport(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.top >= 0 &&
      r.left >= 0 &&
      r.bottom <= window.innerHeight &&
      r.right <= window.innerWidth &&
      r.height > 0
    );
  });
}

/** Whether anything sticks out sideways (the pane must reflow at its width). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Waits for `target`; fails with the pane's message when the pane shows an error instead. */
export async function waitInPane(page: Page, target: Locator, timeout = 60_000): Promise<void> {
  const failed = page.getByRole('alert').first();
  await target.or(failed).first().waitFor({ timeout });
  if ((await failed.count()) > 0 && (await failed.isVisible()))
    throw new Error(`The pane reported: ${await failed.textContent()}`);
}
