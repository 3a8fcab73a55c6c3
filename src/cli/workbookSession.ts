// Opens an .xlsx file in the host emulator and connects the add-in's own Office.js gateway to
// it: the CLI uses exactly the code paths of the task pane (core → excel → real client → host).
import * as fs from 'node:fs';
import { createGateway } from '../excel/createGateway';
import type { WorkbookGateway } from '../excel/gateway';
import { MessageError, msg, type Message } from '../core/messages';
import { ExcelHost, type SaveResult } from '../host';
import { CliError } from './cliError';
import { exposeOffice, loadOfficeRuntime, type OfficeRuntime } from './office-runtime';
import { checkOutput, writeOutput } from './outputPath';

export interface WorkbookSession {
  /** The workbook file as given (--workbook). */
  input: string;
  host: ExcelHost;
  gateway: WorkbookGateway;
  runtime: OfficeRuntime;
}

export function readInputFile(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'filen finns inte'
        : code === 'EISDIR'
          ? 'det är en mapp, inte en fil'
          : 'filen går inte att läsa';
    throw new CliError(1, `${file}: ${why}.`);
  }
}

export async function openWorkbook(file: string, now?: () => Date): Promise<WorkbookSession> {
  const bytes = readInputFile(file);
  const runtime = loadOfficeRuntime();
  let host: ExcelHost;
  try {
    host = await ExcelHost.fromXlsx(bytes, { profile: 'web', displayLanguage: 'sv-SE', fileName: file });
  } catch (e) {
    if (e instanceof MessageError) throw e; // names the file and what is wrong with it
    throw new CliError(1, `${file}: arbetsboken går inte att öppna. Kontrollera att det är en .xlsx-fil.`);
  }
  host.install(runtime.window);
  exposeOffice();
  return { input: file, host, gateway: createGateway({ now }), runtime };
}

/** Refuses an OUT that is the input, a folder, or (without --force) an existing file: before any work. */
export function prepareOutput(input: string, out: string, force: boolean): void {
  checkOutput(input, out, force);
}

/**
 * Writes the workbook to OUT: the input file with the add-in's changes patched in (via a
 * temporary file, so a failure never leaves half a file). Returns what it wrote, as messages;
 * throws MessageError when something cannot be written faithfully (then nothing is written).
 */
export function saveWorkbook(
  session: WorkbookSession,
  out: string,
  force = false,
): { messages: Message[]; json: WrittenJson } {
  checkOutput(session.input, out, force);
  const saved = session.host.save();
  writeOutput(session.input, out, saved.bytes, force);
  return { messages: writtenMessages(session.input, out, saved), json: writtenJson(out, saved) };
}

/** What a save changed, for --json: the sheets changed (added or patched) and whether the settings were. */
export interface WrittenJson {
  file: string;
  sheets: {
    name: string;
    added: boolean;
    cells: number;
    rowsInserted: number;
    rowsDeleted: number;
    charts: number;
  }[];
  settings: boolean;
}

function writtenJson(out: string, saved: SaveResult): WrittenJson {
  return { file: out, sheets: saved.sheets.map((s) => ({ ...s })), settings: saved.settings };
}

/** What a save changed, sheet by sheet, as the CLI reports it. */
export function writtenMessages(input: string, out: string, saved: SaveResult): Message[] {
  if (saved.sheets.length === 0 && !saved.settings) return [msg('file-written-unchanged', { out, input })];
  return [
    msg('file-written', { out, input }),
    ...saved.sheets.map((s) =>
      s.added
        ? msg('file-written-new-sheet', { sheet: s.name, cells: s.cells, charts: s.charts })
        : msg('file-written-sheet', {
            sheet: s.name,
            cells: s.cells,
            inserted: s.rowsInserted,
            deleted: s.rowsDeleted,
            charts: s.charts,
          }),
    ),
    ...(saved.settings ? [msg('file-written-settings', {})] : []),
  ];
}
