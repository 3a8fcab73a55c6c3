// The reminder list of steps 2.2/2.6: people of the overall plan whose plan has not arrived in a
// round, with their e-mail from tab 2, else the overall plan, and which overall plan that was
// (none: no list, which is not "everyone has sent"). Reads only; marks nothing. Requests as the
// log's reading (readLog.ts): 2, or 3 when the overall plan is a tab found by its headers.
import { computeFlags } from '../../core/flags/computeFlags';
import { reminderList as recipientsOf } from '../../core/flags/reminders';
import { ROUNDS, type Round } from '../../core/model';
import { runExcel } from '../excelRun';
import type { Reminders } from '../gateway';
import { readLogIn } from '../readLog';
import type { GatewaySession } from '../session';

/** `round` defaults to the latest round whose tab has rows (the round in progress). */
export function reminderList(session: GatewaySession, round?: Round): Promise<Reminders> {
  return runExcel(async (context) => {
    const { snapshot, settings, overallSource } = await readLogIn(context, session.overallFile);
    const chosen =
      round ?? [...ROUNDS].reverse().find((r) => (snapshot.rounds[r]?.length ?? 0) > 0) ?? 'plan';
    const flags = computeFlags(snapshot, { round: chosen, settings, today: session.now() });
    return { round: chosen, recipients: recipientsOf(flags, snapshot), overall: overallSource };
  });
}
