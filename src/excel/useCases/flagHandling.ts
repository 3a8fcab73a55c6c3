// Marking a flag handled (with an optional note) and taking the mark away. The marks are kept in
// workbook.settings under HANDLED_KEY, keyed by what each flag is about (core/flags/about.ts):
// the settings travel with the file, are read in the check's first request and never show in a
// sheet a user could edit by accident; a hidden sheet would also clear Excel's undo stack when it
// is added. Their size is bounded (core/flags/handled.ts). Two requests each: read, write.
import {
  markHandled as addMark,
  parseHandledMarks,
  unmarkHandled as dropMark,
} from '../../core/flags/handled';
import { MessageError } from '../../core/messages';
import type { Flag } from '../../core/model';
import { localDay } from '../../core/today';
import { runExcel } from '../excelRun';
import type { GatewaySession } from '../session';

export const HANDLED_KEY = 'spridningslogg.handledFlags';

async function updateMarks(
  change: (marks: ReturnType<typeof parseHandledMarks>) => ReturnType<typeof parseHandledMarks>,
): Promise<void> {
  await runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(HANDLED_KEY).load('value');
    await context.sync();
    const next = change(parseHandledMarks(item.isNullObject ? undefined : item.value));
    context.workbook.settings.add(HANDLED_KEY, JSON.stringify(next));
    await context.sync();
  });
}

export function markHandled(session: GatewaySession, flag: Flag, note: string): Promise<void> {
  const today = localDay(session.now());
  return updateMarks((marks) => {
    const result = addMark(marks, flag, note, today);
    if (!result.ok) throw new MessageError(result.message);
    return result.marks;
  });
}

export function unmarkHandled(flag: Flag): Promise<void> {
  return updateMarks((marks) => dropMark(marks, flag));
}
