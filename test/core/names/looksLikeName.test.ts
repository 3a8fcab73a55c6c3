import { looksLikeName } from '../../../src/core/names/looksLikeName';

describe('looksLikeName: is the cell one person’s name?', () => {
  test.each([
    'Anna Lindqvist',
    'Anna Lindqvist, kurator',
    'Lindqvist, Anna',
    'anna lindqvist',
    'ANNA LINDQVIST',
    'Carl von Essen',
    'Anna-Karin Berg',
    'Bo Ek (BUP)',
    'Sara',
  ])('%p is a name', (text) => expect(looksLikeName(text)).toBe(true));
  test.each([
    'Senast ändrad 2017-01-15 av Karin Berg',
    'Uppdaterad av Karin',
    'Underskrift:',
    'Godkänd av verksamhetschef',
    'Obs! Fyll i målen senast 1/12',
    'Fyll i en rad per spridningsledare',
    'Vakant',
    'NN',
    '?',
    'Utses senare',
    'Anna och Bo',
    'anna.lindqvist@example.se',
    '30',
    'Kontakta samordnaren vid frågor om planen',
    '',
  ])('%p is not', (text) => expect(looksLikeName(text)).toBe(false));
});
