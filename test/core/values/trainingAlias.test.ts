import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { addTrainingAlias, MAX_ALIASES } from '../../../src/core/values/trainingAlias';
import { readTraining } from '../../../src/core/values/training';
import { readOverallPlan } from '../../../src/core/overall/readOverallPlan';
import { readActivityRows } from '../../../src/core/log/readActivityRows';
import { findHeader } from '../../../src/core/headers/findHeader';
import type { Settings } from '../../../src/core/model';

const settings = (): Settings => structuredClone(DEFAULT_SETTINGS);

describe('addTrainingAlias: "this means HiS2"', () => {
  it('stores the text as an alias of the training, normalised, and the text is read as it from then on', () => {
    const before = settings();
    expect(readTraining('Hälsoinfo-dagen', before.catalogue).code).toBeNull();
    const r = addTrainingAlias(before, 'his2', '  ”Hälsoinfo-dagen”\u00a0 ');
    expect(r).toMatchObject({ ok: true, added: true, alias: 'Hälsoinfo-dagen', code: 'HiS2' });
    if (!r.ok) return;
    expect(r.settings.catalogue.find((t) => t.code === 'HiS2')?.aliases).toEqual(['Hälsoinfo-dagen']);
    expect(readTraining('hälsoinfo-dagen', r.settings.catalogue).code).toBe('HiS2');
    // the settings given are not changed
    expect(before.catalogue.find((t) => t.code === 'HiS2')?.aliases).toEqual([]);
  });

  it('is used by the overall plan and the log readers', () => {
    const r = addTrainingAlias(settings(), 'HiS2', 'Hälsoinfo-dagen');
    if (!r.ok) throw new Error('refused');
    const overall = readOverallPlan(
      [
        ['Utbildning', 'Spridningsledare', 'Mål antal'],
        ['Hälsoinfo-dagen', 'Anna Lindqvist', 10],
      ],
      [],
      'Ö',
      1,
      0,
      r.settings,
    );
    expect(overall.assignments[0].training.code).toBe('HiS2');
    expect(overall.problems).toEqual([]);
    const values = [
      ['Spridningsledare', 'Utbildning', 'Aktivitet', 'Planerat antal'],
      ['Anna Lindqvist', 'Hälsoinfo-dagen', 'Möte', 5],
    ];
    const header = findHeader(values, 'plan')!;
    const rows = readActivityRows(values, header, '3.a', 1, 0, r.settings);
    expect(rows[0].training.code).toBe('HiS2');
  });

  it('adds nothing twice: a text already read as the training is not stored again', () => {
    const once = addTrainingAlias(settings(), 'HiS2', 'Hälsoinfo-dagen');
    if (!once.ok) throw new Error('refused');
    const twice = addTrainingAlias(once.settings, 'HiS2', 'HÄLSOINFO-DAGEN');
    expect(twice).toMatchObject({ ok: true, added: false });
    if (twice.ok) expect(twice.settings.catalogue.find((t) => t.code === 'HiS2')?.aliases).toHaveLength(1);
    expect(addTrainingAlias(settings(), 'HiS2', 'HiS 2')).toMatchObject({ ok: true, added: false });
  });

  it('refuses an alias that already means another training', () => {
    expect(addTrainingAlias(settings(), 'HiS2', 'Lifespan Integration')).toEqual({
      ok: false,
      message: {
        code: 'alias-means-other',
        params: { alias: 'Lifespan Integration', code: 'HiS2', other: 'HiS8' },
      },
    });
    expect(addTrainingAlias(settings(), 'HiS2', 'HiS9')).toMatchObject({
      ok: false,
      message: { code: 'alias-means-other', params: { other: 'HiS9' } },
    });
    const taught = addTrainingAlias(settings(), 'HiS6', 'MoPH');
    if (!taught.ok) throw new Error('refused');
    expect(addTrainingAlias(taught.settings, 'HiS9', 'moph')).toMatchObject({
      ok: false,
      message: { code: 'alias-means-other', params: { other: 'HiS6' } },
    });
  });

  it('settles a text that fits several trainings for this workbook', () => {
    const r = addTrainingAlias(settings(), 'HiS6', 'Migration och psykisk hälsa');
    expect(r).toMatchObject({ ok: true, added: true });
    if (r.ok) expect(readTraining('Migration o psykisk hälsa', r.settings.catalogue).code).toBe('HiS6');
  });

  it('refuses an unknown training, an empty text, a text too long and one alias too many', () => {
    expect(addTrainingAlias(settings(), 'HiS3', 'x')).toMatchObject({
      ok: false,
      message: { code: 'alias-unknown-training', params: { code: 'HiS3' } },
    });
    expect(addTrainingAlias(settings(), 'HiS2', ' ”” ')).toMatchObject({
      ok: false,
      message: { code: 'alias-empty' },
    });
    expect(addTrainingAlias(settings(), 'HiS2', 'x'.repeat(301))).toMatchObject({
      ok: false,
      message: { code: 'alias-too-long' },
    });
    const full = settings();
    full.catalogue[1].aliases = Array.from({ length: MAX_ALIASES }, (_, i) => `Kursdag ${i}`);
    expect(addTrainingAlias(full, 'HiS2', 'Hälsoinfo-dagen')).toMatchObject({
      ok: false,
      message: { code: 'alias-too-many' },
    });
  });
});
