// install(target) on another global than the test's own: the CLI loads the client into a
// separate jsdom window and installs the host there. The test's own global is left alone.
import * as fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { ExcelHost } from '../../src/host';

type ClientWindow = typeof globalThis & {
  Excel: typeof Excel;
  Office: { context: { displayLanguage: string } };
};

test("a host installed into a separate window serves that window's Excel.run and uninstalls cleanly", async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'https://localhost/',
    runScripts: 'outside-only',
  });
  const win = dom.window as unknown as ClientWindow;
  (win as unknown as { eval: (s: string) => void }).eval(
    fs.readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js'), 'utf8'),
  );
  const host = ExcelHost.empty({ displayLanguage: 'sv-SE' });
  host.install(win);
  expect(win.Office.context.displayLanguage).toBe('sv-SE');
  await win.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['från CLI']];
    await ctx.sync();
  });
  expect(host.values('Blad1', 'A1')).toEqual([['från CLI']]);
  expect(host.stats.runs).toBe(1);
  host.uninstall();
  await expect(
    win.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['x']];
      await ctx.sync();
    }),
  ).rejects.toBeDefined();
  dom.window.close();
}, 60_000);
