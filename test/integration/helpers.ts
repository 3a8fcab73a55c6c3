// Shared set-up of the import's integration tests: the real Excel client (loaded as globals by
// test/setup/officejs.ts) talking to the emulated Excel of src/host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGateway } from '../../src/excel/createGateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { ExcelHost, type HostProfile } from '../../src/host';
import { errorMessage } from '../../src/taskpane/errors/errorMessage';

// jest 29's jsdom environment lacks structuredClone (every browser Office runs in has it);
// core/settings.ts uses it.
if (typeof globalThis.structuredClone !== 'function') {
  (globalThis as { structuredClone: (v: unknown) => unknown }).structuredClone = (v: unknown) =>
    JSON.parse(JSON.stringify(v)) as unknown;
}

export const ROOT = path.join(__dirname, '..', '..');
export const TEMPLATE = path.join(ROOT, 'assets', 'template.xlsx');
export const LIVED_IN = path.join(ROOT, 'test', 'fixtures', 'workbooks', 'lived-in.xlsx');

/** 20 Jan 2017, 11:00 in Sweden: before the report 1 deadline. */
export const NOW = new Date('2017-01-20T10:00:00Z');

export async function open(
  file: string,
  profile: HostProfile = 'web',
): Promise<{ host: ExcelHost; gateway: WorkbookGateway }> {
  const host = await ExcelHost.fromXlsx(fs.readFileSync(file), { profile });
  host.install();
  return { host, gateway: createGateway({ now: () => NOW }) };
}

interface SnapshotSheet {
  name: string;
  cells: Record<string, unknown>;
  [key: string]: unknown;
}

export function sheetsOf(snapshot: unknown): SnapshotSheet[] {
  return (snapshot as { sheets: SnapshotSheet[] }).sheets;
}

/** The snapshot without the named sheets (and with the rest as they are). */
export function without(snapshot: unknown, names: string[]): unknown {
  const s = snapshot as { sheets: SnapshotSheet[] };
  return { ...s, sheets: s.sheets.filter((x) => !names.includes(x.name)) };
}

/** The sentence the pane shows for the error `run` fails with (Swedish unless told). */
export async function shownError(run: () => Promise<unknown>, lang: 'sv' | 'en' = 'sv'): Promise<string> {
  try {
    await run();
  } catch (e) {
    return errorMessage(e, lang);
  }
  throw new Error('expected an error');
}
