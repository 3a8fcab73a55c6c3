// Flags (check the log), going to a flag's cell, and an overall plan picked as a file.
import { useCallback, type Dispatch } from 'react';
import type { Flag, Round } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import { errorMessage } from '../errors/errorMessage';
import type { Strings } from '../i18n';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

/** Optional gateway extension: who gets a reminder (plan-not-received), with e-mail addresses. */
export interface ReminderSource {
  reminderList(round?: Round): Promise<{ name: string; email: string }[]>;
}

export interface CheckOps {
  check(): Promise<void>;
  goTo(flag: Pick<Flag, 'sheet' | 'cell'>): Promise<void>;
  setOverallFile(file: File | null): Promise<void>;
  refreshTotals(): Promise<void>;
}

export function useChecks(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  run: RunTask,
  t: Strings,
): CheckOps {
  const check = useCallback(async () => {
    await run({ kind: 'check' }, async () => {
      const flags = await gateway.check();
      // A gateway that can read addresses (tab 2, the overall plan) offers them for the reminders.
      const source = gateway as Partial<ReminderSource>;
      const recipients = typeof source.reminderList === 'function' ? await source.reminderList() : undefined;
      dispatch({ type: 'flags/loaded', flags, recipients });
    });
  }, [run, dispatch, gateway]);

  const goTo = useCallback(
    async (flag: Pick<Flag, 'sheet' | 'cell'>) => {
      try {
        await gateway.selectCell(flag.sheet, flag.cell);
      } catch (error) {
        dispatch({ type: 'failed', message: errorMessage(error, t) });
      }
    },
    [gateway, dispatch, t],
  );

  const setOverallFile = useCallback(
    async (file: File | null) => {
      if (file && !file.name.toLowerCase().endsWith('.xlsx')) {
        dispatch({ type: 'failed', message: t.flags.notXlsx(file.name) });
        return;
      }
      await run({ kind: 'check' }, async () => {
        const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
        await gateway.setOverallPlanFile(bytes, file?.name);
        dispatch({ type: 'overall/set', name: file?.name ?? '' });
      });
    },
    [run, dispatch, gateway, t],
  );

  const refreshTotals = useCallback(async () => {
    await run({ kind: 'totals' }, async () => {
      dispatch({ type: 'totals/loaded', totals: await gateway.refreshTotals() });
    });
  }, [run, dispatch, gateway]);

  return { check, goTo, setOverallFile, refreshTotals };
}
