// Names match across plan, log and overall plan (docs/domain.md, "Names"): the flags, the
// reminder list and the totals see one person in every way of writing the name that is certain,
// and a near-match that is not certain is a flag naming the candidate, never a merge.
import { computeFlags } from '../../../src/core/flags/computeFlags';
import { reminderList } from '../../../src/core/flags/reminders';
import type { Flag, LogSnapshot } from '../../../src/core/model';
import { msg } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { computeTotals } from '../../../src/core/totals/computeTotals';
import { assignment, contact, resetRows, row, snapshot } from '../flags/build';

const settings = DEFAULT_SETTINGS;
const today = new Date('2017-01-15T12:00:00Z');
const flags = (s: LogSnapshot): Flag[] => computeFlags(s, { settings, today });
const codes = (s: LogSnapshot): string[] => flags(s).map((f) => f.code);

beforeEach(resetRows);

describe('one person however the name is written', () => {
  test.each([
    ['Lindqvist, Anna'],
    ['Anna Lindqvist, kurator'],
    ['ANNA LINDQVIST'],
    ['Anna Lindqvist (VC Norr)'],
    ['Lindqvist Anna'],
  ])('rows of %p belong to the overall plan’s Anna Maria Lindqvist, kurator', (written) => {
    const s = snapshot({
      plan: [row('plan', { person: written, training: 'HiS1', plannedNumber: 30 })],
      overall: [assignment({ person: 'Anna Maria Lindqvist, kurator', training: 'HiS1', goal: 30 }, 5)],
    });
    expect(codes(s)).toEqual([]);
  });

  it('with or without the dots: Asa Ekstrom is Åsa Ekström', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Asa Ekstrom', training: 'HiS2', plannedNumber: 10 })],
      overall: [assignment({ person: 'Ekström, Åsa', training: 'HiS2', goal: 10 }, 5)],
    });
    expect(codes(s)).toEqual([]);
    expect(Object.keys(computeTotals(s, settings).perPerson)).toEqual(['Åsa Ekström']);
  });

  it('totals add every spelling of one person together, under the overall plan’s name', () => {
    const s = snapshot({
      plan: [
        row('plan', { person: 'Lindqvist, Anna', plannedNumber: 10 }),
        row('plan', { person: 'Anna Lindqvist', plannedNumber: 5 }),
        row('plan', { person: 'Anna Maria Lindqvist', plannedNumber: 1 }),
      ],
      overall: [assignment({ person: 'Anna Lindqvist, kurator', training: 'HiS1', goal: 30 }, 5)],
    });
    const t = computeTotals(s, settings);
    expect(t.perPerson).toEqual({
      'Anna Lindqvist': { goal: 30, planned: 16, reachedAterrap1: 0, reachedAterrap2: 0 },
    });
  });

  it('the reminder finds the address written beside another spelling of the name', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Bo Ek' })],
      contacts: [contact({ name: 'Lindqvist, Anna', email: 'anna@example.se' }, 3)],
      overall: [
        assignment({ person: 'Bo Ek', training: 'HiS1' }, 5),
        assignment({ person: 'Anna Lindqvist, kurator', training: 'HiS1' }, 6),
      ],
    });
    expect(reminderList(flags(s), s)).toEqual([{ name: 'Anna Lindqvist', email: 'anna@example.se' }]);
  });
});

describe('a near-match is a flag naming the candidate, never a merge', () => {
  it('Ana Lindqvist is not taken for Anna Lindqvist', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Ana Lindqvist' })],
      overall: [assignment({ person: 'Anna Lindqvist', training: 'HiS1' }, 5)],
    });
    const fs = flags(s);
    expect(fs.map((f) => f.code).sort()).toEqual([
      'not-in-overall-plan',
      'plan-not-received',
      'uncertain-name-match',
    ]);
    expect(fs.find((f) => f.code === 'uncertain-name-match')).toMatchObject({
      person: 'Ana Lindqvist',
      round: 'plan',
      cell: 'A2',
      message: msg('uncertain-name-match', {
        person: 'Ana Lindqvist',
        sheet: '3.a Saml pers spr-plan PLAN',
        row: 2,
        candidates: ['Anna Lindqvist'],
      }),
    });
  });

  it('a left-out middle name that fits two people is not joined to either', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Anna Maria Lindqvist' })],
      overall: [
        assignment({ person: 'Anna Lindqvist', training: 'HiS1' }, 5),
        assignment({ person: 'Maria Lindqvist', training: 'HiS1' }, 6),
      ],
    });
    const unsure = flags(s).filter((f) => f.code === 'uncertain-name-match');
    expect(unsure.map((f) => f.message.params)).toEqual([
      expect.objectContaining({ candidates: ['Anna Lindqvist', 'Maria Lindqvist'] }),
    ]);
    expect(flags(s).filter((f) => f.code === 'plan-not-received')).toHaveLength(2);
  });

  it('someone not like anyone in the overall plan gets no such flag', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Sara Holm' })],
      overall: [assignment({ person: 'Anna Lindqvist', training: 'HiS1' }, 5)],
    });
    expect(codes(s)).not.toContain('uncertain-name-match');
  });
});
