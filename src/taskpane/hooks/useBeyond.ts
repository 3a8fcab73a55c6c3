// The goals, status and progress section's work: each call goes through the gateway (the log as
// the core reads it, the status sheet written), then the core makes what the pane shows; files
// (the plan, the deck) are made on demand, with their libraries loaded only then.
import { useCallback, useState, type Dispatch } from 'react';
import { uniqueBaseNames } from '../../documents/fileName';
import { personGoals, type PersonGoals } from '../../core/goals/personGoals';
import { MessageError, msg } from '../../core/messages';
import type { ReportRound, Settings } from '../../core/model';
import { personProgress, type PersonProgress } from '../../core/totals/personProgress';
import type { StatusResult, WorkbookGateway } from '../../excel/gateway';
import { longDate } from '../../messages/format';
import { textOf, type Lang } from '../../messages/render';
import { DOCX_MIME, PPTX_MIME, saveFile } from '../download';
import type { Action } from '../state/actions';
import type { RunTask } from './useTask';

export interface Beyond {
  people: PersonGoals[] | null;
  deadline: string;
  setDeadline: (iso: string) => void;
  loadGoals: () => Promise<void>;
  savePlan: (person: PersonGoals) => Promise<void>;
  round: ReportRound;
  setRound: (round: ReportRound) => void;
  status: StatusResult | null;
  writeStatus: () => Promise<void>;
  saveDeck: () => Promise<void>;
  progress: PersonProgress[] | null;
  loadProgress: () => Promise<void>;
}

export function useBeyond(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  run: RunTask,
  lang: Lang,
  settings: Settings,
): Beyond {
  const [people, setPeople] = useState<PersonGoals[] | null>(null);
  // The workbook's Återrapportering 1 due day (its settings load after the first render) until
  // the coordinator picks another day.
  const [chosenDeadline, setDeadline] = useState<string | null>(null);
  const deadline = chosenDeadline ?? settings.deadlines.aterrap1Due;
  const [round, setRound] = useState<ReportRound>('aterrap1');
  const [status, setStatus] = useState<StatusResult | null>(null);
  const [progress, setProgress] = useState<PersonProgress[] | null>(null);
  const done = useCallback(() => dispatch({ type: 'progress/done' }), [dispatch]);

  const loadGoals = useCallback(async () => {
    const found = await run({ kind: 'load' }, async () => {
      const { snapshot, settings: read } = await gateway.readLog();
      if (snapshot.overall === null) throw new MessageError(msg('goals-no-overall-plan', {}));
      return personGoals(snapshot.overall, snapshot.contacts, read);
    });
    if (found) {
      setPeople(found);
      done();
    }
  }, [gateway, run, done]);

  const savePlan = useCallback(
    async (person: PersonGoals) => {
      const all = people ?? [person];
      const names = uniqueBaseNames(
        all.map((p) => p.name),
        (i) => `Spridningsledare ${i + 1}`,
      );
      const base = names[Math.max(0, all.indexOf(person))];
      const ok = await run({ kind: 'load' }, async () => {
        const { planDocx } = await import(/* webpackChunkName: "goals" */ '../../documents/planDocument');
        saveFile(await planDocx(person, { deadline: longDate(deadline, 'sv') }), `${base}.docx`, DOCX_MIME);
        return true;
      });
      if (ok) done();
    },
    [people, deadline, run, done],
  );

  const writeStatus = useCallback(async () => {
    const result = await run({ kind: 'totals' }, () => gateway.refreshStatus(round, lang));
    if (result) {
      setStatus(result);
      done();
    }
  }, [gateway, run, round, lang, done]);

  const saveDeck = useCallback(async () => {
    if (!status) return;
    const ok = await run({ kind: 'totals' }, async () => {
      const { statusDeck } = await import(/* webpackChunkName: "status-deck" */ '../../documents/statusDeck');
      const deck = await statusDeck(status.report, (m) => textOf(lang, m));
      saveFile(deck.bytes, `Spridning status ${status.report.round === 'aterrap1' ? 1 : 2}.pptx`, PPTX_MIME);
      return true;
    });
    if (ok) done();
  }, [status, run, lang, done]);

  const loadProgress = useCallback(async () => {
    const rows = await run({ kind: 'load' }, async () => {
      const { snapshot, settings: read } = await gateway.readLog();
      return personProgress(snapshot, read);
    });
    if (rows) {
      setProgress(rows);
      done();
    }
  }, [gateway, run, done]);

  return {
    people,
    deadline,
    setDeadline,
    loadGoals,
    savePlan,
    round,
    setRound,
    status,
    writeStatus,
    saveDeck,
    progress,
    loadProgress,
  };
}
