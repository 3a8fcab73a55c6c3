import { displayName, personKey } from '../../../src/core/flags/keys';
import { normaliseKey, personName } from '../../../src/core/values/text';

describe('displayName (personName, memoised)', () => {
  const names = [
    'Anna Lindqvist, kurator',
    'Anna Lindqvist (kurator)',
    'Bo Ek – lärare',
    '  Cecilia\u00a0Berg ',
    '',
    'Émile Öberg',
  ];

  it('gives what personName gives, on the first call and on later ones', () => {
    for (const n of names) {
      expect(displayName(n)).toBe(personName(n));
      expect(displayName(n)).toBe(personName(n));
    }
  });

  it('stays right past its cache size', () => {
    for (let i = 0; i < 10_050; i++) expect(displayName(`Person ${i}, titel`)).toBe(`Person ${i}`);
    expect(displayName('Anna Lindqvist, kurator')).toBe('Anna Lindqvist');
  });

  it('is what personKey compares', () => {
    for (const n of names) expect(personKey(n)).toBe(normaliseKey(personName(n)));
  });
});
