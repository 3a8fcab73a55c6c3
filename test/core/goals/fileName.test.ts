import fc from 'fast-check';
import { MAX_BASE_NAME, safeBaseName, uniqueBaseNames } from '../../../src/documents/fileName';

// eslint-disable-next-line no-control-regex -- control characters are what must not be in a file name
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

describe('file names safe on Windows and on a Mac', () => {
  test.each([
    ['Anna Lindqvist', 'Anna Lindqvist'],
    ['Åsa Öberg-Ärlig', 'Åsa Öberg-Ärlig'],
    ['Anna/Maria: "Lindqvist"?', 'Anna Maria Lindqvist'],
    ['  .hidden name. ', 'hidden name'],
    ['CON', 'Spridningsledare 1'],
    ['...', 'Spridningsledare 1'],
    ['Anna\tLindqvist\u0007', 'Anna Lindqvist'],
  ])('%j → %j', (name, expected) => {
    expect(safeBaseName(name, 'Spridningsledare 1')).toBe(expected);
  });

  test('same name in another case or Unicode composition gets a number, as Windows and macOS see them alike', () => {
    const decomposed = 'A\u030asa Ek'; // "Åsa Ek" written with a combining ring
    expect(uniqueBaseNames(['Åsa Ek', decomposed, 'ÅSA EK', 'Bo'], (i) => `P${i}`)).toEqual([
      'Åsa Ek',
      'Åsa Ek (2)',
      'ÅSA EK (3)',
      'Bo',
    ]);
  });

  test('any text gives a usable, unique name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300, unit: 'binary' }), { maxLength: 12 }), (names) => {
        const out = uniqueBaseNames(names, (i) => `Spridningsledare ${i + 1}`);
        expect(out).toHaveLength(names.length);
        expect(new Set(out.map((n) => n.normalize('NFC').toLowerCase())).size).toBe(out.length);
        for (const n of out) {
          expect(n).not.toMatch(FORBIDDEN);
          expect(n).not.toMatch(RESERVED);
          expect(n).not.toMatch(/^[.\s]|[.\s]$/u);
          expect([...n].length).toBeLessThanOrEqual(MAX_BASE_NAME + 6);
          expect(n.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
