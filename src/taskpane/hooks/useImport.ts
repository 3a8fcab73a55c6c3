// The import flow: read pasted text or .docx files (one by one, yielding so the pane stays
// responsive), preview, write, undo.
import { useCallback, type Dispatch } from 'react';
import { msg } from '../../core/messages';
import type { PersonalPlan, Round, Settings } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import type { Strings } from '../i18n';
import type { Action } from '../state/actions';
import type { ReadFailure, State } from '../state/state';
import { readDocxPlan, readPastedPlan, yieldToBrowser } from './planReader';
import type { RunTask } from './useTask';

export interface ImportOps {
  readPaste(data: { html: string; text: string }): Promise<void>;
  readFiles(files: readonly File[]): Promise<void>;
  changeRound(round: Round): Promise<void>;
  confirm(): Promise<void>;
  undo(force?: boolean): Promise<void>;
  reset(): void;
}

/** Plan files the reader takes: .docx/.docm and .odt are read; .doc, .rtf and .pdf get a message saying how to save as .docx. */
export function isDocxName(name: string): boolean {
  return /\.(docx|docm|odt|doc|rtf|pdf)$/i.test(name);
}

export function useImport(
  gateway: WorkbookGateway,
  state: State,
  dispatch: Dispatch<Action>,
  run: RunTask,
  t: Strings,
  settings: Settings,
): ImportOps {
  const { plans, preview } = state;

  const showPreview = useCallback(
    async (all: PersonalPlan[], round?: Round) => {
      if (all.length === 0) return;
      dispatch({ type: 'progress/start', progress: { kind: 'preview' } });
      dispatch({ type: 'preview/ready', preview: await gateway.previewImport(all, round) });
    },
    [gateway, dispatch],
  );

  const readPaste = useCallback(
    async (data: { html: string; text: string }) => {
      if (data.html.trim() === '' && data.text.trim() === '') {
        dispatch({ type: 'failed', message: t.import.pasteEmpty });
        return;
      }
      await run({ kind: 'paste' }, async () => {
        const name = t.import.pasteSourceName;
        const outcome = await readPastedPlan(
          { html: data.html || undefined, text: data.text || undefined },
          settings,
          name,
        );
        const read = outcome.ok ? [outcome.plan] : [];
        const failures: ReadFailure[] = outcome.ok ? [] : [{ source: name, problems: outcome.problems }];
        dispatch({ type: 'plans/read', plans: read, failures });
        await showPreview([...plans, ...read], preview?.round);
      });
    },
    [run, dispatch, t, settings, plans, preview, showPreview],
  );

  const readFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      await run({ kind: 'files', done: 0, total: files.length }, async () => {
        const read: PersonalPlan[] = [];
        const failures: ReadFailure[] = [];
        for (let i = 0; i < files.length; i++) {
          const file = files[i];
          dispatch({ type: 'progress/start', progress: { kind: 'files', done: i + 1, total: files.length } });
          await yieldToBrowser();
          if (!isDocxName(file.name)) {
            failures.push({
              source: file.name,
              problems: [
                {
                  code: 'not-docx',
                  severity: 'error',
                  message: msg('plan-docx-not-word', { file: file.name }),
                  where: { source: file.name },
                },
              ],
            });
            continue;
          }
          const bytes = new Uint8Array(await file.arrayBuffer());
          const outcome = await readDocxPlan(bytes, file.name, settings);
          if (outcome.ok) read.push(outcome.plan);
          else failures.push({ source: file.name, problems: outcome.problems });
        }
        dispatch({ type: 'plans/read', plans: read, failures });
        await showPreview([...plans, ...read], preview?.round);
      });
    },
    [run, dispatch, settings, plans, preview, showPreview],
  );

  const changeRound = useCallback(
    async (round: Round) => {
      await run({ kind: 'preview' }, () => showPreview(plans, round));
    },
    [run, plans, showPreview],
  );

  const confirm = useCallback(async () => {
    if (!preview) return;
    await run({ kind: 'write' }, async () => {
      dispatch({ type: 'import/applied', result: await gateway.applyImport(preview) });
    });
  }, [run, dispatch, gateway, preview]);

  const undo = useCallback(
    async (force?: boolean) => {
      await run({ kind: 'undo' }, async () => {
        dispatch({ type: 'undo/finished', result: await gateway.undoLastImport(force) });
      });
    },
    [run, dispatch, gateway],
  );

  const reset = useCallback(() => dispatch({ type: 'import/reset' }), [dispatch]);

  return { readPaste, readFiles, changeRound, confirm, undo, reset };
}
