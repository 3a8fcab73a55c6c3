import { findHeader } from '../../../src/core/headers/findHeader';
import { templateHeaders } from '../../../src/core/headers/columns';
import type { CellValue } from '../../../src/core/headers/cell';

const blank = (n: number): CellValue[] => Array.from({ length: n }, () => '');

describe('findHeader', () => {
  it('finds our own template header in row 1', () => {
    const values = [
      templateHeaders('plan'),
      ['Anna', 'HiS1', 'Föreläsning', 'Sjuksköterskor', 'VC Norr', '2017-02-10', 20, '', '', '', ''],
    ];
    const h = findHeader(values, 'plan')!;
    expect(h.headerRow).toBe(0);
    expect(h.columns).toEqual({
      person: 0,
      training: 1,
      activity: 2,
      targetGroup: 3,
      unit: 4,
      plannedDate: 5,
      plannedNumber: 6,
      status: 7,
      doneDate: 8,
      reached: 9,
      comment: 10,
    });
    expect(h.missing).toEqual([]);
    expect(h.extra).toEqual([]);
  });

  it('finds a header under a merged title and instruction rows, with other wording, order and extra columns', () => {
    const values: CellValue[][] = [
      ['Samlad spridningslogg – PLAN', ...blank(9)],
      ['Skriv in namnet på personen som skickade in i de gula cellerna.', ...blank(9)],
      blank(10),
      [
        'Nr',
        'Namn på den som skickat in',
        'Datum',
        'Utbildning',
        'Aktivitet',
        'Antal deltagare planerat',
        'Målgrupp',
        'Verksamhet',
        'Mitt eget',
        'Kommentar:',
      ],
      [1, 'Anna', '10/2', 'HiS1', 'Föreläsning', 20, 'Läkare', 'VC', 'x', ''],
    ];
    const h = findHeader(values, 'plan')!;
    expect(h.headerRow).toBe(3);
    expect(h.columns).toEqual({
      person: 1,
      plannedDate: 2,
      training: 3,
      activity: 4,
      plannedNumber: 5,
      targetGroup: 6,
      unit: 7,
      comment: 9,
    });
    expect(h.missing).toEqual(['status', 'doneDate', 'reached']);
    expect(h.extra).toEqual([0, 8]);
  });

  it('does not let "Namn" steal a "Namn på …" column, and keeps planned and reached apart', () => {
    const values = [
      ['Namn på den som skickat in', 'Namn', 'Antal deltagare planerat', 'Antal deltagare', 'Utbildning'],
    ];
    const h = findHeader(values, 'aterrap1')!;
    expect(h.columns.person).toBe(0);
    expect(h.columns.plannedNumber).toBe(2);
    expect(h.columns.reached).toBe(3);
    expect(h.extra).toEqual([1]);
  });

  it('normalises case, spacing and punctuation but keeps å/ä/ö', () => {
    const values = [['  SPRIDNINGS-LEDARE ', 'utbildning', 'planerat  antal', 'ANTAL NÅDDA', 'status']];
    const h = findHeader(values, 'aterrap2')!;
    expect(h.columns).toMatchObject({ training: 1, plannedNumber: 2, reached: 3, status: 4 });
    // "Spridnings-ledare" is not "Spridningsledare" word by word but is the same key.
    expect(h.columns.person).toBe(0);
    const noDiacritics = findHeader([['Utbildning', 'Antal nadda', 'Status']], 'aterrap1')!;
    expect(noDiacritics.columns.reached).toBeUndefined();
  });

  it('matches a header that begins with a known wording ("Status (genomförd/ej genomförd)")', () => {
    const values = [
      ['Spridningsledare', 'Utbildning', 'Status (genomförd / ej genomförd)', 'Antal nådda personer totalt'],
    ];
    const h = findHeader(values, 'aterrap1')!;
    expect(h.columns.status).toBe(2);
    expect(h.columns.reached).toBe(3);
  });

  it('chooses the best-scoring row, not the first row mentioning a column', () => {
    const values = [
      ['Utbildning', 'Verksamhet'],
      ['Utbildning', 'Verksamhet', 'Spridningsledare', 'E-post', 'Mål antal', 'Period'],
    ];
    expect(findHeader(values, 'overall')!.headerRow).toBe(1);
  });

  it('only looks in the first 20 rows and returns null when no header is found', () => {
    const values: CellValue[][] = Array.from({ length: 25 }, () => blank(3));
    values[22] = ['Spridningsledare', 'Utbildning', 'Planerat antal'];
    expect(findHeader(values, 'plan')).toBeNull();
    expect(findHeader([['Hej', 'och', 'välkommen']], 'plan')).toBeNull();
    expect(findHeader([], 'contacts')).toBeNull();
  });

  it('does not take an instruction sentence for a header cell', () => {
    const values = [
      ['Fyll i utbildning och planerat antal för varje aktivitet nedan i tabellen', 'Spridningsledare'],
    ];
    expect(findHeader(values, 'plan')).toBeNull();
  });

  it('lets a stored mapping override the built-in wordings', () => {
    const values = [['Vem', 'Kurs', 'Antal personer', 'Hur många kom']];
    expect(findHeader(values, 'aterrap1')).toBeNull(); // only "Antal personer" is known
    const h = findHeader(values, 'aterrap1', { person: 'Vem', training: 'Kurs', reached: 'Hur många kom' })!;
    expect(h.columns).toEqual({ person: 0, training: 1, plannedNumber: 2, reached: 3 });
  });

  it('reads the contacts and overall-plan variants', () => {
    const contacts = findHeader(
      [
        [
          'Namn',
          'Befattning',
          'Enhet',
          'Region',
          'Mejl',
          'Mobil',
          'Utbildningar att sprida',
          'Plan inkommen (datum)',
        ],
      ],
      'contacts',
    )!;
    expect(contacts.missing).toEqual([]);
    expect(contacts.columns).toEqual({
      name: 0,
      title: 1,
      unit: 2,
      region: 3,
      email: 4,
      phone: 5,
      trainings: 6,
      planReceived: 7,
    });
    const overall = findHeader(
      [['Spridningsledare', 'Utbildning', 'Verksamhet', 'Antal personer att nå', 'Epost']],
      'overall',
    )!;
    expect(overall.columns).toEqual({ person: 0, training: 1, unit: 2, goal: 3, email: 4 });
    expect(overall.missing).toEqual(['period', 'comment']);
  });

  it('ignores numbers and booleans as header cells', () => {
    const values = [
      [1, 2, 3],
      ['Spridningsledare', 'Utbildning', true],
    ];
    expect(findHeader(values as CellValue[][], 'plan')!.headerRow).toBe(1);
  });
});
