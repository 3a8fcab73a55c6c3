// The batch preview's pure parts: the summary's numbers, which plans need a look, the rounds
// asked for, what was understood of each field, the import's slice of the state, the undo words.
import { DEFAULT_CATALOGUE } from '../../src/core/catalogue';
import { msg } from '../../src/core/messages';
import type { Problem } from '../../src/core/model';
import type { ImportPreview, PersonPreview } from '../../src/excel/gateway';
import { sv } from '../../src/taskpane/i18n/sv';
import { en } from '../../src/taskpane/i18n/en';
import { lookReasons, needsLook, roundsWith, summarize } from '../../src/taskpane/state/batchView';
import { whenText } from '../../src/taskpane/state/importLabel';
import { reducer } from '../../src/taskpane/state/reducer';
import { initialState } from '../../src/taskpane/state/state';
import { problemsByRow, understoodRow } from '../../src/taskpane/state/understood';
import { activity, plan } from '../core/import/planFactory';

const SHEET = { plan: '3.a PLAN', aterrap1: '3.b ÅR1', aterrap2: '3.c ÅR2' } as const;

function person(
  index: number,
  name: string,
  round: PersonPreview['round'],
  extra: Partial<PersonPreview> = {},
): PersonPreview {
  const p = plan({ name, activities: [{ plannedNumber: '20' }, { plannedNumber: '5' }] });
  return {
    person: name,
    index,
    round,
    targetSheet: SHEET[round],
    suggestedRound: round,
    sourceName: `${name}.docx`,
    contact: 'new',
    rowsToWrite: 2,
    rowsToReplace: 0,
    plan: p,
    ...extra,
  };
}

const warning = (source: string): Problem => ({
  code: 'same-person-twice',
  severity: 'warning',
  message: msg('import-same-person-twice', { person: 'Bo', first: 'a.docx', second: source }),
  where: { source },
});

function batch(): ImportPreview {
  const people = [
    person(0, 'Anna Ek', 'plan'),
    person(1, 'Bo Lund', 'aterrap1', { rowsToReplace: 3, contact: 'changed' }),
    person(2, 'Cilla Berg', 'plan', { rowsToWrite: 0 }),
    person(3, 'Anna Ek', 'aterrap1', { contact: 'new' }),
    person(4, 'Dan Nord', 'aterrap2', { contact: 'unchanged' }),
  ];
  people[4].plan.problems.push({
    code: 'unreadable-number',
    severity: 'warning',
    message: msg('plan-unreadable-number', {
      text: 'många',
      table: 3,
      row: 2,
      column: 'Planerat antal',
      inGoal: false,
    }),
    where: { source: 'Dan Nord.docx', table: 3, row: 2, column: 'Planerat antal' },
  });
  people[0].plan.problems.push({
    code: 'instruction-row',
    severity: 'info',
    message: msg('plan-instruction-row-skipped', { table: 3, row: 2 }),
    where: { table: 3, row: 2 },
  });
  return {
    plans: [...people.map((p) => p.plan), plan({ name: '', activities: [] })],
    rounds: ['plan', 'aterrap1', 'plan', 'aterrap1', 'aterrap2', 'plan'],
    targetSheets: { plan: SHEET.plan, aterrap1: SHEET.aterrap1, aterrap2: SHEET.aterrap2 },
    people,
    fingerprint: 'x',
    problems: [warning('Bo Lund.docx')],
  };
}

describe('batch summary', () => {
  it('counts plans, people, rows per tab, contact rows and the plans that need a look', () => {
    expect(summarize(batch(), 2)).toEqual({
      plansRead: 6,
      failed: 2,
      people: 4,
      tabs: [
        { round: 'plan', sheet: SHEET.plan, people: 2, rowsToWrite: 2, rowsToReplace: 0 },
        { round: 'aterrap1', sheet: SHEET.aterrap1, people: 2, rowsToWrite: 4, rowsToReplace: 3 },
        { round: 'aterrap2', sheet: SHEET.aterrap2, people: 1, rowsToWrite: 2, rowsToReplace: 0 },
      ],
      // Anna Ek in two rounds has one contact row (the later plan's change).
      contactsNew: 2,
      contactsChanged: 1,
      needsLook: 3,
      rowsToWrite: 8,
    });
  });

  it('a plan needs a look for its warnings, the import’s warnings about its file, or no activity; not for information', () => {
    const b = batch();
    const problems = b.problems ?? [];
    expect(b.people.map((p) => needsLook(p, problems))).toEqual([false, true, true, false, true]);
    expect(lookReasons(b.people[1], problems).map((p) => p.code)).toEqual(['same-person-twice']);
    expect(lookReasons(b.people[4], problems).map((p) => p.code)).toEqual(['unreadable-number']);
    expect(lookReasons(b.people[0], problems)).toEqual([]);
  });

  it('asks for the rounds as previewed with one changed, all in one, or all as suggested', () => {
    const b = batch();
    expect(roundsWith(b, { index: 2, round: 'aterrap2' })).toEqual([
      'plan',
      'aterrap1',
      'aterrap2',
      'aterrap1',
      'aterrap2',
      'plan',
    ]);
    expect(roundsWith(b, { all: 'aterrap1' })).toEqual(Array(6).fill('aterrap1'));
    expect(roundsWith(b, { all: null })).toEqual(Array(6).fill(undefined));
  });
});

describe('what was understood', () => {
  it('shows the reading beside the text where they differ, and what cannot be read', () => {
    const a = activity(
      { training: 'HiS 6', plannedNumber: '20-25', plannedDate: 'v. 12', status: 'klar', reached: 'många' },
      4,
    );
    const row = understoodRow(a, DEFAULT_CATALOGUE, sv);
    const at = (c: string) => row.find((f) => f.column === c)!;
    expect(at('training')).toMatchObject({
      raw: 'HiS 6',
      read: 'HiS6 Migration och psykisk hälsa – grundkurs',
      differs: true,
    });
    expect(at('plannedNumber')).toMatchObject({ raw: '20-25', read: '20', differs: true });
    expect(at('plannedDate')).toMatchObject({ raw: 'v. 12', read: 'vecka 12 2017', differs: true });
    expect(at('status')).toMatchObject({ raw: 'klar', read: 'Genomförd', differs: true });
    expect(at('reached')).toMatchObject({ raw: 'många', unreadable: true, differs: false });
    expect(at('activity')).toMatchObject({ raw: 'Föreläsning', differs: false, unreadable: false });
    expect(at('doneDate')).toMatchObject({ raw: '', read: '', differs: false, unreadable: false });
    const plain = understoodRow(
      activity({ plannedNumber: '20', plannedDate: '2017-02-10' }),
      DEFAULT_CATALOGUE,
      sv,
    );
    expect(plain.filter((f) => f.differs).map((f) => f.column)).toEqual(['training']);
    expect(understoodRow(a, DEFAULT_CATALOGUE, en).find((f) => f.column === 'plannedDate')?.read).toBe(
      'week 12 2017',
    );
  });

  it('puts each problem at the row of the plan it is about', () => {
    const rows = [activity({}, 2), activity({}, 3)];
    const p = (row?: number): Problem => ({
      code: 'x',
      severity: 'warning',
      message: msg('plan-missing-name', { source: 'a' }),
      where: row === undefined ? {} : { table: 3, row },
    });
    const { perRow, other } = problemsByRow(rows, [p(3), p(), p(2), p(9)]);
    expect(perRow.map((l) => l.map((x) => x.where.row))).toEqual([[2], [3]]);
    expect(other.map((x) => x.where.row)).toEqual([undefined, 9]);
  });
});

describe('the import’s state', () => {
  it('asks for the report round once, remembers the answer, and names the import to undo', () => {
    let s = reducer(initialState, { type: 'progress/start', progress: { kind: 'preview' } });
    s = reducer(s, { type: 'batch/ask-report', people: ['Bo Lund'] });
    expect(s.importBatch.askingReport).toEqual(['Bo Lund']);
    expect(s.progress).toBeNull();
    s = reducer(s, { type: 'batch/report-round', round: 'aterrap2' });
    expect(s.importBatch).toMatchObject({ askingReport: null, currentReport: 'aterrap2' });
    s = reducer(s, { type: 'batch/only-needs-look', on: true });
    s = reducer(s, { type: 'import/reset' });
    // Starting over keeps the session's answer.
    expect(s.importBatch).toMatchObject({ currentReport: 'aterrap2', onlyNeedsLook: false });
    const label = { at: '2017-01-20T13:05:00.000Z', plans: 42 };
    s = reducer(s, {
      type: 'import/applied',
      result: { status: 'written', rowsWritten: 1, rowsReplaced: 0, label },
    });
    expect(s.importBatch.lastImport).toEqual(label);
    s = reducer(s, { type: 'undo/finished', result: { status: 'conflict', changedCells: [] } });
    expect(s.importBatch.lastImport).toEqual(label);
    s = reducer(s, { type: 'undo/finished', result: { status: 'undone', changedCells: [] } });
    expect(s.importBatch.lastImport).toBeNull();
    s = reducer(s, { type: 'workbook/loaded', info: null, settings: null, canUndo: true, lastImport: label });
    expect(s.importBatch.lastImport).toEqual(label);
  });

  it('a failed read is dismissed on its own, the plans read stay', () => {
    let s = reducer(initialState, {
      type: 'plans/read',
      plans: [plan({ name: 'Anna', activities: [] })],
      failures: [{ source: 'x.pdf', problems: [] }],
    });
    s = reducer(s, { type: 'failures/dismiss' });
    expect(s.readFailures).toEqual([]);
    expect(s.plans).toHaveLength(1);
  });

  it('the undo button says when: the time today, the day and time before', () => {
    const now = new Date(2017, 0, 20, 15, 0);
    expect(whenText(new Date(2017, 0, 20, 14, 5).toISOString(), now, 'sv')).toBe('14:05');
    expect(whenText(new Date(2017, 0, 3, 9, 30).toISOString(), now, 'sv')).toBe('3 januari 09:30');
    expect(whenText(new Date(2016, 11, 3, 9, 30).toISOString(), now, 'en')).toBe('3 December 2016 09:30');
    expect(sv.result.undoImport(42, '14:05')).toBe('Ångra import av 42 planer, 14:05');
    expect(sv.result.undoImport(1, '14:05')).toBe('Ångra import av 1 plan, 14:05');
    expect(sv.result.undoImport(null, '14:05')).toBe('Ångra senaste importen, 14:05');
  });
});
