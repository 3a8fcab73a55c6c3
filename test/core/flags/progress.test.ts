// The flags comparing the rounds: planned and missing from a report, reported and never planned,
// reached going down from report 1 to 2, a person reported at 1 and missing at 2.
import { computeFlags } from '../../../src/core/flags/computeFlags';
import type { Flag, Round } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { assignment, resetRows, row, snapshot } from './build';

beforeEach(resetRows);

const PROGRESS = ['planned-not-reported', 'reported-not-planned', 'reached-decreased', 'missing-at-report-2'];

function progress(s: ReturnType<typeof snapshot>, round?: Round): Flag[] {
  return computeFlags(s, {
    settings: DEFAULT_SETTINGS,
    today: new Date('2017-03-01'),
    ...(round ? { round } : {}),
  }).filter((f) => PROGRESS.includes(f.code));
}

const overall = [
  assignment({ person: 'Anna Lindqvist', training: 'HiS6' }, 4),
  assignment({ person: 'Bo Ek', training: 'HiS9' }, 5),
];

test('a planned activity missing from the report, pointing at the plan’s row', () => {
  const plan = [
    row('plan', { training: 'HiS6', activity: 'Föreläsning' }, 4),
    row('plan', { training: 'HiS6', activity: 'Workshop' }, 5),
  ];
  const aterrap1 = [
    row('aterrap1', { training: 'HiS6', activity: 'Föreläsning', status: 'Genomförd', reached: 20 }, 4),
  ];
  const flags = progress(snapshot({ overall, plan, aterrap1 }), 'aterrap1');
  expect(flags.map((f) => [f.code, f.person, f.training, f.round, f.sheet, f.cell])).toEqual([
    ['planned-not-reported', 'Anna Lindqvist', 'HiS6', 'aterrap1', '3.a Saml pers spr-plan PLAN', 'C5'],
  ]);
  expect(flags[0].message).toEqual({
    code: 'flag-planned-not-reported',
    params: {
      person: 'Anna Lindqvist',
      activity: 'Workshop',
      training: 'HiS6',
      round: 'aterrap1',
      sheet: '3.a Saml pers spr-plan PLAN',
      row: 5,
    },
  });
});

test('someone who has not reported at all gets no planned-not-reported (plan-not-received says it)', () => {
  const plan = [row('plan', { person: 'Bo Ek', training: 'HiS9' })];
  const aterrap1 = [row('aterrap1', { person: 'Anna Lindqvist', training: 'HiS6' })];
  const flags = progress(snapshot({ overall, plan, aterrap1 }), 'aterrap1');
  expect(flags.filter((f) => f.person === 'Bo Ek')).toEqual([]);
});

test('a reported activity that was never planned; none when the plan tab is empty', () => {
  const plan = [row('plan', { training: 'HiS6', activity: 'Föreläsning' })];
  const aterrap1 = [
    row('aterrap1', { training: 'HiS6', activity: 'föreläsning' }, 4),
    row('aterrap1', { training: 'HiS6', activity: 'Handledning' }, 5),
  ];
  expect(
    progress(snapshot({ overall, plan, aterrap1 }), 'aterrap1').map((f) => [f.code, f.cell, f.severity]),
  ).toEqual([['reported-not-planned', 'C5', 'info']]);
  expect(progress(snapshot({ overall, plan: [], aterrap1 }), 'aterrap1')).toEqual([]);
});

test('reached lower at report 2 than at report 1 on the same activity', () => {
  const plan = [row('plan', { training: 'HiS6', activity: 'Föreläsning' })];
  const aterrap1 = [
    row('aterrap1', { training: 'HiS6', activity: 'Föreläsning', status: 'Genomförd', reached: 20 }, 4),
  ];
  const aterrap2 = [
    row('aterrap2', { training: 'HiS6', activity: 'Föreläsning', status: 'Genomförd', reached: '12 st' }, 6),
  ];
  const flags = progress(snapshot({ overall, plan, aterrap1, aterrap2 }), 'aterrap2');
  expect(flags.map((f) => [f.code, f.sheet, f.cell])).toEqual([
    ['reached-decreased', '3.c Saml pers spr-plan ÅTERRAP2', 'J6'],
  ]);
  expect(flags[0].message.params).toMatchObject({ reached1: 20, reached2: 12, row1: 4, row: 6 });
  // The same or more is fine; so is a number that cannot be read (unreadable-number says that).
  const same = [row('aterrap2', { training: 'HiS6', activity: 'Föreläsning', reached: 20 }, 6)];
  expect(progress(snapshot({ overall, plan, aterrap1, aterrap2: same }), 'aterrap2')).toEqual([]);
  const odd = [row('aterrap2', { training: 'HiS6', activity: 'Föreläsning', reached: 'några' }, 6)];
  expect(progress(snapshot({ overall, plan, aterrap1, aterrap2: odd }), 'aterrap2')).toEqual([]);
});

test('a person reported at 1 and missing at 2, once report 2 has begun', () => {
  const plan = [
    row('plan', { person: 'Bo Ek', training: 'HiS9' }),
    row('plan', { person: 'Anna Lindqvist', training: 'HiS6' }),
  ];
  const aterrap1 = [
    row('aterrap1', { person: 'Bo Ek', training: 'HiS9' }, 4),
    row('aterrap1', { person: 'Anna Lindqvist', training: 'HiS6' }, 5),
  ];
  const aterrap2 = [row('aterrap2', { person: 'Anna Lindqvist', training: 'HiS6' }, 4)];
  const flags = progress(snapshot({ overall, plan, aterrap1, aterrap2 }), 'aterrap2');
  expect(flags.map((f) => [f.code, f.person, f.sheet, f.cell, f.round])).toEqual([
    ['missing-at-report-2', 'Bo Ek', '3.b Saml pers spr-plan ÅTERRAP1', 'A4', 'aterrap2'],
  ]);
  // Report 2 not begun (its tab empty): nothing yet.
  expect(progress(snapshot({ overall, plan, aterrap1, aterrap2: [] }), 'aterrap2')).toEqual([]);
});

test('checking every round raises each progress flag under its own round only', () => {
  const plan = [
    row('plan', { training: 'HiS6', activity: 'Föreläsning' }),
    row('plan', { training: 'HiS6', activity: 'APT' }),
  ];
  const aterrap1 = [row('aterrap1', { training: 'HiS6', activity: 'Föreläsning', reached: 9 })];
  const aterrap2 = [row('aterrap2', { training: 'HiS6', activity: 'Föreläsning', reached: 5 })];
  const flags = progress(snapshot({ overall, plan, aterrap1, aterrap2 }));
  expect(flags.map((f) => [f.code, f.round])).toEqual([
    ['planned-not-reported', 'aterrap1'],
    ['planned-not-reported', 'aterrap2'],
    ['reached-decreased', 'aterrap2'],
  ]);
});
