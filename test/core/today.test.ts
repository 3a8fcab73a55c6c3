// "Today" is the coordinator's local calendar day, the same in the import's choice of round and
// in the flags' "is this plan late?": around midnight in Stockholm the two agree (they did not
// when the flags used the UTC day).
import { computeFlags } from '../../src/core/flags/computeFlags';
import { DEFAULT_SETTINGS, suggestRound } from '../../src/core/settings';
import { localDay } from '../../src/core/today';
import { assignment, row, snapshot } from './flags/build';

/**
 * The moment `iso` (UTC) on a machine in Stockholm (UTC+1 in winter): its local calendar getters
 * are an hour ahead of UTC, whatever time zone the tests run in.
 */
function inStockholm(iso: string): Date {
  const d = new Date(iso);
  const local = new Date(d.getTime() + 3_600_000);
  d.getFullYear = () => local.getUTCFullYear();
  d.getMonth = () => local.getUTCMonth();
  d.getDate = () => local.getUTCDate();
  return d;
}

// 00:30 on 3 February in Stockholm is still 2 February in UTC.
const justAfterMidnight = inStockholm('2017-02-02T23:30:00Z');

describe('localDay', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(localDay(justAfterMidnight)).toBe('2017-02-03');
    expect(localDay(inStockholm('2017-02-02T22:30:00Z'))).toBe('2017-02-02');
  });
});

describe('flags and import agree on the day', () => {
  it('a plan due 2 February is late from local midnight on', () => {
    const s = snapshot({
      aterrap1: [row('aterrap1', { status: 'Genomförd', reached: 3 })],
      overall: [
        assignment({ person: 'Anna Lindqvist', training: 'HiS1' }, 5),
        assignment({ person: 'Bo Ek', training: 'HiS1' }, 6),
      ],
    });
    const [f] = computeFlags(s, { settings: DEFAULT_SETTINGS, today: justAfterMidnight }).filter(
      (x) => x.code === 'plan-not-received',
    );
    expect(DEFAULT_SETTINGS.deadlines.aterrap1Due).toBe('2017-02-02');
    expect(f.severity).toBe('warning');
  });

  it('a report read just after local midnight of the send date belongs to report 2', () => {
    expect(DEFAULT_SETTINGS.deadlines.aterrap1Send).toBe('2017-02-10');
    const plan = {
      source: { kind: 'text' as const, name: 'x' },
      contact: {
        name: 'A',
        title: '',
        unit: '',
        region: '',
        email: '',
        phone: '',
        trainingsRaw: '',
        trainings: [],
      },
      goals: [],
      activities: [{ ...row('aterrap1', { status: 'Genomförd' }), source: {} }],
      problems: [],
    };
    expect(suggestRound(plan, inStockholm('2017-02-10T22:30:00Z'), DEFAULT_SETTINGS)).toBe('aterrap1');
    expect(suggestRound(plan, inStockholm('2017-02-10T23:30:00Z'), DEFAULT_SETTINGS)).toBe('aterrap2');
  });
});
