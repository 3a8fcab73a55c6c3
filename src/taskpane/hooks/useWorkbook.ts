// Reads what the pane needs to start (tabs, settings, whether an undo is possible) once.
import { useCallback, useEffect, type Dispatch } from 'react';
import type { TabKind } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

export interface WorkbookOps {
  reload(): Promise<void>;
  createTab(kind: TabKind): Promise<void>;
  saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void>;
}

export function useWorkbook(gateway: WorkbookGateway, dispatch: Dispatch<Action>, run: RunTask): WorkbookOps {
  const reload = useCallback(async () => {
    await run({ kind: 'load' }, async () => {
      // One call (two requests to Excel): the tabs, the settings, whether an undo is possible.
      const start = await gateway.open();
      dispatch({
        type: 'workbook/loaded',
        info: start.info,
        settings: start.settings,
        canUndo: start.canUndo,
        lastImport: start.lastImport ?? null,
      });
    });
  }, [gateway, dispatch, run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const createTab = useCallback(
    async (kind: TabKind) => {
      await run({ kind: 'settings' }, async () => {
        await gateway.createTab(kind);
        dispatch({ type: 'info/loaded', info: await gateway.inspect() });
      });
    },
    [gateway, dispatch, run],
  );

  const saveColumnMapping = useCallback(
    async (kind: TabKind, column: string, header: string) => {
      await run({ kind: 'settings' }, async () => {
        await gateway.saveColumnMapping(kind, column, header);
        dispatch({ type: 'info/loaded', info: await gateway.inspect() });
        dispatch({ type: 'notice/show', notice: { kind: 'mapping-saved', column } });
      });
    },
    [gateway, dispatch, run],
  );

  return { reload, createTab, saveColumnMapping };
}
