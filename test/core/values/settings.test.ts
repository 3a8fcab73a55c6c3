import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';
import { msg } from '../../../src/core/messages';
import type { Activity, PersonalPlan } from '../../../src/core/model';
import { DEFAULT_SETTINGS, parseSettings, suggestRound } from '../../../src/core/settings';
import { readDate } from '../../../src/core/values/date';
import { readNumber } from '../../../src/core/values/number';
import { readStatus } from '../../../src/core/values/status';
import { readTraining } from '../../../src/core/values/training';

describe('catalogue and defaults', () => {
  test('the 12 trainings of domain.md, no HiS3', () => {
    expect(DEFAULT_CATALOGUE.map((t) => t.code)).toEqual([
      'HiS1',
      'HiS2',
      'HiS4',
      'HiS5',
      'HiS6',
      'HiS7',
      'HiS8',
      'HiS9',
      'HiS10',
      'HiS11',
      'HiS12',
      'HiS13',
    ]);
    expect(DEFAULT_CATALOGUE.find((t) => t.code === 'HiS8')?.name).toBe('Lifespan Integration');
  });
  test('default settings', () => {
    expect(DEFAULT_SETTINGS.programmeYear).toBe(2016);
    expect(DEFAULT_SETTINGS.deadlines).toEqual({
      aterrap1Due: '2017-02-02',
      aterrap1Send: '2017-02-10',
      aterrap2Due: '2017-03-22',
      aterrap2Send: '2017-03-31',
    });
    expect(DEFAULT_SETTINGS.catalogue).toBe(DEFAULT_CATALOGUE);
  });
});

describe('parseSettings', () => {
  test('nothing stored gives the defaults without problems', () => {
    expect(parseSettings(undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
    });
    expect(parseSettings('{}')).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
    });
  });
  test('valid values are taken, from text or object', () => {
    const stored = {
      programmeYear: 2018,
      deadlines: {
        aterrap1Due: '2019-02-01',
        aterrap1Send: '2019-02-08',
        aterrap2Due: '2019-03-20',
        aterrap2Send: '2019-03-29',
      },
      catalogue: [
        {
          code: 'HiS6',
          name: 'Migration och psykisk hälsa – grundkurs',
          aliases: ['MoPH grund'],
        },
      ],
    };
    for (const input of [stored, JSON.stringify(stored)]) {
      const { settings, problems } = parseSettings(input);
      expect(problems).toEqual([]);
      expect(settings).toEqual(stored);
    }
  });
  test('falls back field by field, saying what was wrong', () => {
    const { settings, problems } = parseSettings({
      programmeYear: 'förra året',
      deadlines: { aterrap1Due: '2019-02-30', aterrap2Send: '2019-03-29' },
      catalogue: [
        { code: '', name: 'x' },
        { code: 'HiS14', name: 'Tolkdag' },
        { code: 'his14', name: 'Dubblett' },
      ],
    });
    expect(settings.programmeYear).toBe(2016);
    expect(settings.deadlines).toEqual({
      ...DEFAULT_SETTINGS.deadlines,
      aterrap2Send: '2019-03-29',
    });
    expect(settings.catalogue).toEqual([{ code: 'HiS14', name: 'Tolkdag', aliases: [] }]);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual([
      msg('settings-bad-year', { value: 'förra året', fallback: 2016 }),
      msg('settings-bad-deadline', { deadline: 'aterrap1Due', value: '2019-02-30', fallback: '2017-02-02' }),
      msg('settings-training-incomplete', { index: 1 }),
      msg('settings-training-code-twice', { code: 'his14' }),
    ]);
  });
  test('broken JSON and wrong shapes give the defaults with a message', () => {
    for (const input of ['{not json', '[1,2]', 42]) {
      const { settings, problems } = parseSettings(input);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
    const r = parseSettings({ catalogue: 'HiS6', deadlines: [] });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problems).toHaveLength(2);
  });
  test('the defaults are not shared mutable state', () => {
    const { settings } = parseSettings('{}');
    settings.deadlines.aterrap1Due = '2000-01-01';
    settings.catalogue[0].aliases.push('x');
    expect(DEFAULT_SETTINGS.deadlines.aterrap1Due).toBe('2017-02-02');
    expect(DEFAULT_CATALOGUE[0].aliases).toEqual([]);
  });
});

function activity(status: string, reached: string, doneDate = ''): Activity {
  return {
    training: readTraining('HiS6'),
    activity: 'Föreläsning',
    targetGroup: 'Sjuksköterskor',
    unit: 'Vårdcentralen Källby',
    plannedDate: readDate('v. 6'),
    plannedNumber: readNumber('ca 20'),
    status: readStatus(status),
    doneDate: readDate(doneDate),
    reached: readNumber(reached),
    comment: '',
    source: { table: 3, row: 2 },
  };
}

function plan(...activities: Activity[]): PersonalPlan {
  return {
    source: { kind: 'text', name: 'x' },
    contact: {
      name: 'Anna Svensson',
      title: '',
      unit: '',
      region: '',
      email: '',
      phone: '',
      trainingsRaw: '',
      trainings: [],
    },
    goals: [],
    activities,
    problems: [],
  };
}

describe('suggestRound', () => {
  const d = (s: string) => new Date(`${s}T12:00:00`);
  test('no status or number reached: the plan round, whatever the date', () => {
    expect(suggestRound(plan(activity('', '')), d('2017-03-01'), DEFAULT_SETTINGS)).toBe('plan');
    expect(suggestRound([plan(), plan(activity('', ''))], d('2016-12-01'), DEFAULT_SETTINGS)).toBe('plan');
  });
  test('statuses filled: report 1 up to its send date, report 2 after', () => {
    const p = plan(activity('', ''), activity('Genomförd', '18'));
    expect(suggestRound(p, d('2017-01-20'), DEFAULT_SETTINGS)).toBe('aterrap1');
    expect(suggestRound(p, d('2017-02-10'), DEFAULT_SETTINGS)).toBe('aterrap1');
    expect(suggestRound(p, d('2017-02-11'), DEFAULT_SETTINGS)).toBe('aterrap2');
    expect(suggestRound([plan(), p], d('2017-03-25'), DEFAULT_SETTINGS)).toBe('aterrap2');
    expect(suggestRound(plan(activity('', '12')), d('2017-02-01'), DEFAULT_SETTINGS)).toBe('aterrap1');
  });
  test('other deadlines from settings', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      deadlines: { ...DEFAULT_SETTINGS.deadlines, aterrap1Send: '2017-02-20' },
    };
    expect(suggestRound(plan(activity('klar', '5')), d('2017-02-15'), s)).toBe('aterrap1');
  });
});
