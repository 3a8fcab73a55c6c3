import { displayName, personKey, unitKey } from '../../../src/core/flags/keys';
import { parseName } from '../../../src/core/names/parseName';

describe('the flags compare people and units by one rule each', () => {
  it('people by the names module: title, "Efternamn, Förnamn", case and diacritics', () => {
    expect(personKey('Ekström, Åsa, kurator')).toBe(personKey('asa ekstrom'));
    expect(displayName('Ekström, Åsa, kurator')).toBe(parseName('Ekström, Åsa, kurator').display);
  });
  it('units ignoring case, spacing and punctuation', () => {
    expect(unitKey('Vårdcentralen  norr')).toBe(unitKey('vårdcentralen-Norr'));
    expect(unitKey('VC Norr')).not.toBe(unitKey('VC Söder'));
  });
});
