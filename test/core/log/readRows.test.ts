import { findHeader } from '../../../src/core/headers/findHeader';
import type { CellValue } from '../../../src/core/headers/cell';
import { a1, colIndex, colLetter, parseA1 } from '../../../src/core/log/a1';
import { readActivityRows } from '../../../src/core/log/readActivityRows';
import { readContactRows } from '../../../src/core/log/readContactRows';
import { sumRowNumbers } from '../../../src/core/log/sumRows';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

describe('a1 helpers', () => {
  it('converts columns and cells', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(colLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(colIndex('xfd')).toBe(16383);
    expect(a1(5, 0)).toBe('A5');
    expect(a1(12, 27)).toBe('AB12');
    expect(parseA1('$AB$12')).toEqual({ row1: 12, col0: 27 });
    expect(parseA1('A0B')).toBeNull();
    expect(() => colLetter(-1)).toThrow(/Ogiltigt kolumnindex/);
    expect(() => a1(0, 0)).toThrow(/Ogiltigt radnummer/);
  });
});

const PLAN: CellValue[][] = [
  ['Samlad spridningslogg – 3.b ÅTERRAP1', '', '', '', '', '', '', '', '', '', '', ''],
  [
    'Egen kol',
    'Spridningsledare',
    'Utbildning',
    'Aktivitet',
    'Målgrupp',
    'Verksamhet',
    'Planerat datum',
    'Planerat antal',
    'Status',
    'Genomfört datum',
    'Antal nådda',
    'Kommentar',
  ],
  [
    'x',
    'Anna Lindqvist, kurator',
    'HiS 6',
    'Föreläsning',
    'Kuratorer',
    'VC Norr',
    '10/2',
    'ca 20',
    'genomförd',
    42776,
    18,
    '',
  ],
  ['', '', 'his1', 'Workshop', 'Alla', 'VC Norr', 'v. 6', '20-25', 'Planerad', '', '', 'andra gången'],
  ['', '', '', '', '', '', '', '', '', '', '', ''],
  ['', 'Bo Ek', 'Okänd kurs', 'Seminarium', 'Läkare', 'Psykiatri', 'snart', 'många', 'KLAR', '', '', ''],
  [
    'Egen kol',
    'Spridningsledare',
    'Utbildning',
    'Aktivitet',
    'Målgrupp',
    'Verksamhet',
    'Planerat datum',
    'Planerat antal',
    'Status',
    'Genomfört datum',
    'Antal nådda',
    'Kommentar',
  ],
  [
    '',
    'Cecilia Berg',
    'HiS2',
    'Föreläsning',
    '',
    'BVC',
    '2017-03-01',
    10,
    '',
    '',
    '',
    'Summa av två tillfällen',
  ],
  ['', '', '', '', '', '', '', 45, '', '', 18, ''],
  ['Summa', '', '', '', '', '', '', 55, '', '', 18, ''],
];

describe('readActivityRows', () => {
  const header = findHeader(PLAN, 'aterrap1')!;
  // The block starts at Excel row 3, column B (index 1).
  const rows = readActivityRows(PLAN, header, '3.b Saml pers spr-plan ÅTERRAP1', 3, 1, DEFAULT_SETTINGS);

  it('skips blank, repeated-header and totals rows', () => {
    expect(rows.map((r) => r.row)).toEqual([5, 6, 8, 10]);
  });

  it('reads each value and keeps what was written', () => {
    const [anna, annaRow2, bo, cecilia] = rows;
    expect(anna.person).toBe('Anna Lindqvist, kurator');
    expect(anna.training).toEqual({ raw: 'HiS 6', code: 'HiS6' });
    expect(anna.plannedDate).toMatchObject({ raw: '10/2', kind: 'day', day: '2017-02-10' });
    expect(anna.plannedNumber).toEqual({ raw: 'ca 20', kind: 'number', value: 20 });
    expect(anna.status.value).toBe('done');
    expect(anna.doneDate).toMatchObject({ kind: 'day', day: '2017-02-10' });
    expect(anna.reached.value).toBe(18);
    expect(annaRow2.person).toBe('Anna Lindqvist, kurator'); // carried down within the block
    expect(annaRow2.cells.person).toBe('C5'); // … pointing at the cell the name is written in
    expect(annaRow2.cells.training).toBe('D6');
    expect(annaRow2.plannedNumber).toMatchObject({ kind: 'range', value: 20 });
    expect(annaRow2.comment).toBe('andra gången');
    expect(bo.training.code).toBeNull();
    expect(bo.plannedDate.kind).toBe('unreadable');
    expect(bo.plannedNumber.kind).toBe('unreadable');
    expect(bo.status.value).toBe('done');
    expect(cecilia.comment).toBe('Summa av två tillfällen'); // a comment starting with "Summa" is not a totals row
  });

  it('gives A1 addresses of every column’s cell', () => {
    const anna = rows[0];
    expect(anna.sheet).toBe('3.b Saml pers spr-plan ÅTERRAP1');
    expect(anna.cells.person).toBe('C5');
    expect(anna.cells.training).toBe('D5');
    expect(anna.cells.reached).toBe('L5');
  });

  it('skips a row with only the name column filled (a note under the table), carrying the name to its block', () => {
    const values: CellValue[][] = [
      ['Spridningsledare', 'Utbildning', 'Planerat antal'],
      ['Anna', 'HiS1', 10],
      ['Anteckning: Bo har lovat en plan till för HiS9.', '', ''],
      ['', '', ''],
      ['Cecilia', '', ''],
      ['', 'HiS2', 5],
    ];
    const h = findHeader(values, 'plan')!;
    const read = readActivityRows(values, h, '3.a', 1, 0, DEFAULT_SETTINGS);
    expect(read.map((r) => [r.row, r.person])).toEqual([
      [2, 'Anna'],
      [6, 'Cecilia'],
    ]);
    expect(read[1].cells.person).toBe('A5');
  });

  it('does not carry a name over a blank separator row', () => {
    const values: CellValue[][] = [
      ['Spridningsledare', 'Utbildning', 'Planerat antal'],
      ['Anna', 'HiS1', 10],
      ['', '', ''],
      ['', 'HiS2', 5],
    ];
    const r = readActivityRows(values, findHeader(values, 'plan')!, 'P', 1, 0, DEFAULT_SETTINGS);
    expect(r.map((x) => x.person)).toEqual(['Anna', '']);
  });

  it('keeps an activity whose free text begins with a totals word, and finds the same sum rows as the formulas skip', () => {
    const values: CellValue[][] = [
      ['Spridningsledare', 'Utbildning', 'Aktivitet', 'Planerat antal', 'Kommentar'],
      ['Anna', 'HiS1', 'Summering av året', 10, 'Totalt två tillfällen'],
      ['', '', '', 10, ''],
      ['Totalt', '', '', 20, ''],
    ];
    const header = findHeader(values, 'plan')!;
    const r = readActivityRows(values, header, 'P', 1, 0, DEFAULT_SETTINGS);
    expect(r.map((x) => [x.row, x.activity])).toEqual([[2, 'Summering av året']]);
    expect(sumRowNumbers(values, header, 1)).toEqual([3, 4]);
  });

  it('returns nothing for a table with only a header', () => {
    const values: CellValue[][] = [['Spridningsledare', 'Utbildning', 'Planerat antal']];
    expect(readActivityRows(values, findHeader(values, 'plan')!, 'P', 1, 0, DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('readContactRows', () => {
  it('reads one row per person, with a date serial as an ISO day', () => {
    const values: CellValue[][] = [
      ['Kontaktuppgifter', '', '', ''],
      ['Namn', 'E-post', 'Telefon', 'Plan inkommen (datum)'],
      ['Anna Lindqvist', ' anna@example.se ', '070-123', 42705],
      ['', '', '', ''],
      ['Bo Ek', 'bo(at)example', '', 'i går'],
    ];
    const rows = readContactRows(
      values,
      findHeader(values, 'contacts')!,
      '2. Saml kontaktuppg',
      10,
      0,
      DEFAULT_SETTINGS,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      row: 12,
      name: 'Anna Lindqvist',
      email: 'anna@example.se',
      planReceived: '2016-12-01',
    });
    expect(rows[0].cells).toEqual({ name: 'A12', email: 'B12', phone: 'C12', planReceived: 'D12' });
    expect(rows[1]).toMatchObject({ row: 14, name: 'Bo Ek', email: 'bo(at)example', planReceived: 'i går' });
  });
});
