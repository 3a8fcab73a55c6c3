import fc from 'fast-check';
import { computeTotals, type Totals } from '../../../src/core/totals/computeTotals';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Round } from '../../../src/core/model';
import { assignment, resetRows, row, snapshot } from '../flags/build';

const sum = (parts: Record<string, Totals>): Totals =>
  Object.values(parts).reduce(
    (a, b) => ({
      goal: a.goal + b.goal,
      planned: a.planned + b.planned,
      reachedAterrap1: a.reachedAterrap1 + b.reachedAterrap1,
      reachedAterrap2: a.reachedAterrap2 + b.reachedAterrap2,
    }),
    { goal: 0, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 },
  );

const rowArb = fc.record({
  person: fc.constantFrom('Anna Lindqvist', 'anna lindqvist, kurator', 'Bo Ek', '', 'Cecilia Berg'),
  training: fc.constantFrom('HiS1', 'his 1', 'HiS6', 'Yoga', '', 'HiS9 – primärvården'),
  unit: fc.constantFrom('VC Norr', 'vc-norr', 'BUP', ''),
  plannedNumber: fc.oneof(
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom('ca 20', '15', '', 'många', '20-25'),
  ),
  status: fc.constantFrom('Genomförd', 'klar', 'KLART', 'Ej genomförd', 'Planerad', '', 'pågår'),
  reached: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom('ca 5', '7', '')),
});

describe('computeTotals (property)', () => {
  it('every breakdown adds up to the grand total, and only done rows with numbers count as reached', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom<Round>('plan', 'aterrap1', 'aterrap2'), rowArb), { maxLength: 40 }),
        fc.array(
          fc.record({
            person: fc.constantFrom('Anna Lindqvist', 'Bo Ek', 'Dan'),
            training: fc.constantFrom('HiS1', 'HiS6', 'Okänd'),
            goal: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom('30', 'ca 10', '')),
          }),
          {
            maxLength: 8,
          },
        ),
        (rows, goals) => {
          resetRows();
          const byRound: Record<Round, ReturnType<typeof row>[]> = { plan: [], aterrap1: [], aterrap2: [] };
          for (const [round, input] of rows) byRound[round].push(row(round, input));
          const s = snapshot({ ...byRound, overall: goals.map((g, i) => assignment(g, i + 2)) });
          const t = computeTotals(s, DEFAULT_SETTINGS);
          for (const part of [t.perTraining, t.perUnit, t.perPerson]) expect(sum(part)).toEqual(t.grandTotal);
          const numeric = (v: string | number) =>
            typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : 0;
          const done = (st: string) => ['genomförd', 'klar', 'klart'].includes(st.toLowerCase());
          const expectReached = (round: Round) =>
            rows
              .filter(([r, x]) => r === round && done(x.status))
              .reduce((a, [, x]) => a + numeric(x.reached), 0);
          expect(t.grandTotal.reachedAterrap1).toBe(expectReached('aterrap1'));
          expect(t.grandTotal.reachedAterrap2).toBe(expectReached('aterrap2'));
          expect(t.grandTotal.planned).toBe(
            rows.filter(([r]) => r === 'plan').reduce((a, [, x]) => a + numeric(x.plannedNumber), 0),
          );
          expect(t.grandTotal.goal).toBe(goals.reduce((a, g) => a + numeric(g.goal), 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});
