// Runs the REAL Excel JavaScript client (the one Excel loads, shipped in @microsoft/office-js)
// inside a jsdom window in Node, so the CLI drives the workbook through exactly the same
// `src/excel/` code as the task pane. The host emulator answers the client's batches.
import * as fs from 'node:fs';
import { JSDOM } from 'jsdom';

export interface OfficeRuntime {
  window: Window & typeof globalThis;
  /** For reading pasted HTML exactly as the pane does with the browser's DOMParser. */
  domParser: DOMParser;
}

let runtime: OfficeRuntime | null = null;

/** Loads the client once per process and exposes Excel/OfficeExtension as globals. */
export function loadOfficeRuntime(): OfficeRuntime {
  if (runtime) return runtime;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'https://localhost/spridningslogg-cli/',
    runScripts: 'outside-only',
  });
  const window = dom.window as unknown as Window & typeof globalThis;
  const clientPath = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');
  (window as unknown as { eval(src: string): unknown }).eval(fs.readFileSync(clientPath, 'utf8'));
  const g = globalThis as unknown as Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  g.Excel = w.Excel;
  g.OfficeExtension = w.OfficeExtension;
  runtime = { window, domParser: new window.DOMParser() };
  return runtime;
}

/** After the host installed its Office stand-in on the window, mirror it as a global. */
export function exposeOffice(): void {
  if (!runtime) throw new Error('loadOfficeRuntime() first');
  (globalThis as unknown as Record<string, unknown>).Office = (
    runtime.window as unknown as Record<string, unknown>
  ).Office;
}
