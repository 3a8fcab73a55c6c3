// The interpreter on hand-made blocks: wording variants, column orders, what is and is not an
// activity row, and the Swedish problems with table/row/column.
import * as fc from 'fast-check';
import { msg } from '../../../src/core/messages';
import type { Block } from '../../../src/core/plan/blocks';
import { interpretPlan } from '../../../src/core/plan/interpret';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { isKnownCode, render } from '../../../src/messages/render';

const src = { kind: 'docx' as const, name: 'plan.docx' };
const table = (...rows: string[][]): Block => ({ kind: 'table', rows });
const para = (text: string): Block => ({ kind: 'paragraph', text });

describe('interpretPlan', () => {
  test('header wording variants in another column order', () => {
    const plan = interpretPlan(
      [
        para('Namn: Lena Ström'),
        para('Mejl: lena@example.se'),
        table(
          [
            'Kommentar',
            'Antal nådda',
            'Genomförandedatum',
            'Status',
            'Antal personer',
            'När',
            'Enhet',
            'Målgrupp',
            'Typ av aktivitet',
            'Utbildning (HiS-nr)',
          ],
          ['bra', '19', '2017-02-10', 'Klar', 'ca 20', '10 feb', 'VC Källby', 'Alla', 'APT', 'HiS 6'],
        ),
      ],
      src,
    );
    expect(plan.activities).toHaveLength(1);
    expect(plan.activities[0]).toMatchObject({
      training: { code: 'HiS6' },
      activity: 'APT',
      targetGroup: 'Alla',
      unit: 'VC Källby',
      plannedDate: { day: '2017-02-10' },
      plannedNumber: { value: 20 },
      status: { value: 'done' },
      doneDate: { day: '2017-02-10' },
      reached: { value: 19 },
      comment: 'bra',
      source: { source: 'plan.docx', table: 1, row: 2 },
    });
    expect(plan.contact).toMatchObject({ name: 'Lena Ström', email: 'lena@example.se' });
    expect(plan.problems).toEqual([]);
  });

  test('what is not an activity row: empty/NBSP/placeholder rows, sum rows, repeated headers, instruction rows', () => {
    const header = ['Utbildning', 'Aktivitet', 'Planerat datum', 'Planerat antal'];
    const plan = interpretPlan(
      [
        para('Namn: Lena Ström'),
        table(
          ['Mina aktiviteter', '', '', ''],
          header,
          ['Exempel: HiS6', 'Exempel: föreläsning', '', ''],
          ['HiS6', 'APT', 'v. 6', '20'],
          ['\u00a0', ' ', '\u00a0\u00a0', ''],
          ['Klicka eller tryck här för att ange text.', '', '', ''],
          header,
          ['HiS9', 'Workshop', 'v. 7', '10'],
          ['Summa planerat', '', '', '30'],
          ['TOTALT', '', '', '30'],
        ),
      ],
      src,
    );
    expect(plan.activities.map((a) => [a.training.code, a.source.row])).toEqual([
      ['HiS6', 3],
      ['HiS9', 7],
    ]);
    expect(plan.problems.map((p) => [p.code, p.severity, p.where.row])).toEqual([
      ['instruction-row-skipped', 'info', 2],
    ]);
  });

  test('contact details: two-column table, four-column table, glued title; first filled value wins', () => {
    const plan = interpretPlan(
      [
        table(
          ['Namn:', 'Anna Svensson, sjuksköterska', 'Telefon:', '010-123'],
          ['E-post:', 'anna@example.se', 'Region:', 'Region Skåne'],
        ),
        table(
          ['Verksamhet', 'VC Lund'],
          ['Utbildningar att sprida', 'HiS6\nLifespan Integration'],
          ['Namn', 'Någon Annan'],
        ),
        table(['Utbildning', 'Aktivitet', 'Målgrupp'], ['HiS6', 'APT', 'Alla']),
      ],
      src,
    );
    expect(plan.contact).toEqual({
      name: 'Anna Svensson',
      title: 'sjuksköterska',
      unit: 'VC Lund',
      region: 'Region Skåne',
      email: 'anna@example.se',
      phone: '010-123',
      trainingsRaw: 'HiS6 Lifespan Integration',
      trainings: [
        { raw: 'HiS6', code: 'HiS6' },
        { raw: 'Lifespan Integration', code: 'HiS8' },
      ],
    });
  });

  test('goal table is read as goals, not activities', () => {
    const plan = interpretPlan(
      [
        para('Namn: Anna Svensson'),
        table(
          ['Utbildning', 'Verksamhet', 'Antal personer att nå'],
          ['HiS6', 'VC Lund', 'ca 40'],
          ['Brandskydd', 'VC Lund', 'x'],
        ),
        table(['Utbildning', 'Aktivitet', 'Målgrupp'], ['HiS6', 'APT', 'Alla']),
      ],
      src,
    );
    expect(plan.goals.map((g) => [g.training.code, g.unit, g.number.value])).toEqual([
      ['HiS6', 'VC Lund', 40],
      [null, 'VC Lund', null],
    ]);
    expect(plan.activities).toHaveLength(1);
    expect(plan.problems.map((p) => [p.code, p.where.table, p.where.row, p.where.column])).toEqual([
      ['unknown-training', 1, 3, 'Utbildning'],
      ['unreadable-number', 1, 3, 'Antal personer att nå'],
    ]);
  });

  test('missing name: an error problem, but still a plan; a single sender in a Spridningsledare column is used', () => {
    const rows = table(['Utbildning', 'Aktivitet', 'Målgrupp'], ['HiS6', 'APT', 'Alla']);
    const plan = interpretPlan([rows], src);
    expect(plan.contact.name).toBe('');
    expect(plan.problems[0]).toMatchObject({
      code: 'missing-name',
      severity: 'error',
      where: { column: 'Namn' },
    });
    expect(plan.problems[0].message).toEqual(msg('plan-missing-name', { source: 'plan.docx' }));
    const withPerson = interpretPlan(
      [
        table(
          ['Spridningsledare', 'Utbildning', 'Aktivitet', 'Målgrupp'],
          ['Per Ek, läkare', 'HiS6', 'APT', 'Alla'],
        ),
      ],
      src,
    );
    expect(withPerson.contact.name).toBe('Per Ek');
    expect(withPerson.problems).toEqual([]);
  });

  test('problems name the table, row and column, in Swedish and English', () => {
    const plan = interpretPlan(
      [
        para('Namn: Anna Svensson'),
        table(
          ['Utbildning', 'Aktivitet', 'Planerat datum', 'Planerat antal', 'Status', 'Antal nådda'],
          ['', 'APT', 'snart', 'många', 'kanske', '5'],
          ['Brandövning', 'APT', 'v. 6', '20', '', ''],
        ),
      ],
      src,
    );
    expect(plan.problems.map((p) => `${p.code}@${p.where.table}/${p.where.row}/${p.where.column}`)).toEqual([
      'missing-training@1/2/Utbildning',
      'unreadable-number@1/2/Planerat antal',
      'unreadable-date@1/2/Planerat datum',
      'unreadable-status@1/2/Status',
      'unknown-training@1/3/Utbildning',
    ]);
    expect(plan.problems[2].message).toEqual(
      msg('plan-unreadable-date', { text: 'snart', table: 1, row: 2, column: 'Planerat datum' }),
    );
    expect(render('sv', plan.problems[2].message)).toBe(
      '”snart” i tabell 1, rad 2, kolumnen Planerat datum går inte att läsa som ett datum. Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.',
    );
    expect(render('en', plan.problems[2].message)).toBe(
      '“snart” at table 1, row 2, column Planerat datum cannot be read as a date. Write for example 2017-02-10, 10/2, 10 feb, v. 6 or vt 2017.',
    );
  });

  test('a training that fits several names them, in the activities, the goal and the contact list', () => {
    const plan = interpretPlan(
      [
        para('Namn: Anna Svensson'),
        para('Utbildningar att sprida: Migration och psykisk hälsa, Yoga'),
        table(
          ['Utbildning', 'Verksamhet', 'Antal personer att nå'],
          ['Migration och psykisk hälsa', 'VC Lund', '40'],
        ),
        table(
          ['Utbildning', 'Aktivitet', 'Planerat antal'],
          ['Migration och psykisk hälsa', 'APT', '20'],
          ['HiS6, HiS9', 'APT', '20'],
          ['Brandövning', 'APT', '20'],
        ),
      ],
      src,
    );
    const training = plan.problems.filter((p) => p.code === 'unknown-training');
    const candidates = (m: { params: object }): unknown =>
      'candidates' in m.params ? m.params.candidates : null;
    expect(training.map((p) => [p.message.code, candidates(p.message)])).toEqual([
      ['plan-ambiguous-training', ['HiS6', 'HiS9', 'HiS10', 'HiS11']], // the goal
      ['plan-ambiguous-training', ['HiS6', 'HiS9', 'HiS10', 'HiS11']], // the activity: fits all four
      ['plan-ambiguous-training', ['HiS6', 'HiS9']], // names both
      ['plan-unknown-training', null], // fits none
      ['plan-ambiguous-listed-training', ['HiS6', 'HiS9', 'HiS10', 'HiS11']],
      ['plan-unknown-listed-training', null],
    ]);
    expect(render('sv', training[1].message)).toBe(
      'Utbildningen ”Migration och psykisk hälsa” i tabell 2, rad 2, kolumnen Utbildning passar HiS6, HiS9, HiS10 och HiS11. Tillägget gissar inte vilken som menas: skriv koden (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.',
    );
    expect(render('en', training[0].message)).toBe(
      'The training “Migration och psykisk hälsa” in the personal goal (table 1, row 2, column Utbildning) fits HiS6, HiS9, HiS10 and HiS11. The add-in does not guess which one is meant: write the code (for example “HiS6”) or add the spelling to the list of trainings under Settings.',
    );
    expect(render('sv', training[2].message)).toContain(
      '”HiS6, HiS9” i tabell 2, rad 3, kolumnen Utbildning passar både HiS6 och HiS9.',
    );
    expect(render('en', training[2].message)).toContain('fits both HiS6 and HiS9.');
    expect(render('sv', training[4].message)).toContain(
      '”Migration och psykisk hälsa” under Utbildningar att sprida passar HiS6, HiS9, HiS10 och HiS11.',
    );
  });

  test('settings: the programme year and an extended catalogue are used', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      programmeYear: 2018,
      catalogue: [
        ...DEFAULT_SETTINGS.catalogue,
        { code: 'HiS14', name: 'Tolkanvändning', aliases: ['Tolkdagen'] },
      ],
    };
    const plan = interpretPlan(
      [para('Namn: A B'), table(['Utbildning', 'Aktivitet', 'Planerat datum'], ['Tolkdagen', 'APT', '10/2'])],
      src,
      settings,
    );
    expect(plan.activities[0].training.code).toBe('HiS14');
    expect(plan.activities[0].plannedDate.day).toBe('2019-02-10');
  });

  test('merged cells left empty in pasted text are filled down (training, target group, unit) — only for text', () => {
    const blocks = [
      para('Namn: A B'),
      table(
        ['Utbildning', 'Aktivitet', 'Målgrupp', 'Verksamhet', 'Status'],
        ['HiS6', 'APT', 'Alla', 'VC', 'Klar'],
        ['', 'Workshop', '', '', ''],
      ),
    ];
    const text = interpretPlan(blocks, { kind: 'text', name: 'Inklistrad text' });
    expect(text.activities[1]).toMatchObject({
      training: { code: 'HiS6' },
      targetGroup: 'Alla',
      unit: 'VC',
      status: { raw: '' },
    });
    const docx = interpretPlan(blocks, src);
    expect(docx.activities[1]).toMatchObject({ training: { raw: '' }, targetGroup: '', unit: '' });
  });

  test('not a plan: no activity table, no goals, no name with other contact details', () => {
    for (const blocks of [
      [],
      [para('Hej! Här kommer planen sen.')],
      [para('Telefon: 010-123')],
      [table(['Region', 'Antal'], ['Skåne', '3'])],
    ]) {
      const plan = interpretPlan(blocks, src);
      expect(plan.problems.map((p) => p.code)).toEqual(['not-a-plan']);
      expect(plan.problems[0].message).toEqual(msg('plan-not-a-plan', { source: src.name }));
    }
    const onlyContacts = interpretPlan([para('Namn: A B'), para('E-post: a@b.se')], src);
    expect(onlyContacts.problems.map((p) => p.code)).toEqual(['no-activities']);
  });

  test('never throws on arbitrary blocks', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'Utbildning',
        'Aktivitet',
        'Målgrupp',
        'Namn:',
        'Summa',
        'HiS6',
        'ca 20',
        'v. 6',
        'Status',
        'Klar',
        '',
      ),
    );
    const block = fc.oneof(
      fc.string({ maxLength: 30 }).map(para),
      fc
        .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 })
        .map((rows) => ({ kind: 'table' as const, rows })),
    );
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 6 }),
        fc.constantFrom('docx' as const, 'html' as const, 'text' as const),
        (blocks, kind) => {
          const plan = interpretPlan(blocks, { kind, name: 'x' });
          return Array.isArray(plan.activities) && plan.problems.every((p) => isKnownCode(p.message.code));
        },
      ),
      { numRuns: 400 },
    );
  });
});
