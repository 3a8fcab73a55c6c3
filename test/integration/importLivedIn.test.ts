// The import into a coordinator's own, lived-in workbook (test/fixtures/workbooks/lived-in.xlsx,
// made by scripts/make-workbooks.ts): header in row 5 under a merged title and instruction rows,
// columns in another order with other words, the coordinator's extra columns (C, M), blank rows
// between person blocks, a hand-typed row, a trailing totals row with SUM/SUMIFS, a note below.
import { plan } from '../core/import/planFactory';
import { LIVED_IN, open, sheetsOf, shownError, without } from './helpers';

const PLAN = '3.a Saml pers spr-plan PLAN';
const CONTACTS = '2 Saml kontaktuppgifter';
const JOURNAL = '_spridningslogg';
const HIS6 = 'HiS6 Migration och psykisk hälsa – grundkurs';
const FEB10 = 42776; // 2017-02-10
const TODAY = 42755; // 2017-01-20

const HEADER = [
  'Namn på den som skickat in',
  'Utbildning',
  'Egen notering',
  'Målgrupp',
  'Aktivitet',
  'Verksamhet',
  'Datum',
  'Antal personer',
  'Status',
  'Genomfört datum',
  'Antal deltagare',
  'Kommentarer',
  'Uppföljt av samordnare',
];
const BLANK = ['', '', '', '', '', '', '', '', '', '', '', '', ''];
const BO = [
  ['Bo Ek', 'HiS9', 'viktig', 'Läkare', 'APT', 'Vårdcentralen Syd', 42795, 20, '', '', '', '', 'ja'],
  [
    'Bo Ek',
    'HiS9',
    '',
    'Undersköterskor',
    'Föreläsning',
    'Vårdcentralen Syd',
    'mars 2017',
    12,
    '',
    '',
    '',
    '',
    '',
  ],
];
const CILLA = [
  'Cilla Berg',
  'HiS10',
  'inskrivet för hand',
  'Elevhälsan',
  'Handledning',
  'BUP',
  'ht 2017',
  8,
  '',
  '',
  '',
  'muntligt',
  '',
];
const NOTE = [
  'Anteckning: Bo har lovat en plan till för HiS9.',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];
const SUMMA = ['Summa', '', '', '', '', '', '', '', '', '', '', '', ''];

const anna = plan({
  name: 'Anna Lindqvist, kurator',
  email: 'anna.lindqvist@example.se',
  phone: '070-999 99 99',
  unit: 'Vårdcentralen Norr',
  region: 'Region Exempel',
  trainings: 'HiS6',
  activities: [
    {
      training: 'his 6',
      activity: 'Föreläsning',
      targetGroup: 'Kuratorer',
      plannedDate: '10/2',
      plannedNumber: 'ca 20',
      comment: 'Heldag',
    },
    {
      training: 'HiS6',
      activity: '=HYPERLINK("http://x")',
      targetGroup: '+46 grupp',
      plannedDate: 'v. 12',
      plannedNumber: '10',
    },
    {
      training: 'HiS6',
      activity: 'Workshop',
      targetGroup: '@team',
      plannedDate: '2017-03-15',
      plannedNumber: '20-25',
    },
  ],
});
const dan = plan({
  name: 'Dan Nord',
  email: 'dan.nord@example.se',
  phone: '',
  unit: 'Akuten',
  region: 'Region Exempel',
  title: 'Läkare',
  trainings: 'HiS7',
  activities: [
    {
      training: 'HiS7',
      activity: 'APT',
      targetGroup: 'Läkare',
      unit: 'Akuten',
      plannedDate: 'vt 2017',
      plannedNumber: 'många',
    },
    { training: 'Yoga', activity: 'Kurs', targetGroup: 'Alla', unit: 'Akuten', plannedNumber: '5 st' },
  ],
});

const ANNA_ROWS = [
  [
    'Anna Lindqvist',
    HIS6,
    'ringt 12/12',
    'Kuratorer',
    'Föreläsning',
    'Vårdcentralen Norr',
    FEB10,
    20,
    '',
    '',
    '',
    'Heldag Skrivet i planen: Planerat datum ”10/2”; Planerat antal ”ca 20”',
    'ja',
  ],
  [
    'Anna Lindqvist',
    HIS6,
    '',
    '+46 grupp',
    '=HYPERLINK("http://x")',
    'Vårdcentralen Norr',
    'v. 12',
    10,
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Anna Lindqvist',
    HIS6,
    '',
    '@team',
    'Workshop',
    'Vårdcentralen Norr',
    42809,
    20,
    '',
    '',
    '',
    'Skrivet i planen: Planerat antal ”20-25”',
    '',
  ],
];
const DAN_ROWS = [
  [
    'Dan Nord',
    'HiS7 Insatser vid trauma hos asylsökande och nyanlända',
    '',
    'Läkare',
    'APT',
    'Akuten',
    'vt 2017',
    'många',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Dan Nord',
    'Yoga',
    '',
    'Alla',
    'Kurs',
    'Akuten',
    '',
    5,
    '',
    '',
    '',
    'Skrivet i planen: Planerat antal ”5 st”',
    '',
  ],
];

describe('import into a lived-in workbook', () => {
  it('writes the right cells, keeps everything else, and undo restores the workbook exactly', async () => {
    const { host, gateway } = await open(LIVED_IN);
    const before = host.snapshot();

    const preview = await gateway.previewImport([anna, dan]);
    expect(preview.round).toBe('plan');
    expect(preview.targetSheet).toBe(PLAN);
    expect(preview.people.map((p) => [p.person, p.contact, p.rowsToWrite, p.rowsToReplace])).toEqual([
      ['Anna Lindqvist, kurator', 'changed', 3, 2],
      ['Dan Nord', 'new', 2, 0],
    ]);
    expect(host.snapshot()).toEqual(before); // nothing written by a preview

    host.resetStats();
    const result = await gateway.applyImport(preview);
    expect(result).toEqual({ status: 'written', rowsWritten: 5, rowsReplaced: 2 });
    expect(host.stats.roundTrips).toBeLessThanOrEqual(4);

    // Tab 3.a, every cell from the header to the note below the table.
    expect(host.values(PLAN, 'A5:M18')).toEqual([
      HEADER,
      ...ANNA_ROWS,
      BLANK,
      ...BO,
      BLANK,
      CILLA,
      ...DAN_ROWS,
      SUMMA,
      BLANK,
      NOTE,
    ]);
    expect(host.values(PLAN, 'A1:M4')).toEqual(before && host.values(PLAN, 'A1:M4'));
    // Totals grow over the new rows; dates are dates; text that looks like a formula stays text.
    expect(host.cell(PLAN, 'H16')?.formula).toBe('=SUM(H6:H15)');
    expect(host.cell(PLAN, 'K16')?.formula).toBe('=SUMIFS(K6:K15,I6:I15,"Genomförd")');
    expect(host.cell(PLAN, 'G6')?.numberFormat).toBe('yyyy-mm-dd');
    expect(host.cell(PLAN, 'G8')?.numberFormat).toBe('yyyy-mm-dd');
    expect(host.cell(PLAN, 'E7')).toEqual({ value: '=HYPERLINK("http://x")' });
    expect(host.cell(PLAN, 'D7')?.formula).toBeUndefined();
    expect(host.cell(PLAN, 'D8')?.formula).toBeUndefined();
    // The sender's name in yellow cells, also on inserted and appended rows.
    for (const a of ['A6', 'A7', 'A8', 'A14', 'A15']) expect(host.cell(PLAN, a)?.fill).toBe('#FFFF00');

    // Tab 2: Anna updated in place (phone), Dan appended; the coordinator's column I kept.
    expect(host.values(CONTACTS, 'A3:I8')).toEqual([
      [
        'Namn',
        'Befattning',
        'Verksamhet',
        'Region',
        'Mejl',
        'Tfn',
        'Utbildningar',
        'Plan inkommen',
        'Påmind (datum)',
      ],
      [
        'Anna Lindqvist',
        'Kurator',
        'Vårdcentralen Norr',
        'Region Exempel',
        'anna.lindqvist@example.se',
        '070-999 99 99',
        'HiS6',
        TODAY,
        '',
      ],
      [
        'Bo Ek',
        'Sjuksköterska',
        'Vårdcentralen Syd',
        'Region Exempel',
        'bo.ek@example.se',
        '070-222 22 22',
        'HiS9',
        42709,
        42745,
      ],
      ['Cilla Berg', 'Psykolog', 'BUP', 'Region Exempel', 'cilla.berg@example.se', '', 'HiS10', '', ''],
      ['Dan Nord', 'Läkare', 'Akuten', 'Region Exempel', 'dan.nord@example.se', '', 'HiS7', TODAY, ''],
      ['', '', '', '', '', '', '', '', ''],
    ]);
    expect(host.cell(CONTACTS, 'H4')?.numberFormat).toBe('yyyy-mm-dd');

    // Nothing else changed: every other sheet, names, settings; the journal sheet is very hidden.
    const after = host.snapshot();
    expect(without(after, [PLAN, CONTACTS, JOURNAL])).toEqual(without(before, [PLAN, CONTACTS]));
    const journal = sheetsOf(after).find((s) => s.name === JOURNAL)!;
    expect(journal.visibility).toBe('VeryHidden');
    const frozen = (snap: unknown) => sheetsOf(snap).find((s) => s.name === PLAN)!;
    expect(frozen(after).frozen).toEqual(frozen(before).frozen);
    expect(frozen(after).merges).toEqual(frozen(before).merges);
    expect(frozen(after).autoFilter).toEqual(frozen(before).autoFilter);

    expect(await gateway.hasUndo()).toBe(true);
    const undo = await gateway.undoLastImport();
    expect(undo).toEqual({ status: 'undone', changedCells: [] });
    expect(without(host.snapshot(), [JOURNAL])).toEqual(before);
    expect(await gateway.hasUndo()).toBe(false);
    expect(await gateway.undoLastImport()).toEqual({ status: 'nothing-to-undo', changedCells: [] });
  });

  it('re-import replaces that person’s rows only (fewer rows, no duplicates) and undo goes back to the first import', async () => {
    const { host, gateway } = await open(LIVED_IN);
    await gateway.applyImport(await gateway.previewImport([anna, dan]));
    const afterFirst = host.snapshot();

    const anna2 = plan({
      name: 'Anna Lindqvist',
      email: 'anna.lindqvist@example.se',
      phone: '070-999 99 99',
      unit: 'Vårdcentralen Norr',
      region: 'Region Exempel',
      activities: [
        {
          training: 'HiS6',
          activity: 'Föreläsning',
          targetGroup: 'Alla',
          plannedDate: '2017-02-10',
          plannedNumber: '40',
        },
      ],
    });
    const preview = await gateway.previewImport([anna2]);
    expect(preview.people.map((p) => [p.contact, p.rowsToWrite, p.rowsToReplace])).toEqual([
      ['unchanged', 1, 3],
    ]);
    const result = await gateway.applyImport(preview);
    expect(result).toEqual({ status: 'written', rowsWritten: 1, rowsReplaced: 3 });
    expect(host.values(PLAN, 'A5:M16')).toEqual([
      HEADER,
      [
        'Anna Lindqvist',
        HIS6,
        'ringt 12/12',
        'Alla',
        'Föreläsning',
        'Vårdcentralen Norr',
        FEB10,
        40,
        '',
        '',
        '',
        '',
        'ja',
      ],
      BLANK,
      ...BO,
      BLANK,
      CILLA,
      ...DAN_ROWS,
      SUMMA,
      BLANK,
      NOTE,
    ]);
    expect(host.cell(PLAN, 'H14')?.formula).toBe('=SUM(H6:H13)');
    expect(await gateway.undoLastImport()).toEqual({ status: 'undone', changedCells: [] });
    expect(without(host.snapshot(), [JOURNAL])).toEqual(without(afterFirst, [JOURNAL]));
  });

  it('rolls back a write Excel stops at any point (rows inserted, deleted, overwritten)', async () => {
    const { host, gateway } = await open(LIVED_IN);
    const before = host.snapshot();
    const preview = await gateway.previewImport([anna, dan]);
    // Learn how many actions the write batch has (its second: the first is the check), then fail it at each one.
    const sizes: number[] = [];
    await gateway.applyImport(preview);
    await gateway.undoLastImport();
    host.onBatch = (i) => sizes.push(i.actions);
    await gateway.applyImport(preview);
    host.onBatch = undefined;
    await gateway.undoLastImport();
    expect(sizes).toHaveLength(2);
    expect(sizes[1]).toBeGreaterThan(50);
    const failed: number[] = [];
    for (let at = 0; at < sizes[1]; at++) {
      let batch = 0;
      host.beforeBatch = () => {
        batch++;
        if (batch === 2) host.failNextBatchAt(at);
      };
      const outcome = await shownError(() => gateway.applyImport(preview)).catch(() => 'written');
      host.beforeBatch = undefined;
      expect(outcome).toMatch(/Inget har ändrats/);
      const now = without(host.snapshot(), [JOURNAL]);
      if (JSON.stringify(now) !== JSON.stringify(before)) {
        failed.push(at);
        break; // the next tries would start from a changed workbook
      }
    }
    expect(failed).toEqual([]);
  }, 120_000);

  it('inspect finds the tabs by tolerant names and the header in row 5', async () => {
    const { gateway } = await open(LIVED_IN);
    const info = await gateway.inspect();
    expect(info.tabs.map((t) => [t.kind, t.sheet, t.headerRow, t.missingColumns])).toEqual([
      ['instructions', 'Instruktion', null, []],
      ['overall', 'Övergripande plan', 1, ['comment']],
      ['contacts', CONTACTS, 3, []],
      ['plan', PLAN, 5, []],
      ['aterrap1', '3.b Saml pers spr-plan ÅTERRAP1', 5, []],
      ['aterrap2', '3.c Saml pers spr-plan ÅTERRAP2', 5, []],
      ['summary', null, null, []],
    ]);
  });
});
