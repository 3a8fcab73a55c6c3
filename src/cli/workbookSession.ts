// Opens an .xlsx file in the host emulator and connects the add-in's own Office.js gateway to
// it: the CLI uses exactly the code paths of the task pane (core → excel → real client → host).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGateway } from '../excel/createGateway';
import type { WorkbookGateway } from '../excel/gateway';
import { ExcelHost, HostFileError } from '../host';
import { CliError } from './cliError';
import { exposeOffice, loadOfficeRuntime, type OfficeRuntime } from './office-runtime';

export interface WorkbookSession {
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
    host = await ExcelHost.fromXlsx(bytes, { profile: 'web', displayLanguage: 'sv-SE' });
  } catch (e) {
    if (e instanceof HostFileError) throw new CliError(1, `${file}: ${e.message}`);
    throw new CliError(1, `${file}: arbetsboken går inte att öppna. Kontrollera att det är en .xlsx-fil.`);
  }
  host.install(runtime.window);
  exposeOffice();
  return { host, gateway: createGateway({ now }), runtime };
}

/** Writes the workbook to OUT (via a temporary file, so a failure never leaves half a file). */
export async function saveWorkbook(session: WorkbookSession, out: string): Promise<void> {
  const bytes = await session.host.toXlsx();
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing more to clean */
    }
    throw new CliError(1, `${out}: filen kunde inte skrivas. Kontrollera mappen och behörigheten.`);
  }
}
