// Flags (check the log) with the reminder list of the round in view, going to a flag's cell,
// and an overall plan picked as a file.
import { useCallback, type Dispatch } from 'react';
import type { Flag, Round } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import { errorMessage } from '../errors/errorMessage';
import { stringsFor, type Lang } from '../i18n';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

export interface CheckOps {
  /** Flags of every round, and the reminder list of the round in view. */
  check(): Promise<void>;
  /** The reminder list of a round ('all': the round in progress). */
  loadReminders(round: Round | 'all'): Promise<void>;
  goTo(flag: Pick<Flag, 'sheet' | 'cell'>): Promise<void>;
  setOverallFile(file: File | null): Promise<void>;
  refreshTotals(): Promise<void>;
}

const roundOf = (view: Round | 'all'): Round | undefined => (view === 'all' ? undefined : view);

export function useChecks(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  run: RunTask,
  lang: Lang,
  viewRound: Round | 'all',
): CheckOps {
  const t = stringsFor(lang);
  const check = useCallback(async () => {
    await run({ kind: 'check' }, async () => {
      const { flags } = await gateway.check();
      const reminders = await gateway.reminderList(roundOf(viewRound));
      dispatch({ type: 'flags/loaded', flags, reminders });
    });
  }, [run, dispatch, gateway, viewRound]);

  const loadReminders = useCallback(
    async (round: Round | 'all') => {
      await run({ kind: 'check' }, async () => {
        dispatch({ type: 'reminders/loaded', reminders: await gateway.reminderList(roundOf(round)) });
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

  return { check, loadReminders, goTo, setOverallFile, refreshTotals };
}
