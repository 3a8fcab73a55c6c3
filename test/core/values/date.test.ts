import { readDate } from '../../../src/core/values/date';

describe('readDate: days', () => {
  test.each([
    ['2017-02-10', '2017-02-10'],
    ['2017-2-10', '2017-02-10'],
    ['2017-02-10 00:00:00', '2017-02-10'],
    ['10/2', '2017-02-10'],
    ['10/2 2017', '2017-02-10'],
    ['10/2-17', '2017-02-10'],
    ['24/11', '2016-11-24'],
    ['10 feb', '2017-02-10'],
    ['10 feb.', '2017-02-10'],
    ['15 mars', '2017-03-15'],
    ['15 Mars 2017', '2017-03-15'],
    ['5 dec', '2016-12-05'],
    ['1 november', '2016-11-01'],
    ['31 okt', '2017-10-31'],
  ])('%p is the day %p', (raw, iso) => {
    expect(readDate(raw)).toEqual(
      expect.objectContaining({
        raw,
        kind: 'day',
        day: iso,
        start: iso,
        end: iso,
        year: Number(iso.slice(0, 4)),
      }),
    );
  });
  test('the programme year decides a missing year', () => {
    expect(readDate('10/2', 2018).day).toBe('2019-02-10');
    expect(readDate('5 dec', 2018).day).toBe('2018-12-05');
  });
  test('an Excel serial number and a JS Date are days', () => {
    expect(readDate(42776)).toMatchObject({ kind: 'day', day: '2017-02-10' });
    expect(readDate(new Date(Date.UTC(2017, 1, 10)))).toMatchObject({
      kind: 'day',
      day: '2017-02-10',
      raw: '2017-02-10',
    });
    // local midnight in Stockholm is 23:00 UTC the day before: still the 10th
    expect(readDate(new Date(Date.UTC(2017, 1, 9, 23)))).toMatchObject({
      day: '2017-02-10',
    });
  });
  test('a serial of a 1904-system workbook is the same day (1462 less than in the 1900 system)', () => {
    expect(readDate(42776 - 1462, 2016, true)).toMatchObject({ kind: 'day', day: '2017-02-10' });
    expect(readDate(42776 - 1462).day).toBe('2013-02-09'); // what the 1900 reading would make of it
  });
  test('impossible days are unreadable', () => {
    expect(readDate('31/2').kind).toBe('unreadable');
    expect(readDate('2017-13-01').kind).toBe('unreadable');
    expect(readDate('30 februari').kind).toBe('unreadable');
    expect(readDate(-5).kind).toBe('unreadable');
  });
});

describe('readDate: weeks, months and terms', () => {
  test.each([
    ['v. 6', 2017, 6, '2017-02-06', '2017-02-12'],
    ['v.12', 2017, 12, '2017-03-20', '2017-03-26'],
    ['vecka 6', 2017, 6, '2017-02-06', '2017-02-12'],
    ['V 48', 2016, 48, '2016-11-28', '2016-12-04'],
    ['v. 6 2018', 2018, 6, '2018-02-05', '2018-02-11'],
  ])('%p is week', (raw, year, week, start, end) => {
    expect(readDate(raw)).toEqual({
      raw,
      kind: 'week',
      year,
      week,
      start,
      end,
    });
  });
  test('week 54 is unreadable', () => {
    expect(readDate('v. 54').kind).toBe('unreadable');
  });
  test.each([
    ['mars 2017', 2017, 3, '2017-03-01', '2017-03-31'],
    ['februari', 2017, 2, '2017-02-01', '2017-02-28'],
    ['december', 2016, 12, '2016-12-01', '2016-12-31'],
    ['2017-04', 2017, 4, '2017-04-01', '2017-04-30'],
  ])('%p is month', (raw, year, month, start, end) => {
    expect(readDate(raw)).toEqual({
      raw,
      kind: 'month',
      year,
      month,
      start,
      end,
    });
  });
  test.each([
    ['vt 2017', 'vt', 2017, '2017-01-01', '2017-06-30'],
    ['ht 2017', 'ht', 2017, '2017-07-01', '2017-12-31'],
    ['VT17', 'vt', 2017, '2017-01-01', '2017-06-30'],
    ['vt', 'vt', 2017, '2017-01-01', '2017-06-30'],
  ])('%p is a term', (raw, term, year, start, end) => {
    expect(readDate(raw)).toEqual({
      raw,
      kind: 'term',
      term,
      year,
      start,
      end,
    });
  });
});

describe('readDate: empty and unreadable', () => {
  test('empty', () => {
    expect(readDate('')).toEqual({ raw: '', kind: 'empty' });
    expect(readDate(null)).toEqual({ raw: '', kind: 'empty' });
    expect(readDate('\u00a0')).toEqual({ raw: '', kind: 'empty' });
  });
  test.each(['snart', 'i vår någon gång', 'efter jul', '10 smörgås', 'v. x', 'Klicka här'])(
    '%p is unreadable',
    (raw) => {
      expect(readDate(raw)).toEqual({ raw, kind: 'unreadable' });
    },
  );
});
