import { reducer } from '../../src/taskpane/state/reducer';
import { initialState, type State } from '../../src/taskpane/state/state';
import { flag, plan, preview, totals } from './fixtures';
import { msg } from '../../src/core/messages';

describe('pane reducer', () => {
  it('switches section without touching anything else', () => {
    expect(reducer(initialState, { type: 'section/select', section: 'totals' })).toEqual({
      ...initialState,
      section: 'totals',
    });
  });

  it('keeps the previous notice while counting files, clears it when work starts', () => {
    const withNotice: State = { ...initialState, notice: { kind: 'undone' } };
    expect(
      reducer(withNotice, { type: 'progress/start', progress: { kind: 'files', done: 0, total: 3 } }).notice,
    ).toBeNull();
    expect(
      reducer(withNotice, { type: 'progress/start', progress: { kind: 'files', done: 2, total: 3 } }),
    ).toEqual({
      ...withNotice,
      progress: { kind: 'files', done: 2, total: 3 },
    });
  });

  it('a failure ends the progress and shows the sentence', () => {
    const busy = { ...initialState, progress: { kind: 'write' as const } };
    expect(reducer(busy, { type: 'failed', message: 'Fliken är skyddad.' })).toEqual({
      ...initialState,
      notice: { kind: 'error', text: 'Fliken är skyddad.' },
    });
  });

  it('appends plans and failures read from several sources', () => {
    const s1 = reducer(initialState, { type: 'plans/read', plans: [plan('A')], failures: [] });
    const s2 = reducer(s1, {
      type: 'plans/read',
      plans: [plan('B')],
      failures: [
        {
          source: 'x.docx',
          problems: [
            {
              code: 'not-a-plan',
              severity: 'error',
              message: msg('plan-not-a-plan', { source: 'x.docx' }),
              where: {},
            },
          ],
        },
      ],
    });
    expect(s2.plans.map((p) => p.contact.name)).toEqual(['A', 'B']);
    expect(s2.readFailures).toHaveLength(1);
  });

  it('a written import clears the plans and the preview, allows undo and invalidates flags and totals', () => {
    const before: State = {
      ...initialState,
      plans: [plan('A')],
      preview: preview(['A']),
      flags: [],
      totals,
      progress: { kind: 'write' },
    };
    const result = { status: 'written' as const, rowsWritten: 2, rowsReplaced: 1 };
    expect(reducer(before, { type: 'import/applied', result })).toEqual({
      ...initialState,
      result,
      canUndo: true,
    });
  });

  it('a stale import shows the fresh preview and says why, writes nothing', () => {
    const fresh = preview(['A', 'B']);
    const before: State = {
      ...initialState,
      plans: [plan('A')],
      preview: preview(['A']),
      progress: { kind: 'write' },
    };
    const after = reducer(before, {
      type: 'import/applied',
      result: { status: 'stale', rowsWritten: 0, rowsReplaced: 0, newPreview: fresh },
    });
    expect(after).toEqual({ ...before, progress: null, preview: fresh, notice: { kind: 'stale' } });
  });

  it('undo: undone, nothing to undo, and a conflict that asks first', () => {
    const afterImport: State = {
      ...initialState,
      canUndo: true,
      result: { status: 'written', rowsWritten: 2, rowsReplaced: 0 },
    };
    expect(
      reducer(afterImport, { type: 'undo/finished', result: { status: 'undone', changedCells: [] } }),
    ).toEqual({
      ...initialState,
      notice: { kind: 'undone' },
    });
    expect(
      reducer(afterImport, { type: 'undo/finished', result: { status: 'nothing-to-undo', changedCells: [] } })
        .canUndo,
    ).toBe(false);
    const cells = [{ sheet: '3.a', cell: 'C7' }];
    const asking = reducer(afterImport, {
      type: 'undo/finished',
      result: { status: 'conflict', changedCells: cells },
    });
    expect(asking).toEqual({ ...afterImport, undoConflict: cells });
    expect(reducer(asking, { type: 'undo/keep' })).toEqual(afterImport);
  });

  it('flag view changes merge into the current view', () => {
    const s = reducer(initialState, { type: 'flags/view', view: { code: 'missing-status' } });
    expect(s.flagView).toEqual({ round: 'all', code: 'missing-status', query: '', showHandled: false });
  });

  it('a check stores its flags and what it compared with; a mark changes only its flag', () => {
    const flags = [
      flag({ code: 'missing-status', cell: 'I5' }),
      flag({ code: 'missing-status', cell: 'I6' }),
    ];
    const overall = { kind: 'tab' as const, sheet: '1. Övergripande spridningsplan' };
    const checked = reducer(
      { ...initialState, progress: { kind: 'check' } },
      { type: 'flags/loaded', result: { flags, overall, rounds: ['plan'] } },
    );
    expect(checked.flags).toEqual(flags);
    expect(checked.checked).toEqual({ overall, rounds: ['plan'] });
    expect(checked.progress).toBeNull();
    const handled = { note: 'Egen spridning', on: '2026-12-04' };
    const marked = reducer(checked, { type: 'flags/handled', about: flags[1].about, handled });
    expect(marked.flags).toEqual([flags[0], { ...flags[1], handled }]);
    const unmarked = reducer(marked, { type: 'flags/handled', about: flags[1].about, handled: null });
    expect(unmarked.flags).toEqual(flags);
    expect(unmarked.flags![1]).not.toHaveProperty('handled');
  });

  it('an overall-plan file copied into a tab that has a plan asks first; copied, the old results go', () => {
    const file = { file: 'plan.xlsx', sheet: 'Blad1', label: 'plan.xlsx – Blad1', assignments: 12 };
    const withFile = reducer(
      { ...initialState, flags: [], checked: { overall: { kind: 'none', tab: null }, rounds: [] } },
      { type: 'overall/set', info: file },
    );
    expect(withFile.overallFile).toEqual(file);
    expect(withFile.flags).toBeNull();
    const asking = reducer(withFile, {
      type: 'overall/copied',
      result: { status: 'tab-has-plan', sheet: '1. Övergripande spridningsplan', assignments: 30 },
    });
    expect(asking.overallCopyAsk).toEqual({ sheet: '1. Övergripande spridningsplan', assignments: 30 });
    expect(reducer(asking, { type: 'overall/keep-tab' }).overallCopyAsk).toBeNull();
    const copied = reducer(asking, {
      type: 'overall/copied',
      result: { status: 'copied', sheet: '1. Övergripande spridningsplan', assignments: 12 },
    });
    expect(copied.overallFile).toBeNull();
    expect(copied.overallCopyAsk).toBeNull();
    expect(copied.notice).toEqual({ kind: 'overall-copied', sheet: '1. Övergripande spridningsplan' });
  });

  it('saving settings stores them and says so', () => {
    const settings = {
      programmeYear: 2016,
      deadlines: {
        aterrap1Due: '2017-02-02',
        aterrap1Send: '2017-02-10',
        aterrap2Due: '2017-03-22',
        aterrap2Send: '2017-03-31',
      },
      catalogue: [],
    };
    expect(
      reducer({ ...initialState, progress: { kind: 'settings' } }, { type: 'settings/saved', settings }),
    ).toEqual({
      ...initialState,
      settings,
      notice: { kind: 'settings-saved' },
    });
  });

  it('reset forgets everything read', () => {
    const s: State = {
      ...initialState,
      plans: [plan('A')],
      preview: preview(['A']),
      readFailures: [{ source: 'x', problems: [] }],
    };
    expect(reducer(s, { type: 'import/reset' })).toEqual(initialState);
  });
});
