// The import flow: read pasted text or plan files (in a worker, with progress and a way to stop),
// preview each plan in its own round (asking once per session which report round is current when
// the deadlines cannot decide), change one plan's round or all, write, undo.
import { useCallback, useRef, type Dispatch } from 'react';
import { MessageError, msg } from '../../core/messages';
import type { PersonalPlan, ReportRound, Round, Settings } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import type { Strings } from '../i18n';
import type { PlanFiles } from '../reading/planFiles';
import { PlanWorkerError } from '../reading/workerPlanFiles';
import type { Action } from '../state/actions';
import { roundsWith } from '../state/batchView';
import type { ReadFailure, State } from '../state/state';
import { readPastedPlan } from './planReader';
import type { RunTask } from './useTask';

export interface ImportOps {
  readPaste: (data: { html: string; text: string }) => Promise<void>;
  readFiles: (files: readonly File[]) => Promise<void>;
  /** Stops reading files; nothing of that batch is kept. */
  cancelRead: () => void;
  /** The coordinator's answer: the report round that is current (kept for the session). */
  answerReport: (round: ReportRound) => Promise<void>;
  changeRound: (index: number, round: Round) => Promise<void>;
  /** Every plan into `round`; null: each plan's suggested round again. */
  changeAllRounds: (round: Round | null) => Promise<void>;
  confirm: () => Promise<void>;
  undo: (force?: boolean) => Promise<void>;
  /** "Börja om": forgets the batch (plans, failures, preview). */
  reset: () => void;
  dismissFailures: () => void;
  showOnlyNeedsLook: (on: boolean) => void;
}

/** Plan files the reader takes: .docx/.docm and .odt are read; .doc, .rtf and .pdf get a message saying how to save as .docx. */
export function isDocxName(name: string): boolean {
  return /\.(docx|docm|odt|doc|rtf|pdf)$/i.test(name);
}

function notAPlanFile(name: string): ReadFailure {
  return {
    source: name,
    problems: [
      {
        code: 'not-docx',
        severity: 'error',
        message: msg('plan-docx-not-word', { file: name }),
        where: { source: name },
      },
    ],
  };
}

export function useImport(
  gateway: WorkbookGateway,
  state: State,
  dispatch: Dispatch<Action>,
  run: RunTask,
  t: Strings,
  settings: Settings,
  planFiles: PlanFiles,
): ImportOps {
  const { plans, preview } = state;
  const { currentReport } = state.importBatch;
  const reading = useRef<AbortController | null>(null);

  /**
   * Previews `all` plans, each in `rounds[i]` (undefined: its suggestion). When a report's round
   * cannot be decided from the deadlines and no answer was given, asks instead (once per session).
   */
  const showPreview = useCallback(
    async (all: PersonalPlan[], rounds: (Round | undefined)[], report: ReportRound | null) => {
      if (all.length === 0) return;
      dispatch({ type: 'progress/start', progress: { kind: 'preview' } });
      try {
        const next = await gateway.previewImport(all, {
          perPlan: rounds,
          ...(report ? { currentReport: report } : {}),
        });
        dispatch({ type: 'preview/ready', preview: next });
      } catch (e) {
        if (e instanceof MessageError && e.msg.code === 'import-round-undecided' && report === null) {
          dispatch({ type: 'batch/ask-report', people: e.msg.params.people });
          dispatch({ type: 'notice/dismiss' });
          return;
        }
        throw e;
      }
    },
    [gateway, dispatch],
  );

  /** The rounds of the plans already previewed, then undefined (suggested) for `added` more. */
  const roundsPlus = useCallback(
    (added: number): (Round | undefined)[] => [
      ...(preview ? preview.rounds : plans.map(() => undefined)),
      ...Array.from({ length: added }, () => undefined),
    ],
    [preview, plans],
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
        await showPreview([...plans, ...read], roundsPlus(read.length), currentReport);
      });
    },
    [run, dispatch, t, settings, plans, currentReport, roundsPlus, showPreview],
  );

  const readFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const plansFiles = files.filter((f) => isDocxName(f.name));
      const failures: ReadFailure[] = files
        .filter((f) => !isDocxName(f.name))
        .map((f) => notAPlanFile(f.name));
      const total = files.length;
      const skipped = failures.length;
      const control = new AbortController();
      reading.current?.abort();
      reading.current = control;
      await run({ kind: 'files', done: skipped, total }, async () => {
        let outcomes;
        try {
          outcomes = await planFiles.read(
            plansFiles,
            settings,
            (done) =>
              dispatch({ type: 'progress/start', progress: { kind: 'files', done: skipped + done, total } }),
            control.signal,
          );
        } catch (e) {
          if (e instanceof PlanWorkerError) {
            dispatch({ type: 'failed', message: t.errors.readerMissing });
            return;
          }
          throw e;
        } finally {
          if (reading.current === control) reading.current = null;
        }
        if (outcomes === null) {
          dispatch({ type: 'notice/show', notice: { kind: 'read-cancelled' } });
          return;
        }
        const read: PersonalPlan[] = [];
        for (const { name, outcome } of outcomes) {
          if (outcome.ok) read.push(outcome.plan);
          else failures.push({ source: name, problems: outcome.problems });
        }
        dispatch({ type: 'plans/read', plans: read, failures });
        await showPreview([...plans, ...read], roundsPlus(read.length), currentReport);
      });
    },
    [run, dispatch, t, settings, plans, currentReport, planFiles, roundsPlus, showPreview],
  );

  const cancelRead = useCallback(() => reading.current?.abort(), []);

  const answerReport = useCallback(
    async (round: ReportRound) => {
      dispatch({ type: 'batch/report-round', round });
      await run({ kind: 'preview' }, () => showPreview(plans, roundsPlus(0), round));
    },
    [run, dispatch, plans, roundsPlus, showPreview],
  );

  const changeRound = useCallback(
    async (index: number, round: Round) => {
      if (!preview) return;
      const rounds = roundsWith(preview, { index, round });
      await run({ kind: 'preview' }, () => showPreview(preview.plans, rounds, currentReport));
    },
    [run, preview, currentReport, showPreview],
  );

  const changeAllRounds = useCallback(
    async (round: Round | null) => {
      if (!preview) return;
      const rounds = roundsWith(preview, { all: round });
      await run({ kind: 'preview' }, () => showPreview(preview.plans, rounds, currentReport));
    },
    [run, preview, currentReport, showPreview],
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

  const reset = useCallback(() => {
    reading.current?.abort();
    dispatch({ type: 'import/reset' });
  }, [dispatch]);

  const dismissFailures = useCallback(() => dispatch({ type: 'failures/dismiss' }), [dispatch]);
  const showOnlyNeedsLook = useCallback(
    (on: boolean) => dispatch({ type: 'batch/only-needs-look', on }),
    [dispatch],
  );

  return {
    readPaste,
    readFiles,
    cancelRead,
    answerReport,
    changeRound,
    changeAllRounds,
    confirm,
    undo,
    reset,
    dismissFailures,
    showOnlyNeedsLook,
  };
}
