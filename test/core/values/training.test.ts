import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';
import { readTraining, readTrainingList } from '../../../src/core/values/training';

describe('readTraining: codes', () => {
  test.each([
    ['HiS6', 'HiS6'],
    ['HiS 6', 'HiS6'],
    ['his6', 'HiS6'],
    ['HIS-6', 'HiS6'],
    ['H.i.S. 6', 'HiS6'],
    ['HiS_6', 'HiS6'],
    ['HiS nr 6', 'HiS6'],
    ['HiS06', 'HiS6'],
    ['”HiS6”', 'HiS6'],
    ["'HiS 6'", 'HiS6'],
    ['HiS13', 'HiS13'],
    ['HiS 1', 'HiS1'],
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

describe('readTraining: code and name together, in any order', () => {
  test.each([
    ['HiS9 – primärvården', 'HiS9'],
    ['primärvården HiS9', 'HiS9'],
    ['HiS 6 Migration och psykisk hälsa – grundkurs', 'HiS6'],
    ['Migration och psykisk hälsa – grundkurs (HiS6)', 'HiS6'],
    ['Lifespan Integration (HiS8)', 'HiS8'],
    ['Nyanlända som resurs (HiS4)', 'HiS4'],
    ['HiS6 – vårterminen', 'HiS6'],
  ])('%p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test('a code and a name that say two trainings: no guess, both are candidates', () => {
    expect(readTraining('HiS6 Migration och psykisk hälsa – för primärvården')).toEqual({
      raw: 'HiS6 Migration och psykisk hälsa – för primärvården',
      code: null,
      candidates: ['HiS6', 'HiS9'],
    });
  });
  test('an unknown code beside a known name: no code, the name is the candidate', () => {
    expect(readTraining('HiS3 Nyanlända som resurs')).toMatchObject({ code: null, candidates: ['HiS4'] });
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
    ['Halsoinformation och halsostod for asylsokande och nyanlanda', 'HiS2'],
    ['Dag för chefer & beslutsfattare', 'HiS13'],
    ['Kursen Lifespan Integration', 'HiS8'],
  ])('short or plain-letter name %p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test.each([
    ['Hälsoinformation och hälsostöd', 'HiS2'],
    ['Insatser vid trauma', 'HiS7'],
    ['Att leda gruppverksamhet', 'HiS12'],
    ['Förstärkta arbetssätt', 'HiS5'],
    ['Vad hela organisationen', 'HiS1'],
    ['Dag för chefer', 'HiS13'],
    ['Lifespan', 'HiS8'],
    ['Nyanlända som resurs', 'HiS4'],
  ])('leading words %p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test.each([
    ['primärvården', 'HiS9'],
    ['för elevhälsan', 'HiS10'],
    ['specialistpsykiatrin', 'HiS11'],
    ['grundkurs', 'HiS6'],
    ['Trauma', 'HiS7'],
    ['som resurs', 'HiS4'],
  ])('distinctive part %p -> %p', (raw, code) => {
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
    ['Insatser vid trama', 'HiS7'],
  ])('near-miss %p -> %p', (raw, code) => {
    expect(readTraining(raw).code).toBe(code);
  });
  test.each([
    ['Migration och psykisk hälsa', ['HiS6', 'HiS9', 'HiS10', 'HiS11']],
    ['Psykisk hälsa', ['HiS6', 'HiS9', 'HiS10', 'HiS11']],
    ['Nyanlända', ['HiS2', 'HiS4', 'HiS7']],
    ['arbetssätt', ['HiS5', 'HiS12']],
    ['HiS6, HiS9', ['HiS6', 'HiS9']],
    ['HiS6 och HiS9', ['HiS6', 'HiS9']],
    ['Lifespan Integration, Nyanlända som resurs', ['HiS4', 'HiS8']],
  ])('%p fits or names several: no code, the candidates', (raw, candidates) => {
    expect(readTraining(raw)).toEqual({ raw, code: null, candidates });
  });
  test.each([
    'Första hjälpen',
    'Brandövning',
    'HLR',
    'Motiverande samtal',
    'Kurs i yoga',
    'Vad',
    'Hälsa',
    'Trauma och kris i skolan',
  ])('unrelated %p is unknown, with no candidates', (raw) => {
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
  test('an alias settles a text that fits several trainings, and one that holds an unknown code', () => {
    const catalogue = DEFAULT_CATALOGUE.map((t) =>
      t.code === 'HiS6' ? { ...t, aliases: ['Migration och psykisk hälsa', 'HiS3'] } : t,
    );
    expect(readTraining('migration o psykisk hälsa', catalogue).code).toBe('HiS6');
    expect(readTraining('HiS 3', catalogue).code).toBe('HiS6');
  });
});

describe('readTrainingList', () => {
  test('commas, semicolons, lines, slashes, "samt" and "och" between codes', () => {
    expect(readTrainingList('HiS6, HiS9').map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(readTrainingList('HiS6; Lifespan Integration\nHiS 13').map((t) => t.code)).toEqual([
      'HiS6',
      'HiS8',
      'HiS13',
    ]);
    expect(readTrainingList('HiS6 och HiS9').map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(readTrainingList('HiS6/HiS9').map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(readTrainingList('Lifespan Integration samt Nyanlända som resurs').map((t) => t.code)).toEqual([
      'HiS8',
      'HiS4',
    ]);
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

test('a catalogue edited in place is not answered from a stale cache', () => {
  const catalogue = DEFAULT_CATALOGUE.map((t) => ({ ...t, aliases: [...t.aliases] }));
  expect(readTraining('MoPH grund', catalogue).code).toBeNull();
  catalogue[4].aliases.push('MoPH grund');
  expect(readTraining('MoPH grund', catalogue).code).toBe('HiS6');
});
