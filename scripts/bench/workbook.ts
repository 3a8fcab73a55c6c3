// A workbook for the import benchmark: the template (assets/template.xlsx), optionally holding
// `existingRows` activity rows of other people in 3.a (ten per person) and their contact rows
// in 2., opened in the host emulator (profile 'web') with the REAL Excel client talking to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGateway } from '../../src/excel/createGateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { TAB_NAMES } from '../../src/core/tabs';
import { ExcelHost } from '../../src/host';
import { exposeOffice, loadOfficeRuntime } from '../../src/cli/office-runtime';

export const TEMPLATE = path.join(__dirname, '..', '..', 'assets', 'template.xlsx');
/** The template's header row is 3; data starts on row 4. */
const FIRST_DATA_ROW = 4;
/** 20 Jan 2017: the plan round is the one suggested. */
export const BENCH_NOW = new Date('2017-01-20T10:00:00Z');

let templateBytes: Uint8Array | null = null;

export interface BenchWorkbook {
  host: ExcelHost;
  gateway: WorkbookGateway;
}

function existingActivityRows(count: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const person = Math.floor(i / 10);
    rows.push([
      `Befintlig Person ${String(person + 1).padStart(4, '0')}`,
      ['HiS2', 'HiS6', 'HiS9'][i % 3],
      'Föreläsning',
      'Personal',
      `Verksamhet ${person % 40}`,
      42800 + (i % 90),
      10 + (i % 15),
      '',
      '',
      '',
      i % 13 === 0 ? 'Befintlig rad' : '',
    ]);
  }
  return rows;
}

function existingContactRows(people: number): unknown[][] {
  return Array.from({ length: people }, (_, p) => [
    `Befintlig Person ${String(p + 1).padStart(4, '0')}`,
    'Kurator',
    `Verksamhet ${p % 40}`,
    'Region Test',
    `befintlig${p + 1}@region.example`,
    '070-000 00 00',
    'HiS2, HiS6',
    42750,
  ]);
}

/** Opens a fresh copy of the template with `existingRows` rows already in 3.a (and contacts in 2.). */
export async function openBenchWorkbook(existingRows: number): Promise<BenchWorkbook> {
  templateBytes ??= new Uint8Array(fs.readFileSync(TEMPLATE));
  const runtime = loadOfficeRuntime();
  const host = await ExcelHost.fromXlsx(templateBytes, { profile: 'web', displayLanguage: 'sv-SE' });
  if (existingRows > 0) {
    host.setValues(TAB_NAMES.plan, `A${FIRST_DATA_ROW}`, existingActivityRows(existingRows));
    host.setValues(
      TAB_NAMES.contacts,
      `A${FIRST_DATA_ROW}`,
      existingContactRows(Math.ceil(existingRows / 10)),
    );
  }
  host.install(runtime.window);
  exposeOffice();
  host.resetStats();
  return { host, gateway: createGateway({ now: () => BENCH_NOW }) };
}
