import { parseName } from '../../../src/core/names/parseName';
import { displayName, personKey } from '../../../src/core/names/personKey';

describe('parseName: the name and what is glued onto it', () => {
  test.each([
    ['Anna Lindqvist, kurator', 'Anna Lindqvist', 'kurator'],
    ['Anna\u00a0Lindqvist ,  kurator, VC Källby', 'Anna Lindqvist', 'kurator, VC Källby'],
    ['Erik Johansson (psykolog)', 'Erik Johansson', 'psykolog'],
    ['Erik Johansson – psykolog', 'Erik Johansson', 'psykolog'],
    ['Erik Johansson / BUP Söder', 'Erik Johansson', 'BUP Söder'],
    ['Leg. psykolog Anna Lindqvist', 'Anna Lindqvist', 'Leg. psykolog'],
    ['Kurator Anna Lindqvist', 'Anna Lindqvist', 'Kurator'],
    ['Anna Lindqvist kurator', 'Anna Lindqvist', 'kurator'],
    ['Anna Lindqvist Vårdcentralen Norr', 'Anna Lindqvist', 'Vårdcentralen Norr'],
    ['Anna Lindqvist BUP Söder', 'Anna Lindqvist', 'BUP Söder'],
    ['Sara Holm, enhetschef', 'Sara Holm', 'enhetschef'],
    ['Kurator – Anna Lindqvist', 'Anna Lindqvist', 'Kurator'],
    ['Karl-Erik Ek', 'Karl-Erik Ek', ''],
    ['  Maria Nilsson ', 'Maria Nilsson', ''],
    ['', '', ''],
  ])('%p → %p + %p', (input, display, rest) => {
    expect(parseName(input)).toMatchObject({ display, rest });
  });
});

describe('"Efternamn, Förnamn" and "Förnamn Efternamn, titel" told apart', () => {
  test.each([
    // one word before the comma, given names after it: reversed
    ['Lindqvist, Anna', 'Anna Lindqvist', true],
    ['Lindqvist, Anna Maria', 'Anna Maria Lindqvist', true],
    ['Lindqvist, Anna, kurator', 'Anna Lindqvist', true],
    ['Lindqvist, Anna kurator', 'Anna Lindqvist', true],
    ['lindqvist, anna', 'anna lindqvist', true],
    ['LINDQVIST, ANNA', 'ANNA LINDQVIST', true],
    ['von Essen, Carl', 'Carl von Essen', true],
    ['Ekström, Åsa', 'Åsa Ekström', true],
    // two words before the comma: the name; after it a title or unit
    ['Anna Lindqvist, kurator', 'Anna Lindqvist', false],
    ['Anna Lindqvist, Vårdcentralen Norr', 'Anna Lindqvist', false],
    ['Anna Lindqvist, Kurator', 'Anna Lindqvist', false],
    // one word, comma, a title or unit (not given names): the title is cut, nothing reversed
    ['Lindqvist, kurator', 'Lindqvist', false],
    ['Lindqvist, Kurator', 'Lindqvist', false],
    ['Berg, Vårdcentralen Norr', 'Berg', false],
    ['Berg, vc norr', 'Berg', false],
  ])('%p → %p (reversed: %p)', (input, display, reversed) => {
    expect(parseName(input)).toMatchObject({ display, reversed });
  });
});

describe('personKey: the same person written differently', () => {
  const same: [string, string][] = [
    ['Anna Lindqvist', 'Lindqvist, Anna'],
    ['Anna Lindqvist', 'Anna Lindqvist, kurator'],
    ['Anna Lindqvist', 'Lindqvist, Anna, kurator'],
    ['Anna Lindqvist', 'ANNA LINDQVIST'],
    ['Anna Lindqvist', 'anna lindqvist (kurator)'],
    ['Åsa Ekström', 'Asa Ekstrom'],
    ['Åsa Ekström', 'Ekstrom, Åsa'],
    ['Émile Öberg', 'Emile Oberg'],
    ['Anna Lindqvist', 'Lindqvist Anna'],
    ['Anna-Karin Berg', 'Anna Karin Berg'],
    ['Anna Lindqvist', 'Leg. psykolog Anna Lindqvist'],
    ['Anna Lindqvist', 'Anna Lindqvist – VC Norr'],
  ];
  test.each(same)('%p = %p', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
    expect(personKey(a)).not.toBe('');
  });
  const different: [string, string][] = [
    ['Anna Lindqvist', 'Hanna Lindqvist'],
    ['Anna Lindqvist', 'Anna Maria Lindqvist'],
    ['Anna Lindqvist', 'Anna Lindgren'],
    ['Bo Ek', 'Bo Ekström'],
  ];
  test.each(different)('%p ≠ %p on their own', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });
  it('shows a name given names first, title removed', () => {
    expect(displayName('Lindqvist, Anna, kurator')).toBe('Anna Lindqvist');
    expect(displayName('Anna Lindqvist (kurator)')).toBe('Anna Lindqvist');
  });
  it('stays right past its cache size', () => {
    for (let i = 0; i < 10_050; i++)
      expect(displayName(`Person${i} Efternamn, titel`)).toBe(`Person${i} Efternamn`);
    expect(displayName('Lindqvist, Anna')).toBe('Anna Lindqvist');
  });
});
