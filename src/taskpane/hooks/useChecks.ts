// The check, the reminders and the totals over the gateway: run the check, take the user to a
// flag's cell, mark a flag handled (or not), teach the workbook a training's spelling, pick an
// overall plan as a file and copy it into the log, the reminder list of a round, the totals.
import { useCallback, type Dispatch } from 'react';
import type { Flag, Round } from '../../core/model';
import { localDay } from '../../core/today';
import type { WorkbookGateway } from '../../excel/gateway';
import { errorMessage } from '../errors/errorMessage';
import { stringsFor, type Lang } from '../i18n';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

export interface CheckOps {
  /** Every round's flags (the handled ones marked) and what they were compared with. */
  check(): Promise<void>;
  /** The reminder list of a round (default: the round in progress). */
  loadReminders(round?: Round): Promise<void>;
  goTo(flag: Pick<Flag, 'sheet' | 'cell'>): Promise<void>;
  setOverallFile(file: File | null): Promise<void>;
  /** Copies the overall-plan file into the log's tab; `replace` after the user said yes. */
  copyOverallFile(replace: boolean): Promise<void>;
  /** Resolves to whether the mark was stored. */
  markHandled(flag: Flag, note: string): Promise<boolean>;
  unmarkHandled(flag: Flag): Promise<boolean>;
  /** "This text means training `code`", then the check again (the flags change with it). */
  addAlias(code: string, text: string): Promise<void>;
  refreshTotals(): Promise<void>;
}

export function useChecks(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  run: RunTask,
  lang: Lang,
): CheckOps {
  const t = stringsFor(lang);
  const check = useCallback(async () => {
    await run({ kind: 'check' }, async () => {
      dispatch({ type: 'flags/loaded', result: await gateway.check() });
    });
  }, [run, dispatch, gateway]);

  const loadReminders = useCallback(
    async (round?: Round) => {
      await run({ kind: 'reminders' }, async () => {
        dispatch({ type: 'reminders/loaded', reminders: await gateway.reminderList(round) });
      });
    },
    [run, dispatch, gateway],
  );

  const goTo = useCallback(
    async (flag: Pick<Flag, 'sheet' | 'cell'>) => {
      try {
        await gateway.selectCell(flag.sheet, flag.cell);
      } catch (error) {
        dispatch({ type: 'failed', message: errorMessage(error, lang) });
      }
    },
    [gateway, dispatch, lang],
  );

  const setOverallFile = useCallback(
    async (file: File | null) => {
      if (file && !file.name.toLowerCase().endsWith('.xlsx')) {
        dispatch({ type: 'failed', message: t.flags.notXlsx(file.name) });
        return;
      }
      await run({ kind: 'check' }, async () => {
        const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
        dispatch({ type: 'overall/set', info: await gateway.setOverallPlanFile(bytes, file?.name) });
      });
    },
    [run, dispatch, gateway, t],
  );

  const copyOverallFile = useCallback(
    async (replace: boolean) => {
      await run({ kind: 'check' }, async () => {
        dispatch({ type: 'overall/copied', result: await gateway.copyOverallFileToLog(replace) });
      });
    },
    [run, dispatch, gateway],
  );

  const markHandled = useCallback(
    async (flag: Flag, note: string) =>
      (await run({ kind: 'check' }, async () => {
        await gateway.markHandled(flag, note);
        // The mark as the gateway stored it comes back with the next check; until then, today's.
        const handled = { note: note.replace(/\s+/g, ' ').trim(), on: localDay(new Date()) };
        dispatch({ type: 'flags/handled', about: flag.about, handled });
        return true;
      })) ?? false,
    [run, dispatch, gateway],
  );

  const unmarkHandled = useCallback(
    async (flag: Flag) =>
      (await run({ kind: 'check' }, async () => {
        await gateway.unmarkHandled(flag);
        dispatch({ type: 'flags/handled', about: flag.about, handled: null });
        return true;
      })) ?? false,
    [run, dispatch, gateway],
  );

  const addAlias = useCallback(
    async (code: string, text: string) => {
      await run({ kind: 'check' }, async () => {
        const settings = await gateway.addTrainingAlias(code, text);
        dispatch({ type: 'alias/added', settings, text, code });
        dispatch({ type: 'flags/loaded', result: await gateway.check() });
      });
    },
    [run, dispatch, gateway],
  );

  const refreshTotals = useCallback(async () => {
    await run({ kind: 'totals' }, async () => {
      dispatch({ type: 'totals/loaded', totals: await gateway.refreshTotals() });
    });
  }, [run, dispatch, gateway]);

  return {
    check,
    loadReminders,
    goTo,
    setOverallFile,
    copyOverallFile,
    markHandled,
    unmarkHandled,
    addAlias,
    refreshTotals,
  };
}
