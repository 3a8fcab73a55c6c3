// Saving the settings (deadlines, catalogue) into the workbook.
import { useCallback, type Dispatch } from 'react';
import type { Settings } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

export function useSaveSettings(gateway: WorkbookGateway, dispatch: Dispatch<Action>, run: RunTask) {
  return useCallback(
    async (settings: Settings) => {
      await run({ kind: 'settings' }, async () => {
        await gateway.saveSettings(settings);
        dispatch({ type: 'settings/saved', settings });
      });
    },
    [gateway, dispatch, run],
  );
}
