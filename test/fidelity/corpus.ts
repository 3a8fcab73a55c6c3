// The corpus of test/fixtures/fidelity/ as corpus.json describes it, and what the CLI may change
// in each file: worked out from the file's layout (where each log tab's data ends) and from what
// the CLI reports it did (its --json output), never from the file it wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Round } from '../../src/core/model';
import type { AllowedChanges, SheetChange } from './compare';
import { child, children, localName, parseXml, readPackage, sheetsOf } from './ooxml';

export const CORPUS_DIR = path.resolve(__dirname, '../fixtures/fidelity');

/** A log tab of a corpus file. */
export interface TabFacts {
  sheet: string;
  headerRow: number;
  /** The last row holding data (1-based). */
  lastDataRow: number;
  /** A trailing totals row right below the data, or null. */
  totalsRow: number | null;
  /** The log's own columns, "A:K": the import writes only these. */
  columns: string;
  /** The coordinator's own columns right of them. */
  extraColumns: number;
}

export interface CorpusEntry {
  file: string;
  writer: string;
  dateSystem: 1900 | 1904;
  features: string[];
  tabs: Record<'contacts' | Round, TabFacts>;
  /** What the corpus test imports: the round and plan files of test/fixtures/plans. */
  import: { round: Round; plans: string[] };
}

export function readCorpus(): CorpusEntry[] {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'corpus.json'), 'utf8')) as CorpusEntry[];
}

/** What `import --json` prints (the parts the harness needs). */
export interface ImportReport {
  imported: { person: string; tab: string; rowsWritten: number; rowsReplaced: number }[];
  flags: { sheet: string | null; cell: string | null }[];
}

/** Parts any write may touch: document properties, the calculation chain Excel rebuilds. */
const PROPERTIES_AND_CALC_CHAIN = [/^docProps\/(app|core|custom)\.xml$/, /^xl\/calcChain\.xml$/];
/**
 * Parts a write may add: the add-in's settings live in the web extension parts (created on the
 * first write), and a workbook written with inline strings only (openpyxl) may get a shared
 * strings part for the texts written.
 */
const ADDED_PARTS = [/^xl\/webextensions\//, /^xl\/sharedStrings\.xml$/];
/** The undo journal's very hidden sheet. */
export const JOURNAL_SHEET = '_spridningslogg';
export const SUMMARY_SHEET = '4. Sammanställning';

function block(tab: TabFacts, first: number, last: number): string {
  const [c1, c2] = tab.columns.split(':');
  return `${c1}${first}:${c2}${last}`;
}

const sheetOf = (changes: Record<string, SheetChange>, sheet: string): SheetChange =>
  (changes[sheet] ??= { written: [], restyled: [], rows: [] });

/**
 * What `import` may change in a corpus file, given its report. The corpus imports only people
 * new to the file, so each person gets one new row in the contacts tab after its last data row,
 * and the round's tab gets their rows after its last data row, or inserted before its trailing
 * totals row (whose formulas are then rewritten). The check marks flagged cells (style only).
 */
export function importChanges(entry: CorpusEntry, report: ImportReport): AllowedChanges {
  const sheets: Record<string, SheetChange> = {};
  const tab = entry.tabs[entry.import.round];
  const written = report.imported.reduce((n, p) => n + p.rowsWritten, 0);
  if (report.imported.some((p) => p.rowsReplaced > 0)) {
    throw new Error(`${entry.file}: the corpus imports only people new to the file`);
  }
  const target = sheetOf(sheets, tab.sheet);
  if (tab.totalsRow !== null) {
    target.rows!.push({ at: tab.totalsRow, count: written });
    target.written!.push(block(tab, tab.totalsRow, tab.totalsRow + written));
  } else if (written > 0) {
    target.written!.push(block(tab, tab.lastDataRow + 1, tab.lastDataRow + written));
  }
  const contacts = entry.tabs.contacts;
  const people = report.imported.length;
  if (people > 0) {
    sheetOf(sheets, contacts.sheet).written!.push(
      block(contacts, contacts.lastDataRow + 1, contacts.lastDataRow + people),
    );
  }
  for (const f of report.flags) {
    if (f.sheet && f.cell) sheetOf(sheets, f.sheet).restyled!.push(f.cell);
  }
  return {
    sheets,
    addedSheets: [JOURNAL_SHEET],
    addedParts: ADDED_PARTS,
    changedParts: PROPERTIES_AND_CALC_CHAIN,
    recalc: true,
  };
}

/** What `totals --out` may change: the summary sheet added (with its chart) and the settings. */
export function totalsChanges(): AllowedChanges {
  return {
    addedSheets: [SUMMARY_SHEET],
    addedParts: ADDED_PARTS,
    changedParts: PROPERTIES_AND_CALC_CHAIN,
    recalc: true,
  };
}

/** A cell's stored value (the text of its <v>), or null. */
export function storedValue(bytes: Uint8Array, sheet: string, ref: string): string | null {
  const parts = readPackage(bytes);
  const entry = sheetsOf(parts).find((s) => s.name === sheet);
  if (!entry) return null;
  const data = child(parseXml(parts.get(entry.part)!, entry.part).documentElement!, 'sheetData');
  for (const row of data ? children(data) : []) {
    for (const c of children(row)) {
      if (localName(c) === 'c' && c.getAttribute('r') === ref) return child(c, 'v')?.textContent ?? null;
    }
  }
  return null;
}

/** Today as Excel stores it in a workbook of that date system (whole days). */
export function todaySerial(system: 1900 | 1904, now = new Date()): number {
  const days = Math.floor(
    (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
  );
  return system === 1904 ? days - 1462 : days;
}
