import { computeFlags } from '../../../src/core/flags/computeFlags';
import { msg } from '../../../src/core/messages';
import { FLAG_CODES, type Flag, type FlagCode, type LogSnapshot } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { TAB_NAMES } from '../../../src/core/tabs';
import { render } from '../../../src/messages/render';
import { assignment, contact, resetRows, row, snapshot } from './build';

const settings = DEFAULT_SETTINGS;
const today = new Date('2017-01-15T12:00:00Z');
const overall = () => [
  assignment({ person: 'Anna Lindqvist', training: 'HiS1', unit: 'Vårdcentralen Norr', goal: 30 }, 5),
];

function flags(s: LogSnapshot, round?: Parameters<typeof computeFlags>[1]['round']): Flag[] {
  return computeFlags(s, { round, settings, today });
}
const codes = (fs: Flag[]): FlagCode[] => fs.map((f) => f.code);
const only = (fs: Flag[], code: FlagCode): Flag[] => fs.filter((f) => f.code === code);

beforeEach(resetRows);

describe('a clean log', () => {
  it('raises no flag at all', () => {
    expect(flags(snapshot({ plan: [row('plan', {})], overall: overall() }))).toEqual([]);
    const rep = [row('aterrap1', { status: 'Genomförd', reached: 25, doneDate: '2017-02-01' })];
    expect(flags(snapshot({ aterrap1: rep, overall: overall() }), 'aterrap1')).toEqual([]);
  });
});

describe('plan-not-received', () => {
  it('is raised for a person of the overall plan without rows, at their cell in the overall plan', () => {
    const s = snapshot({
      plan: [row('plan', {})],
      overall: [...overall(), assignment({ person: 'Bo Ek, psykolog', training: 'HiS2', unit: 'BUP' }, 7)],
    });
    const [f] = only(flags(s), 'plan-not-received');
    expect(f).toMatchObject({
      person: 'Bo Ek',
      round: 'plan',
      sheet: TAB_NAMES.overall,
      cell: 'C7',
      severity: 'info',
    });
    expect(f.message).toEqual(
      msg('flag-plan-not-received', {
        person: 'Bo Ek',
        sheet: TAB_NAMES.plan,
        round: 'plan',
        due: '2017-02-02',
        late: false,
      }),
    );
    const late = computeFlags(s, { settings, today: new Date('2017-02-03T08:00:00Z') });
    expect(only(late, 'plan-not-received')[0].severity).toBe('warning');
  });
  it('is not raised when the person has rows, written with a title or other case', () => {
    const s = snapshot({ plan: [row('plan', { person: 'anna  lindqvist, kurator' })], overall: overall() });
    expect(codes(flags(s))).not.toContain('plan-not-received');
  });
  it('is raised for every overall person when a requested round has an empty tab; not when the round is not requested', () => {
    const s = snapshot({ plan: [row('plan', {})], aterrap1: [], overall: overall() });
    expect(only(flags(s, 'aterrap1'), 'plan-not-received')).toHaveLength(1);
    expect(only(flags(s), 'plan-not-received')).toHaveLength(0);
  });
});

describe('not-in-overall-plan', () => {
  it('is raised (info) and only row-level flags follow for someone outside the plan', () => {
    const s = snapshot({
      plan: [row('plan', { person: 'Eva Ny', training: 'HiS2', plannedNumber: 'många', unit: 'Annat' })],
      overall: overall(),
    });
    const fs = flags(s);
    expect(codes(fs).sort()).toEqual(
      ['not-in-overall-plan', 'plan-not-received', 'unreadable-number'].sort(),
    );
    expect(only(fs, 'not-in-overall-plan')[0]).toMatchObject({
      severity: 'info',
      person: 'Eva Ny',
      cell: 'A2',
    });
  });
  it('is not raised for someone in the plan, nor when there is no overall plan at all', () => {
    expect(codes(flags(snapshot({ plan: [row('plan', {})], overall: overall() })))).not.toContain(
      'not-in-overall-plan',
    );
    expect(flags(snapshot({ plan: [row('plan', { person: 'Eva Ny' })], overall: null }))).toEqual([]);
  });
});

describe('training-not-assigned', () => {
  it('is raised on the first row of a known training not assigned to the person', () => {
    const s = snapshot({
      plan: [row('plan', {}), row('plan', { training: 'HiS 6' }), row('plan', { training: 'his6' })],
      overall: overall(),
    });
    const f = only(flags(s), 'training-not-assigned');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ training: 'HiS6', cell: 'B3' });
  });
  it('is not raised for an assigned training or an unknown one', () => {
    const s = snapshot({ plan: [row('plan', {}), row('plan', { training: 'Yoga' })], overall: overall() });
    expect(codes(flags(s))).not.toContain('training-not-assigned');
  });
});

describe('assigned-training-without-activity', () => {
  it('is raised when a person has rows but none for an assigned training', () => {
    const s = snapshot({
      plan: [row('plan', {})],
      overall: [...overall(), assignment({ person: 'Anna Lindqvist', training: 'HiS6' }, 6)],
    });
    const [f] = only(flags(s), 'assigned-training-without-activity');
    expect(f).toMatchObject({ training: 'HiS6', cell: 'A2', sheet: TAB_NAMES.plan });
    expect(codes(flags(s))).not.toContain('planned-below-goal');
  });
  it('is not raised when every assigned training has a row', () => {
    expect(codes(flags(snapshot({ plan: [row('plan', {})], overall: overall() })))).not.toContain(
      'assigned-training-without-activity',
    );
  });
});

describe('planned-below-goal', () => {
  it('is raised when the planned sum for a training is below the goal (text goal "30")', () => {
    const s = snapshot({
      plan: [row('plan', { plannedNumber: 10 }), row('plan', { plannedNumber: 'ca 15' })],
      overall: [assignment({ person: 'Anna Lindqvist', training: 'HiS1', goal: '30' }, 5)],
    });
    const [f] = only(flags(s), 'planned-below-goal');
    expect(f).toMatchObject({ training: 'HiS1', cell: 'G2' });
    expect(f.message).toMatchObject({ code: 'flag-planned-below-goal', params: { planned: 25, goal: 30 } });
  });
  it('is not raised when the plan reaches the goal, counting a range by its lower bound', () => {
    const s = snapshot({
      plan: [row('plan', { plannedNumber: 10 }), row('plan', { plannedNumber: '20-25' })],
      overall: overall(),
    });
    expect(codes(flags(s))).not.toContain('planned-below-goal');
  });
});

describe('unit-mismatch', () => {
  it('is raised on a row whose unit is not among the person’s units for that training', () => {
    const s = snapshot({ plan: [row('plan', { unit: 'BUP Söder' })], overall: overall() });
    expect(only(flags(s), 'unit-mismatch')[0]).toMatchObject({ cell: 'E2', training: 'HiS1' });
  });
  it('is not raised for the same unit written in other case, spacing and punctuation', () => {
    const s = snapshot({ plan: [row('plan', { unit: 'vårdcentralen-norr ' })], overall: overall() });
    expect(codes(flags(s))).not.toContain('unit-mismatch');
  });
});

describe('unknown-training', () => {
  it('is raised for a training that is no programme training', () => {
    expect(
      only(
        flags(
          snapshot({
            plan: [row('plan', {}), row('plan', { training: 'Yoga för alla' })],
            overall: overall(),
          }),
        ),
        'unknown-training',
      )[0].cell,
    ).toBe('B3');
  });
  it('names the trainings a text fits, when it fits several', () => {
    const [fitsSeveral, namesTwo, fitsNone] = only(
      flags(
        snapshot({
          plan: [
            row('plan', { training: 'Migration och psykisk hälsa' }),
            row('plan', { training: 'HiS6 / HiS9' }),
            row('plan', { training: 'Yoga för alla' }),
          ],
          overall: overall(),
        }),
      ),
      'unknown-training',
    );
    expect(fitsSeveral.message).toEqual(
      msg('flag-ambiguous-training', {
        training: 'Migration och psykisk hälsa',
        sheet: TAB_NAMES.plan,
        row: 2,
        candidates: ['HiS6', 'HiS9', 'HiS10', 'HiS11'],
      }),
    );
    expect(render('sv', namesTwo.message)).toBe(
      `Utbildningen ”HiS6 / HiS9” på rad 3 i fliken ”${TAB_NAMES.plan}” passar både HiS6 och HiS9. Tillägget gissar inte vilken som menas: skriv koden (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.`,
    );
    expect(render('en', fitsSeveral.message)).toContain('fits HiS6, HiS9, HiS10 and HiS11.');
    expect(fitsNone.message.code).toBe('flag-unknown-training');
  });
  it('is not raised for code variants or an empty training cell', () => {
    const s = snapshot({
      plan: [row('plan', { training: 'his 1' }), row('plan', { training: '' })],
      overall: overall(),
    });
    expect(codes(flags(s))).not.toContain('unknown-training');
  });
});

describe('unreadable-number', () => {
  it('is raised for an unreadable Planerat antal and Antal nådda, each at its cell', () => {
    const s = snapshot({
      aterrap1: [row('aterrap1', { plannedNumber: 'några', status: 'Genomförd', reached: 'ett par' })],
      overall: null,
    });
    expect(only(flags(s), 'unreadable-number').map((f) => f.cell)).toEqual(['G2', 'J2']);
  });
  it('is not raised for "ca 20", "20 st", "20-25" or empty', () => {
    const s = snapshot({
      plan: [
        row('plan', { plannedNumber: 'ca 20' }),
        row('plan', { plannedNumber: '20 st' }),
        row('plan', { plannedNumber: '20-25', reached: '' }),
      ],
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('unreadable-number');
  });
});

describe('unreadable-date', () => {
  it('is raised for an unreadable Planerat datum and Genomfört datum', () => {
    const s = snapshot({
      aterrap2: [
        row('aterrap2', { plannedDate: 'snart', status: 'Genomförd', reached: 5, doneDate: 'förra veckan' }),
      ],
      overall: null,
    });
    expect(only(flags(s), 'unreadable-date').map((f) => f.cell)).toEqual(['F2', 'I2']);
  });
  it('is not raised for the written forms of dates or an empty date', () => {
    const s = snapshot({
      plan: ['10/2', '10 feb', 'v. 6', 'mars 2017', 'vt 2017', ''].map((d) =>
        row('plan', { plannedDate: d, activity: d }),
      ),
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('unreadable-date');
  });
});

describe('missing-status', () => {
  it('is raised on a report-round row without status or with an unknown status word', () => {
    const s = snapshot({
      aterrap1: [row('aterrap1', { status: '' }), row('aterrap1', { status: 'pågår', activity: 'B' })],
      overall: null,
    });
    const fs = only(flags(s), 'missing-status');
    expect(fs.map((f) => f.cell)).toEqual(['H2', 'H3']);
    expect(fs[0].message.code).toBe('flag-missing-status');
    expect(fs[1].message).toEqual(
      msg('flag-unknown-status', { status: 'pågår', sheet: TAB_NAMES.aterrap1, row: 3 }),
    );
  });
  it('is not raised in the plan round, nor for status words in any case', () => {
    expect(codes(flags(snapshot({ plan: [row('plan', { status: '' })], overall: null })))).not.toContain(
      'missing-status',
    );
    const s = snapshot({
      aterrap1: ['genomförd', 'KLAR', 'ej genomförd', 'Inställd', 'planerad'].map((st) =>
        row('aterrap1', { status: st, activity: st, reached: 3 }),
      ),
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('missing-status');
  });
});

describe('done-without-reached', () => {
  it('is raised when status is done and Antal nådda is empty', () => {
    expect(
      only(
        flags(snapshot({ aterrap1: [row('aterrap1', { status: 'Klar' })], overall: null })),
        'done-without-reached',
      )[0].cell,
    ).toBe('J2');
  });
  it('is not raised when a number is given (even 0) or the activity is not done', () => {
    const s = snapshot({
      aterrap1: [
        row('aterrap1', { status: 'Klar', reached: 0 }),
        row('aterrap1', { status: 'Inställd', activity: 'B' }),
      ],
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('done-without-reached');
  });
});

describe('duplicate-activity', () => {
  it('is raised on the repeating row of one person, equal in the six fields', () => {
    const s = snapshot({
      plan: [
        row('plan', {}),
        row('plan', { comment: 'annan kommentar', plannedDate: '2017-02-10' }),
        row('plan', {}),
      ],
      overall: overall(),
    });
    const fs = only(flags(s), 'duplicate-activity');
    expect(fs.map((f) => f.cell)).toEqual(['C3', 'C4']);
    expect(fs[0].message).toMatchObject({ code: 'flag-duplicate-activity', params: { row: 3, sameAs: 2 } });
  });
  it('is not raised when one of the six fields differs or the rows belong to two people', () => {
    const s = snapshot({
      plan: [
        row('plan', {}),
        row('plan', { plannedNumber: 31 }),
        row('plan', { plannedDate: '2017-02-11' }),
        row('plan', { person: 'Bo Ek' }),
      ],
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('duplicate-activity');
  });
});

describe('reached-above-planned', () => {
  it('is raised (info) when Antal nådda exceeds Planerat antal on a row', () => {
    const [f] = only(
      flags(
        snapshot({
          aterrap1: [row('aterrap1', { plannedNumber: 20, status: 'Genomförd', reached: 25 })],
          overall: null,
        }),
      ),
      'reached-above-planned',
    );
    expect(f).toMatchObject({ severity: 'info', cell: 'J2' });
  });
  it('is not raised when reached equals planned or one is missing', () => {
    const s = snapshot({
      aterrap1: [
        row('aterrap1', { plannedNumber: 20, status: 'Genomförd', reached: 20 }),
        row('aterrap1', { plannedNumber: '', status: 'Genomförd', reached: 5, activity: 'B' }),
      ],
      overall: null,
    });
    expect(codes(flags(s))).not.toContain('reached-above-planned');
  });
});

describe('invalid-contact', () => {
  it('is raised for an e-mail in tab 2 that is not an address', () => {
    const s = snapshot({
      contacts: [
        contact({ name: 'Bo Ek', email: 'bo(at)region.se' }, 3),
        contact({ name: 'Eva', email: 'eva@region' }, 4),
      ],
      overall: null,
    });
    const fs = only(flags(s), 'invalid-contact');
    expect(fs.map((f) => [f.cell, f.round])).toEqual([
      ['E3', null],
      ['E4', null],
    ]);
  });
  it('is not raised for real addresses or an empty cell', () => {
    const s = snapshot({
      contacts: [
        contact({ name: 'Anna', email: 'anna.lindqvist@region-exempel.se' }, 3),
        contact({ name: 'Bo', email: '' }, 4),
      ],
      overall: null,
    });
    expect(flags(s)).toEqual([]);
  });
});

describe('computeFlags as a whole', () => {
  it('checks each round’s tab on its own', () => {
    const s = snapshot({
      plan: [row('plan', {})],
      aterrap1: [row('aterrap1', { person: 'Bo Ek', status: 'Genomförd', reached: 3 })],
      overall: overall(),
    });
    const all = flags(s);
    expect(only(all, 'plan-not-received').map((f) => [f.round, f.person])).toEqual([
      ['aterrap1', 'Anna Lindqvist'],
    ]);
    expect(only(all, 'not-in-overall-plan').map((f) => f.round)).toEqual(['aterrap1']);
    expect(flags(s, 'plan')).toEqual([]);
  });

  it('gives every flag a known code, a message in both languages, a sheet and an A1 cell, in a stable order', () => {
    const s = snapshot({
      plan: [
        row('plan', { training: 'Yoga', plannedNumber: 'x' }),
        row('plan', { person: 'Eva Ny', unit: 'BUP' }),
      ],
      aterrap1: [row('aterrap1', { status: '' })],
      contacts: [contact({ name: 'Bo', email: 'nej' }, 2)],
      overall: [...overall(), assignment({ person: 'Bo Ek', training: 'HiS2' }, 6)],
    });
    const a = flags(s);
    expect(a.length).toBeGreaterThan(5);
    for (const f of a) {
      expect(FLAG_CODES).toContain(f.code);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.sheet).not.toBe('');
      expect(render('sv', f.message).length).toBeGreaterThan(30);
      expect(render('en', f.message).length).toBeGreaterThan(30);
    }
    const reversed = computeFlags(
      { ...s, contacts: [...s.contacts].reverse(), overall: [...s.overall!].reverse() },
      { settings, today },
    );
    expect(reversed.map((f) => [f.code, f.cell, f.round])).toEqual(a.map((f) => [f.code, f.cell, f.round]));
    expect(a[a.length - 1].code).toBe('invalid-contact');
  });
});
