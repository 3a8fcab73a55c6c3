// What reading the overall plan reported reaches the coordinator as flags with a cell to go to.
import { computeFlags } from '../../../src/core/flags/computeFlags';
import { overallProblemFlags } from '../../../src/core/overall/problemFlags';
import { readOverallPlan } from '../../../src/core/overall/readOverallPlan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { resetRows, row, snapshot } from '../flags/build';

const reading = readOverallPlan(
  [
    ['Utbildning', 'Verksamhet', 'Spridningsledare', 'Mål antal'],
    ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
    ['Kurs i yoga', 'VC Norr', 'Bo Ek', 'många'],
    ['', '', 'Senast ändrad av Karin Berg 2017-01-15', ''],
  ],
  [],
  'Övergripande plan',
  1,
  0,
  DEFAULT_SETTINGS,
);

describe('overall plan problems as flags', () => {
  it('an unknown training, an unreadable goal and a skipped row, each at its cell', () => {
    expect(
      overallProblemFlags(reading.problems).map((f) => [f.code, f.sheet, f.cell, f.round, f.message.code]),
    ).toEqual([
      ['unknown-training', 'Övergripande plan', 'A3', null, 'overall-unknown-training'],
      ['unreadable-number', 'Övergripande plan', 'D3', null, 'overall-unreadable-goal'],
      ['overall-row-skipped', 'Övergripande plan', 'A4', null, 'overall-row-note'],
    ]);
  });

  it('are part of the check, once, whatever round is checked', () => {
    resetRows();
    const s = {
      ...snapshot({
        plan: [row('plan', { person: 'Anna Lindqvist' }), row('plan', { person: 'Bo Ek' })],
        overall: reading.assignments,
      }),
      overallProblems: reading.problems,
    };
    for (const round of [undefined, 'plan'] as const) {
      const fs = computeFlags(s, { settings: DEFAULT_SETTINGS, round, today: new Date('2017-01-15') });
      expect(fs.filter((f) => f.code === 'overall-row-skipped')).toHaveLength(1);
      expect(fs.filter((f) => f.sheet === 'Övergripande plan' && f.code === 'unknown-training')).toHaveLength(
        1,
      );
    }
  });

  it('errors are not flags (they stop the reading where it is read)', () => {
    const none = readOverallPlan([['Hej']], [], 'Blad1', 1, 0, DEFAULT_SETTINGS);
    expect(overallProblemFlags(none.problems)).toEqual([]);
  });
});
