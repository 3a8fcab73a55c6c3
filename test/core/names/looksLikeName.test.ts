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

test('a number after a name is a stand-in name; a date or a count is not a name', () => {
  expect(looksLikeName('Person 001')).toBe(true);
  expect(looksLikeName('2017-01-15')).toBe(false);
  expect(looksLikeName('30 personer')).toBe(false);
  expect(looksLikeName('Anna 1 2')).toBe(false);
});
