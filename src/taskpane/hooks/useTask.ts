// Runs one piece of gateway work: shows progress while it runs and turns a failure into a
// plain sentence in the pane (never a raw Office error, never personal data in a log).
import { useCallback, type Dispatch } from 'react';
import { errorMessage } from '../errors/errorMessage';
import type { Lang } from '../i18n';
import type { Action } from '../state/actions';
import type { Progress } from '../state/state';

export type RunTask = <T>(progress: Progress, work: () => Promise<T>) => Promise<T | undefined>;

export function useTask(dispatch: Dispatch<Action>, lang: Lang): RunTask {
  return useCallback(
    async <T>(progress: Progress, work: () => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: 'progress/start', progress });
      try {
        return await work();
      } catch (error) {
        dispatch({ type: 'failed', message: errorMessage(error, lang) });
        return undefined;
      }
    },
    [dispatch, lang],
  );
}
