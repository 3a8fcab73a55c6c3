// The whole log as the core reads it (the CLI's entry to its own checks and totals): contacts,
// the three round tabs and the overall plan (the session's file, else the log's own tab).
// Requests: 2 (3 when the overall tab is found only by its headers).
import { runExcel } from '../excelRun';
import type { LogReading } from '../gateway';
import { readLogIn } from '../readLog';
import type { GatewaySession } from '../session';

export function readLog(session: GatewaySession): Promise<LogReading> {
  return runExcel(async (context) => {
    const read = await readLogIn(context, session.overallFile);
    return { snapshot: read.snapshot, settings: read.settings };
  });
}
