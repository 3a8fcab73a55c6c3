// Reading a batch of plan files in the task pane, in headless Chromium: the workbench's pane alone
// at a pane's size (workbench.html?layout=pane, the production build of `npm run build:workbench`,
// which reads plan files in the plan reader's Web Worker as the add-in does) over the emulated start
// workbook. The files are handed to the pane's file input at once (as a drop does); measured in the page:
// - the longest main-thread task from the drop until the preview is shown (Long Tasks API: every
//   task over 50 ms is reported, so "none" means each was under 50 ms), and how many passed 100 ms;
// - the time from the drop to the preview. The settings' dates lie in the past, so the pane asks
//   which report round is current once the files are read; that time (a person answering) is left
//   out: drop → question, then answer → preview, summed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { batchFiles } from '../../test/browser/support/batchPlans';
import { openBrowser } from '../../test/browser/support/browser';
import { serve } from '../../test/browser/support/staticServer';

const ROOT = path.join(__dirname, '..', '..');

export interface ReadInPaneResult {
  plans: number;
  /** Drop → the pane shows what it read (the report round question). */
  readMs: number;
  /** The answer → the preview shown, every plan's line in it. */
  previewMs: number;
  dropToPreviewMs: number;
  /** The longest main-thread task from the drop to the preview (0: none over 50 ms). */
  longestTaskMs: number;
  tasksOver100Ms: number;
  tasksOver50Ms: number;
  /** Each task over 50 ms: when it began (ms after the drop) and how long it took. */
  longTasks: { atMs: number; ms: number }[];
}

const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface LongTask {
  start: number;
  ms: number;
}

/** Builds the workbench into a temporary folder, as `npm run build:workbench` does. */
export function buildWorkbench(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-bench-workbench-'));
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'build.mjs'), '--workbench', '--out', out],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`the workbench build failed:\n${r.stdout}${r.stderr}`);
  return out;
}

export async function measureReadInPane(workbenchDir: string, n = 150): Promise<ReadInPaneResult> {
  const batch = await batchFiles(n);
  const server = await serve(workbenchDir);
  const session = await openBrowser(350, 700);
  const { page } = session;
  try {
    await session.context.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${server.url}workbench.html?layout=pane`);
    await page.getByRole('tab', { name: 'Importera' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
    const now = () => page.evaluate(() => performance.now());
    // The preview is there when every plan's line is (they render after the summary).
    const linesShown = () =>
      page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="person-preview"]').length === count,
        n,
        { timeout: 300_000 },
      );
    // The files are made in the page first (Playwright decodes them there, on the main thread: its
    // cost, not the pane's), then handed to the pane's file input at once, as a drop hands them.
    await page.evaluate(() => {
      const held = document.createElement('input');
      held.type = 'file';
      held.multiple = true;
      held.id = 'bench-files';
      held.hidden = true;
      document.body.append(held);
    });
    await page.locator('#bench-files').setInputFiles(batch.files);
    await page.waitForTimeout(500);
    const t0 = await now();
    await page.evaluate(() => {
      const held = document.getElementById('bench-files') as HTMLInputElement;
      const input = document.querySelector('[data-testid="file-input"]') as HTMLInputElement;
      input.files = held.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const question = page.getByTestId('report-question');
    const preview = page.getByTestId('preview');
    await question.or(preview).first().waitFor({ timeout: 300_000 });
    const t1 = await now();
    let previewMs = 0;
    if ((await question.count()) > 0) {
      await question.getByRole('radio').first().check();
      const t2 = await now();
      await question.getByRole('button', { name: 'Fortsätt' }).click();
      await preview.waitFor({ timeout: 300_000 });
      await linesShown();
      previewMs = (await now()) - t2;
    } else await linesShown();
    const t3 = await now();
    const tasks = (
      await page.evaluate(() => (window as { __longTasks?: LongTask[] }).__longTasks ?? [])
    ).filter((t) => t.start >= t0 && t.start <= t3);
    const readMs = t1 - t0;
    return {
      plans: n,
      readMs,
      previewMs,
      dropToPreviewMs: readMs + previewMs,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
      tasksOver100Ms: tasks.filter((t) => t.ms > 100).length,
      tasksOver50Ms: tasks.length,
      longTasks: tasks.map((t) => ({ atMs: Math.round(t.start - t0), ms: t.ms })),
    };
  } finally {
    await session.close();
    await server.close();
  }
}
