import { cleanText, normaliseKey } from '../../../src/core/values/text';

describe('cleanText', () => {
  test.each([
    [' Anna\u00a0\u00a0Svensson ', 'Anna Svensson'],
    ['rad 1\r\n\trad 2', 'rad 1 rad 2'],
    ['\u00a0', ''],
    [null, ''],
    [undefined, ''],
    [20, '20'],
    [true, 'true'],
    ['Klicka eller tryck här för att ange text.', ''],
    [' click or tap here to enter text. ', ''],
    ['Klicka eller tryck här för att ange text. Anna', 'Klicka eller tryck här för att ange text. Anna'],
  ])('%p -> %p', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
  test('a Date becomes its ISO day', () => {
    expect(cleanText(new Date(Date.UTC(2017, 1, 10)))).toBe('2017-02-10');
  });
});

describe('normaliseKey', () => {
  test('case, spacing and punctuation do not matter', () => {
    expect(normaliseKey('E-post')).toBe(normaliseKey('Epost'));
    expect(normaliseKey('  Planerat   antal: ')).toBe(normaliseKey('planerat antal'));
    expect(normaliseKey('Vårdcentralen Källby')).toBe(normaliseKey('VÅRDCENTRALEN  källby.'));
  });
  test('å/ä/ö are kept, other accents dropped', () => {
    expect(normaliseKey('Åsa Öberg')).toBe('åsaöberg');
    expect(normaliseKey('Café René')).toBe('caferene');
    expect(normaliseKey('Antal nådda')).not.toBe(normaliseKey('Antal nadda'));
  });
  test('different words stay different', () => {
    expect(normaliseKey('Planerat datum')).not.toBe(normaliseKey('Genomfört datum'));
  });
});

test('cleanText reads ExcelJS object cell values: rich text, hyperlink, formula result', () => {
  expect(cleanText({ richText: [{ text: 'Anna ' }, { text: 'Lindqvist' }] })).toBe('Anna Lindqvist');
  expect(cleanText({ text: 'anna@example.se', hyperlink: 'mailto:anna@example.se' })).toBe('anna@example.se');
  expect(cleanText({ formula: 'A1+1', result: 21 })).toBe('21');
  expect(cleanText({ error: '#REF!' })).toBe('');
  expect(cleanText({})).toBe('');
});
