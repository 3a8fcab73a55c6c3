import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';
import { boundedDistance, readTraining, readTrainingList } from '../../../src/core/values/training';

describe('readTraining: codes', () => {
  test.each([
    ['HiS6', 'HiS6'],
    ['HiS 6', 'HiS6'],
    ['his6', 'HiS6'],
    ['HIS-6', 'HiS6'],
    ['HiS13', 'HiS13'],
    ['HiS 1', 'HiS1'],
    ['HiS9 – primärvården', 'HiS9'],
    ['HiS 6 Migration och psykisk hälsa – grundkurs', 'HiS6'],
    ['Lifespan Integration (HiS8)', 'HiS8'],
  ])('%p -> %p', (raw, code) => {
    expect(readTraining(raw)).toEqual({ raw, code });
  });
  test('HiS3 is no programme training, nor is a code not in the catalogue', () => {
    expect(readTraining('HiS3').code).toBeNull();
    expect(readTraining('HiS 14').code).toBeNull();
    expect(readTraining('HiS16').code).toBeNull();
  });
  test('HiS1 is not read out of HiS10 or HiS11', () => {
    expect(readTraining('HiS10').code).toBe('HiS10');
    expect(readTraining('HiS 11').code).toBe('HiS11');
  });
});

describe('readTraining: names', () => {
  test('every full catalogue name, in any case, with or without the dash', () => {
    for (const t of DEFAULT_CATALOGUE) {
      expect(readTraining(t.name).code).toBe(t.code);
      expect(readTraining(t.name.toUpperCase()).code).toBe(t.code);
      expect(readTraining(t.name.replace(' – ', ' ')).code).toBe(t.code);
    }
  });
  test.each([
    ['Migration o psykisk hälsa grundkurs', 'HiS6'],
    ['Migration & psykisk hälsa - grundkurs', 'HiS6'],
    ['Migration och psykisk hälsa primärvården', 'HiS9'],
    ['Migration och psykisk hälsa för elevhälsan', 'HiS10'],
    ['primärvården', 'HiS9'],
    ['Dag för chefer & beslutsfattare', 'HiS13'],
  ])('short name %p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test.each([
    ['Lifspan Integration', 'HiS8'],
    ['Lifespan Integrtion', 'HiS8'],
    ['Nyanlända som resurser', 'HiS4'],
    ['Nyanlänada som resurs', 'HiS4'],
    ['Migration och psykisk hälsa grundkur', 'HiS6'],
    ['Migartion och psykisk hälsa – för primärvården', 'HiS9'],
    ['Insatser vid trauma hos asylsökande o nyanlända', 'HiS7'],
    ['Förstärkta arbetsätt för hälsoundersökningar', 'HiS5'],
  ])('near-miss %p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test.each([
    'Första hjälpen',
    'Brandövning',
    'Migration och psykisk hälsa',
    'Psykisk hälsa',
    'HLR',
    'Lifespan',
    'Nyanlända',
    'Motiverande samtal',
    'Trauma',
  ])('unrelated or ambiguous %p is unknown', (raw) => {
    expect(readTraining(raw)).toEqual({ raw, code: null });
  });
  test('empty and placeholder are empty', () => {
    expect(readTraining('')).toEqual({ raw: '', code: null });
    expect(readTraining('Klicka eller tryck här för att ange text.')).toEqual({
      raw: '',
      code: null,
    });
  });
  test('a coordinator alias in an extended catalogue', () => {
    const catalogue = [
      ...DEFAULT_CATALOGUE,
      {
        code: 'HiS14',
        name: 'Tolkanvändning i vården',
        aliases: ['Tolkdagen'],
      },
    ];
    expect(readTraining('Tolkdagen', catalogue).code).toBe('HiS14');
    expect(readTraining('HiS 14', catalogue).code).toBe('HiS14');
    expect(readTraining('Tolkdagen').code).toBeNull();
  });
});

describe('readTrainingList', () => {
  test('commas, semicolons, lines and "och" between codes', () => {
    expect(readTrainingList('HiS6, HiS9').map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(readTrainingList('HiS6; Lifespan Integration\nHiS 13').map((t) => t.code)).toEqual([
      'HiS6',
      'HiS8',
      'HiS13',
    ]);
    expect(readTrainingList('HiS6 och HiS9').map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(readTrainingList('Migration och psykisk hälsa – grundkurs').map((t) => t.code)).toEqual(['HiS6']);
  });
  test('unknown entries are kept with code null; empty gives none', () => {
    expect(readTrainingList('HiS6, Brandövning')).toEqual([
      { raw: 'HiS6', code: 'HiS6' },
      { raw: 'Brandövning', code: null },
    ]);
    expect(readTrainingList('')).toEqual([]);
    expect(readTrainingList(' , \n')).toEqual([]);
  });
});

test('boundedDistance', () => {
  expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
  expect(boundedDistance('abc', 'abc', 0)).toBe(0);
  expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
});

test('a catalogue edited in place is not answered from a stale cache', () => {
  const catalogue = DEFAULT_CATALOGUE.map((t) => ({ ...t, aliases: [...t.aliases] }));
  expect(readTraining('MoPH grund', catalogue).code).toBeNull();
  catalogue[4].aliases.push('MoPH grund');
  expect(readTraining('MoPH grund', catalogue).code).toBe('HiS6');
});
