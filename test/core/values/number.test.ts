import { readNumber } from '../../../src/core/values/number';

describe('readNumber', () => {
  test.each([
    '20',
    '20 st',
    'ca 20',
    'ca. 20',
    'cirka 20',
    '~20',
    '20 pers',
    'Ca 20 st',
    ' 20\u00a0',
    'c:a 20',
    '20 personer',
  ])('%p reads 20', (raw) => {
    expect(readNumber(raw)).toEqual({
      raw: raw.replace(/\u00a0/g, ' ').trim(),
      kind: 'number',
      value: 20,
    });
  });
  test('numbers pass through', () => {
    expect(readNumber(20)).toEqual({ raw: '20', kind: 'number', value: 20 });
    expect(readNumber(0)).toEqual({ raw: '0', kind: 'number', value: 0 });
    expect(readNumber(NaN).kind).toBe('unreadable');
  });
  test.each([
    ['20-25', 20],
    ['20–25', 20],
    ['20 - 25 st', 20],
    ['ca 15–20', 15],
  ])('range %p reads its lower bound', (raw, value) => {
    expect(readNumber(raw)).toMatchObject({ kind: 'range', value });
  });
  test('empty is empty', () => {
    expect(readNumber('')).toEqual({ raw: '', kind: 'empty', value: null });
    expect(readNumber('\u00a0 ')).toEqual({
      raw: '',
      kind: 'empty',
      value: null,
    });
    expect(readNumber(null).kind).toBe('empty');
  });
  test.each(['många', 'tjugo', '20 eller fler', '25-20', 'se ovan', '20 30', '-5', 'Klicka här 20'])(
    '%p is unreadable',
    (raw) => {
      expect(readNumber(raw)).toMatchObject({
        kind: 'unreadable',
        value: null,
        raw,
      });
    },
  );
  test('decimal comma', () => {
    expect(readNumber('2,5')).toMatchObject({ kind: 'number', value: 2.5 });
  });
});
