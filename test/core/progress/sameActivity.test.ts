// "The same activity across rounds" (docs/domain.md, Progress between reports): examples of the
// rule, and properties over generated logs.
import fc from 'fast-check';
import { ROUNDS, type LogActivityRow, type Round } from '../../../src/core/model';
import { activitiesAcrossRounds, activityKey } from '../../../src/core/progress/sameActivity';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { personProgress } from '../../../src/core/totals/personProgress';
import { assignment, resetRows, row, snapshot, type RowInput } from '../flags/build';

beforeEach(resetRows);

function across(rounds: Partial<Record<Round, LogActivityRow[]>>) {
  return activitiesAcrossRounds(snapshot(rounds));
}

describe('the same activity', () => {
  test('same person (any spelling), training and activity text: one activity, whatever else changed', () => {
    const plan = [
      row('plan', {
        person: 'Anna Lindqvist',
        training: 'HiS6',
        activity: 'Föreläsning',
        plannedDate: 'v. 6',
        plannedNumber: 20,
        unit: 'VC Norr',
      }),
    ];
    const a1 = [
      row('aterrap1', {
        person: 'Lindqvist, Anna, kurator',
        training: 'HiS 6',
        activity: 'föreläsning.',
        plannedDate: '2017-02-20',
        plannedNumber: 25,
        unit: 'Vårdcentralen Norr',
        status: 'Genomförd',
        reached: 22,
      }),
    ];
    const [p] = across({ plan, aterrap1: a1 });
    expect(p.activities).toEqual([{ plan: plan[0], aterrap1: a1[0] }]);
  });

  test('another training or another activity is another activity', () => {
    const plan = [row('plan', { training: 'HiS6', activity: 'Föreläsning' })];
    const a1 = [
      row('aterrap1', { training: 'HiS9', activity: 'Föreläsning' }),
      row('aterrap1', { training: 'HiS6', activity: 'Workshop' }),
    ];
    const [p] = across({ plan, aterrap1: a1 });
    expect(p.activities).toEqual([{ plan: plan[0] }, { aterrap1: a1[0] }, { aterrap1: a1[1] }]);
  });

  test('an activity held several times pairs by its planned date first, then in order', () => {
    const plan = [
      row('plan', { activity: 'Föreläsning', plannedDate: '2017-02-10' }),
      row('plan', { activity: 'Föreläsning', plannedDate: '2017-03-10' }),
      row('plan', { activity: 'Föreläsning', plannedDate: 'vt 2017' }),
    ];
    // Report 1 lists them in another order; one date moved (vt 2017 → 2017-04-02).
    const a1 = [
      row('aterrap1', { activity: 'Föreläsning', plannedDate: '2017-04-02' }),
      row('aterrap1', { activity: 'Föreläsning', plannedDate: '10/3' }),
      row('aterrap1', { activity: 'Föreläsning', plannedDate: '10 feb' }),
    ];
    const [p] = across({ plan, aterrap1: a1 });
    expect(p.activities).toEqual([
      { plan: plan[0], aterrap1: a1[2] },
      { plan: plan[1], aterrap1: a1[1] },
      { plan: plan[2], aterrap1: a1[0] },
    ]);
  });

  test('report 2 pairs with report 1 by report 1’s date (the latest known)', () => {
    const plan = [row('plan', { plannedDate: 'v. 6' }), row('plan', { plannedDate: 'v. 8' })];
    const a1 = [
      row('aterrap1', { plannedDate: '2017-03-01' }),
      row('aterrap1', { plannedDate: '2017-02-20' }),
    ];
    const a2 = [row('aterrap2', { plannedDate: '2017-02-20' })];
    const [p] = across({ plan, aterrap1: a1, aterrap2: a2 });
    expect(p.activities).toEqual([
      { plan: plan[0], aterrap1: a1[0] },
      { plan: plan[1], aterrap1: a1[1], aterrap2: a2[0] },
    ]);
  });

  test('two people never share an activity; rows without a name are left out', () => {
    const plan = [row('plan', { person: 'Anna Lindqvist' }), row('plan', { person: '' })];
    const a1 = [row('aterrap1', { person: 'Hanna Lindqvist' })];
    const out = across({ plan, aterrap1: a1 });
    expect(out.map((p) => p.activities)).toEqual([[{ plan: plan[0] }], [{ aterrap1: a1[0] }]]);
  });
});

describe('properties', () => {
  const input = fc.record({
    person: fc.constantFrom('Anna Lindqvist', 'Lindqvist, Anna', 'Bo Ek', 'Cilla Berg'),
    training: fc.constantFrom('HiS6', 'HiS 6', 'HiS9', 'Yoga'),
    activity: fc.constantFrom('Föreläsning', 'föreläsning', 'Workshop', 'APT'),
    plannedDate: fc.constantFrom('2017-02-10', '10 feb', 'v. 6', 'vt 2017', ''),
    plannedNumber: fc.constantFrom(10, 20, 'ca 15'),
  });
  const log = fc.record({
    plan: fc.array(input, { maxLength: 12 }),
    aterrap1: fc.array(input, { maxLength: 12 }),
    aterrap2: fc.array(input, { maxLength: 12 }),
  });
  const build = (l: Record<Round, RowInput[]>) => {
    resetRows();
    return Object.fromEntries(ROUNDS.map((r) => [r, l[r].map((i) => row(r, i))])) as Record<
      Round,
      LogActivityRow[]
    >;
  };

  test('every row is in exactly one activity, in its own round, with rows of one person and one key', () => {
    fc.assert(
      fc.property(log, (l) => {
        const rows = build(l);
        const out = across(rows);
        const seen = new Set<LogActivityRow>();
        for (const p of out)
          for (const a of p.activities) {
            const members = ROUNDS.flatMap((r) => (a[r] ? [[r, a[r]] as const] : []));
            expect(members.length).toBeGreaterThan(0);
            for (const [r, x] of members) {
              expect(rows[r]).toContain(x);
              expect(seen.has(x)).toBe(false);
              seen.add(x);
            }
            expect(new Set(members.map(([, x]) => activityKey(x))).size).toBe(1);
          }
        expect(seen.size).toBe(ROUNDS.reduce((n, r) => n + rows[r].length, 0));
      }),
    );
  });

  test('a person’s activities of one key are as many as the most rows of that key in one round', () => {
    fc.assert(
      fc.property(log, (l) => {
        const out = across(build(l));
        for (const p of out) {
          const counts = new Map<string, number>();
          for (const a of p.activities) {
            const k = activityKey((a.plan ?? a.aterrap1 ?? a.aterrap2)!);
            counts.set(k, (counts.get(k) ?? 0) + 1);
          }
          for (const [k, n] of counts)
            expect(n).toBe(
              Math.max(...ROUNDS.map((r) => p.rows[r].filter((x) => activityKey(x) === k).length)),
            );
        }
      }),
    );
  });

  test('a report that copies the plan (in any order, status filled in) pairs every row with its own', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 10 }), fc.integer(), (plan, seed) => {
        resetRows();
        const planRows = plan.map((i) => row('plan', i));
        const order = plan
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const reportRows = order.map((i) => row('aterrap1', { ...plan[i], status: 'Genomförd', reached: 5 }));
        const out = across({ plan: planRows, aterrap1: reportRows });
        for (const p of out)
          for (const a of p.activities) {
            expect(a.plan).toBeDefined();
            expect(a.aterrap1).toBeDefined();
            expect(activityKey(a.aterrap1!)).toBe(activityKey(a.plan!));
            const when = (x: LogActivityRow) => [x.plannedDate.kind, x.plannedDate.start, x.plannedDate.end];
            expect(when(a.aterrap1!)).toEqual(when(a.plan!));
          }
      }),
    );
  });
});

describe('the per-person progress view', () => {
  test('goal, planned, reached at 1 and 2 as the totals count them, and rows per round', () => {
    const s = snapshot({
      overall: [assignment({ person: 'Anna Lindqvist', training: 'HiS6', goal: 40 }, 4)],
      plan: [row('plan', { plannedNumber: 20 }), row('plan', { plannedNumber: 15 })],
      aterrap1: [
        row('aterrap1', { status: 'Genomförd', reached: 18 }),
        row('aterrap1', { status: 'Planerad', reached: 5 }),
      ],
      aterrap2: [row('aterrap2', { person: 'Lindqvist, Anna', status: 'Klar', reached: 19 })],
    });
    expect(personProgress(s, DEFAULT_SETTINGS).map(({ key: _key, ...rest }) => rest)).toEqual([
      {
        label: 'Anna Lindqvist',
        goal: 40,
        planned: 35,
        reached1: 18,
        reached2: 19,
        rows: { plan: 2, aterrap1: 2, aterrap2: 1 },
      },
    ]);
  });
});
