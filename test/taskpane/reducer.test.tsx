import { reducer } from '../../src/taskpane/state/reducer';
import { initialState, type State } from '../../src/taskpane/state/state';
import { plan, preview, totals } from './fixtures';
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
    const s = reducer(initialState, { type: 'flags/view', view: { severity: 'error' } });
    expect(s.flagView).toEqual({ groupBy: 'person', round: 'all', severity: 'error' });
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
