// Opens an .xlsx file in the host emulator and connects the add-in's own Office.js gateway to
// it: the CLI uses exactly the code paths of the task pane (core → excel → real client → host).
import * as fs from 'node:fs';
import { OfficeWorkbookGateway } from '../excel/officeGateway';
import { MessageError } from '../core/messages';
import { ExcelHost } from '../host';
import { CliError } from './cliError';
import { exposeOffice, loadOfficeRuntime, type OfficeRuntime } from './office-runtime';
import { checkOutput, writeOutput } from './outputPath';

export interface WorkbookSession {
  /** The workbook file as given (--workbook). */
  input: string;
  host: ExcelHost;
  gateway: OfficeWorkbookGateway;
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
  return { input: file, host, gateway: new OfficeWorkbookGateway(now ? { now } : {}), runtime };
}

/** Refuses an OUT that is the input, a folder, or (without --force) an existing file: before any work. */
export function prepareOutput(input: string, out: string, force: boolean): void {
  checkOutput(input, out, force);
}

/** Writes the workbook to OUT (via a temporary file, so a failure never leaves half a file). */
export async function saveWorkbook(session: WorkbookSession, out: string, force = false): Promise<void> {
  checkOutput(session.input, out, force);
  const bytes = await session.host.toXlsx();
  writeOutput(session.input, out, bytes, force);
}
