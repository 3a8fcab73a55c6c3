import { msg } from '../../../src/core/messages';
import { computeTotals } from '../../../src/core/totals/computeTotals';
import { countedAsDone, countedValue, excelTrim } from '../../../src/core/totals/countable';
import { summaryKeys } from '../../../src/core/totals/groups';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readNumber } from '../../../src/core/values/number';
import { readStatus } from '../../../src/core/values/status';
import { assignment, resetRows, row, snapshot } from '../flags/build';

const settings = DEFAULT_SETTINGS;
beforeEach(resetRows);

describe('what the totals count (as the formulas do)', () => {
  it('counts numbers and number-only text, not "ca 20" or ranges typed by hand', () => {
    expect(countedValue(readNumber(20))).toBe(20);
    expect(countedValue(readNumber('30'))).toBe(30);
    expect(countedValue(readNumber(' 30 '))).toBe(30);
    expect(countedValue(readNumber(2.5))).toBe(2.5);
    expect(countedValue(readNumber('ca 20'))).toBe(0);
    expect(countedValue(readNumber('20-25'))).toBe(0);
    expect(countedValue(readNumber(''))).toBe(0);
  });
  it('counts a status as done when it is Genomförd/Genomfört/Klar/Klart in any case', () => {
    expect(
      ['Genomförd', 'genomförd', 'KLAR', ' klart ', 'Genomfört'].map((s) => countedAsDone(readStatus(s))),
    ).toEqual([true, true, true, true, true]);
    expect(['Ej genomförd', 'Inställd', 'Planerad', ''].map((s) => countedAsDone(readStatus(s)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('trims like Excel’s TRIM', () => {
    expect(excelTrim('  a   b  ')).toBe('a b');
  });
});

describe('computeTotals', () => {
  const s = () =>
    snapshot({
      overall: [
        assignment({ person: 'Anna Lindqvist', training: 'HiS1', unit: 'VC Norr', goal: 30 }, 2),
        assignment({ person: 'Anna Lindqvist', training: 'HiS6', unit: 'VC Norr', goal: '15' }, 3),
        assignment({ person: 'Bo Ek', training: 'HiS1', unit: 'BUP', goal: 'ca 10' }, 4),
        assignment({ person: 'Cecilia Berg', training: 'Yoga', unit: 'BUP', goal: 5 }, 5),
      ],
      plan: [
        row('plan', {
          person: 'Anna Lindqvist, kurator',
          training: 'HiS 1',
          unit: 'VC Norr',
          plannedNumber: 20,
        }),
        row('plan', { person: 'Anna Lindqvist', training: 'his1', unit: 'VC-norr', plannedNumber: 20 }), // duplicate counts
        row('plan', { person: 'Anna Lindqvist', training: 'HiS6', unit: 'VC Norr', plannedNumber: 'ca 15' }),
        row('plan', { person: 'Bo Ek', training: 'Okänd kurs', unit: 'BUP', plannedNumber: '12' }),
      ],
      aterrap1: [
        row('aterrap1', {
          person: 'Anna Lindqvist',
          training: 'HiS1',
          unit: 'VC Norr',
          plannedNumber: 20,
          status: 'genomförd',
          reached: 18,
        }),
        row('aterrap1', {
          person: 'Anna Lindqvist',
          training: 'HiS1',
          unit: 'VC Norr',
          plannedNumber: 20,
          status: 'Planerad',
          reached: 7,
        }),
        row('aterrap1', { person: 'Bo Ek', training: '', unit: '', status: 'KLAR', reached: 4 }),
      ],
      aterrap2: [
        row('aterrap2', {
          person: 'Anna Lindqvist',
          training: 'HiS1',
          unit: 'VC Norr',
          status: 'Klar',
          reached: 22,
        }),
      ],
    });

  it('sums goal, planned and reached per training, unknown trainings on their own', () => {
    const t = computeTotals(s(), settings);
    expect(t.perTraining.HiS1).toEqual({ goal: 30, planned: 40, reachedAterrap1: 18, reachedAterrap2: 22 });
    expect(t.perTraining.HiS6).toEqual({ goal: 15, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 });
    expect(t.perTraining.unknown).toEqual({ goal: 5, planned: 12, reachedAterrap1: 4, reachedAterrap2: 0 });
    expect(Object.keys(t.perTraining)).toEqual(['HiS1', 'HiS6', 'unknown']);
  });

  it('sums per unit (normalised, first spelling shown) and per person (title removed)', () => {
    const t = computeTotals(s(), settings);
    expect(t.perUnit['VC Norr']).toEqual({ goal: 45, planned: 40, reachedAterrap1: 18, reachedAterrap2: 22 });
    expect(t.perUnit.BUP).toEqual({ goal: 5, planned: 12, reachedAterrap1: 0, reachedAterrap2: 0 });
    expect(t.perUnit['']).toEqual({
      goal: 0,
      planned: 0,
      reachedAterrap1: 4,
      reachedAterrap2: 0,
    });
    // The rows without a unit: keyed '' and shown as a message in the reader's language.
    expect(summaryKeys(s(), settings).units.at(-1)).toMatchObject({
      key: '',
      label: msg('totals-without', { dimension: 'unit' }),
    });
    expect(t.perPerson['Anna Lindqvist']).toEqual({
      goal: 45,
      planned: 40,
      reachedAterrap1: 18,
      reachedAterrap2: 22,
    });
    expect(t.perPerson['Bo Ek']).toEqual({ goal: 0, planned: 12, reachedAterrap1: 4, reachedAterrap2: 0 });
    expect(t.perPerson['Cecilia Berg'].goal).toBe(5);
  });

  it('gives a grand total equal to the sum of each breakdown', () => {
    const t = computeTotals(s(), settings);
    expect(t.grandTotal).toEqual({ goal: 50, planned: 52, reachedAterrap1: 22, reachedAterrap2: 22 });
    for (const part of [t.perTraining, t.perUnit, t.perPerson]) {
      const sum = Object.values(part).reduce(
        (a, b) => ({
          goal: a.goal + b.goal,
          planned: a.planned + b.planned,
          reachedAterrap1: a.reachedAterrap1 + b.reachedAterrap1,
          reachedAterrap2: a.reachedAterrap2 + b.reachedAterrap2,
        }),
        { goal: 0, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 },
      );
      expect(sum).toEqual(t.grandTotal);
    }
  });

  it('is all zero for an empty log without an overall plan', () => {
    const t = computeTotals(snapshot({ overall: null }), settings);
    expect(t.grandTotal).toEqual({ goal: 0, planned: 0, reachedAterrap1: 0, reachedAterrap2: 0 });
    expect(t.perTraining).toEqual({});
  });

  it('lists each key’s spellings once for the formulas, case-insensitively', () => {
    const k = summaryKeys(s(), settings);
    expect(k.trainings.find((x) => x.key === 'HiS1')!.match).toEqual(['HiS 1', 'his1']); // "HiS1" = "his1" to Excel
    expect(k.trainings.find((x) => x.key === 'HiS1')!.goalRows).toEqual([2, 4]);
    expect(k.units.find((x) => x.label === 'VC Norr')!.match).toEqual(['VC Norr', 'VC-norr']);
    expect(k.people.map((p) => p.label)).toEqual(['Anna Lindqvist', 'Bo Ek', 'Cecilia Berg']);
    expect(k.people[0].match).toEqual(['Anna Lindqvist, kurator', 'Anna Lindqvist']);
  });
});
