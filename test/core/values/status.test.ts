import { readStatus } from '../../../src/core/values/status';

describe('readStatus', () => {
  test.each([
    ['Genomförd', 'done'],
    ['genomförd', 'done'],
    ['GENOMFÖRD', 'done'],
    ['Klar', 'done'],
    ['klart', 'done'],
    ['Ej genomförd', 'notDone'],
    ['ej genomförd', 'notDone'],
    ['EJ GENOMFÖRD.', 'notDone'],
    ['Inställd', 'notDone'],
    ['inställd', 'notDone'],
    ['Planerad', 'planned'],
    ['planerad', 'planned'],
  ])('%p -> %p', (raw, value) => {
    expect(readStatus(raw)).toEqual({ raw, value });
  });
  test('empty and unknown words read null, keeping what was written', () => {
    expect(readStatus('')).toEqual({ raw: '', value: null });
    expect(readStatus('Klicka eller tryck här för att ange text.')).toEqual({
      raw: '',
      value: null,
    });
    expect(readStatus('kanske')).toEqual({ raw: 'kanske', value: null });
    expect(readStatus('genomförd?? nej')).toEqual({
      raw: 'genomförd?? nej',
      value: null,
    });
  });
});
