// Flags marked "handled": the mark is kept under what the flag is about (its fingerprint), so it
// survives rows moving and the deadline passing, and stops fitting when what the flag is about
// changes; the marks stay bounded and malformed ones are dropped, never an error.
import { computeFlags } from '../../../src/core/flags/computeFlags';
import {
  MAX_HANDLED_MARKS,
  MAX_NOTE_CHARS,
  applyHandled,
  markHandled,
  parseHandledMarks,
  unmarkHandled,
  type HandledMark,
} from '../../../src/core/flags/handled';
import type { Flag, FlagCode, LogActivityRow, LogSnapshot } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { assignment, contact, resetRows, row, snapshot, type RowInput } from './build';

const today = new Date('2017-01-15T12:00:00Z');
const flagsOf = (s: LogSnapshot, at = today): Flag[] =>
  computeFlags(s, { round: 'plan', settings: DEFAULT_SETTINGS, today: at });
const one = (fs: Flag[], code: FlagCode): Flag => {
  const found = fs.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

const OVERALL = () => [
  assignment({ person: 'Anna Lindqvist', training: 'HiS1', goal: 30 }, 4),
  assignment({ person: 'Bo Ek', training: 'HiS2', goal: 10 }, 5),
];
const ROWS: RowInput[] = [
  { training: 'HiS1', plannedNumber: 20, activity: 'Föreläsning' },
  { training: 'Yoga för alla', plannedNumber: 'många', activity: 'Workshop' },
  { person: 'Eva Ny', training: 'HiS1', plannedNumber: 5 },
];

/** The log with its rows starting at `first` (rows inserted above move them). */
function log(first: number, rows: RowInput[] = ROWS, overall = OVERALL()): LogSnapshot {
  const plan: LogActivityRow[] = rows.map((r, i) => row('plan', r, first + i));
  return snapshot({ plan, overall, contacts: [contact({ name: 'Bo Ek', email: 'bo(at)region.se' }, 4)] });
}

beforeEach(resetRows);

describe('what a flag is about (its fingerprint)', () => {
  it('is the same when the rows move, for every flag', () => {
    const before = flagsOf(log(4));
    const after = flagsOf(log(40));
    expect(after.map((f) => f.cell)).not.toEqual(before.map((f) => f.cell));
    expect(after.map((f) => [f.code, f.about])).toEqual(before.map((f) => [f.code, f.about]));
  });

  it('is the same after the deadline has passed (a late plan is the same missing plan)', () => {
    const before = one(flagsOf(log(4)), 'plan-not-received');
    const late = one(flagsOf(log(4), new Date('2017-03-01T12:00:00Z')), 'plan-not-received');
    expect(late.severity).not.toBe(before.severity);
    expect(late.about).toBe(before.about);
  });

  it('changes when what the flag is about changes', () => {
    const base = flagsOf(log(4));
    const edited = (i: number, change: RowInput) =>
      flagsOf(
        log(
          4,
          ROWS.map((r, j) => (j === i ? { ...r, ...change } : r)),
        ),
      );
    // The planned number under the goal: a new planned number is a new question.
    expect(one(edited(0, { plannedNumber: 25 }), 'planned-below-goal').about).not.toBe(
      one(base, 'planned-below-goal').about,
    );
    // The unknown training's row: another text there.
    expect(one(edited(1, { training: 'Yoga för några' }), 'unknown-training').about).not.toBe(
      one(base, 'unknown-training').about,
    );
    // The goal in the overall plan.
    const goal = flagsOf(
      log(4, ROWS, [assignment({ person: 'Anna Lindqvist', training: 'HiS1', goal: 40 }, 4), OVERALL()[1]]),
    );
    expect(one(goal, 'planned-below-goal').about).not.toBe(one(base, 'planned-below-goal').about);
  });

  it('tells two flags of one row apart, and two identical rows apart', () => {
    const fs = flagsOf(log(4, [...ROWS, { training: 'HiS1', plannedNumber: 'några', reached: 'ett par' }]));
    expect(new Set(fs.map((f) => f.about)).size).toBe(fs.length);
    const twins = flagsOf(
      log(4, [
        { training: 'Kurs X', activity: 'A' },
        { training: 'Kurs X', activity: 'A' },
      ]),
    ).filter((f) => f.code === 'unknown-training');
    expect(twins).toHaveLength(2);
    expect(twins[0].about).not.toBe(twins[1].about);
    expect(twins[1].about).toBe(`${twins[0].about}#2`);
  });
});

describe('applying the marks', () => {
  it('marks the flag whose subject is unchanged, wherever its row went; a changed subject speaks again', () => {
    const flag = one(flagsOf(log(4)), 'not-in-overall-plan');
    const marked = markHandled([], flag, '  Sprider på eget initiativ,\n ok enligt mejl  ', '2017-01-16');
    expect(marked.ok).toBe(true);
    const marks = (marked as { marks: HandledMark[] }).marks;
    expect(marks).toEqual([
      {
        about: flag.about,
        round: 'plan',
        note: 'Sprider på eget initiativ, ok enligt mejl',
        on: '2017-01-16',
      },
    ]);

    const moved = applyHandled(flagsOf(log(12)), marks, ['plan']);
    expect(one(moved.flags, 'not-in-overall-plan').handled).toEqual({
      note: 'Sprider på eget initiativ, ok enligt mejl',
      on: '2017-01-16',
    });
    expect(moved.flags.filter((f) => f.handled !== undefined)).toHaveLength(1);
    expect(moved.keep).toEqual(marks);

    // The unknown training's row changes: the flag is about something else now, and speaks again.
    const unknown = one(flagsOf(log(4)), 'unknown-training');
    const both = markHandled(marks, unknown, '', '2017-01-16');
    const changed = applyHandled(
      flagsOf(
        log(
          4,
          ROWS.map((r, i) => (i === 1 ? { ...r, plannedNumber: 8 } : r)),
        ),
      ),
      both.ok ? both.marks : [],
      ['plan'],
    );
    expect(one(changed.flags, 'unknown-training').handled).toBeUndefined();
    expect(one(changed.flags, 'not-in-overall-plan').handled).toBeDefined();
    // The mark that no longer fits is dropped; the other is kept.
    expect(changed.keep).toEqual(marks);
  });

  it('keeps the marks of rounds the check did not look at', () => {
    const mark: HandledMark = { about: 'x', round: 'aterrap2', note: '', on: '2017-01-16' };
    const general: HandledMark = { about: 'y', round: null, note: '', on: '2017-01-16' };
    expect(applyHandled(flagsOf(log(4)), [mark, general], ['plan']).keep).toEqual([mark]);
  });

  it('changes a note, and takes a mark away', () => {
    const flag = one(flagsOf(log(4)), 'invalid-contact');
    const first = markHandled([], flag, 'ett', '2017-01-16');
    const second = markHandled(first.ok ? first.marks : [], flag, 'två', '2017-01-17');
    expect(second.ok && second.marks).toEqual([
      { about: flag.about, round: null, note: 'två', on: '2017-01-17' },
    ]);
    expect(unmarkHandled(second.ok ? second.marks : [], flag)).toEqual([]);
  });
});

describe('bounds and stored text', () => {
  it('refuses a note over the limit and a mark over the number kept, with a message', () => {
    const flag = { about: 'a', round: 'plan' as const };
    const long = markHandled([], flag, 'x'.repeat(MAX_NOTE_CHARS + 1), '2017-01-16');
    expect(long).toEqual({
      ok: false,
      message: { code: 'handled-note-too-long', params: { max: MAX_NOTE_CHARS, length: MAX_NOTE_CHARS + 1 } },
    });
    const full = Array.from({ length: MAX_HANDLED_MARKS }, (_, i) => ({
      about: `m${i}`,
      round: null,
      note: '',
      on: '2017-01-16',
    }));
    expect(markHandled(full, flag, '', '2017-01-16')).toEqual({
      ok: false,
      message: { code: 'handled-too-many', params: { max: MAX_HANDLED_MARKS } },
    });
    // Changing the note of one already marked is not a new mark.
    expect(markHandled(full, { about: 'm3', round: null }, 'ny', '2017-01-16').ok).toBe(true);
  });

  it('reads what it stored, and drops what is malformed', () => {
    const marks: HandledMark[] = [{ about: 'abc', round: 'aterrap1', note: 'n', on: '2017-01-16' }];
    expect(parseHandledMarks(JSON.stringify(marks))).toEqual(marks);
    expect(parseHandledMarks('not json')).toEqual([]);
    expect(parseHandledMarks('{"about":"x"}')).toEqual([]);
    expect(
      parseHandledMarks([
        { about: 'a', round: 'nope', note: 5, on: 'yesterday' },
        { about: 'a', round: 'plan' },
        { round: 'plan' },
        null,
        { about: 'z'.repeat(41) },
      ]),
    ).toEqual([{ about: 'a', round: null, note: '', on: '' }]);
  });
});
