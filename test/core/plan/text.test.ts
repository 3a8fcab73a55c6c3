// Word's text/plain → blocks: TABs between cells, CRLF after rows, broken-cell rows rejoined.
import * as fc from 'fast-check';
import { textToBlocks } from '../../../src/core/plan/text';

describe('textToBlocks', () => {
  test('paragraphs and a table; a line break in a middle cell splits the row, unquoted', () => {
    const text =
      'Mina aktiviteter\r\nUtbildning\tAktivitet\tMålgrupp\r\nHiS6\tFöreläsning\r\noch samtal\tLäkare\r\nHiS9\tWorkshop\tAlla\r\n\r\nSlut\r\n';
    expect(textToBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Mina aktiviteter' },
      {
        kind: 'table',
        rows: [
          ['Utbildning', 'Aktivitet', 'Målgrupp'],
          ['HiS6', 'Föreläsning\noch samtal', 'Läkare'],
          ['HiS9', 'Workshop', 'Alla'],
        ],
      },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Slut' },
    ]);
  });

  test('a cell with several breaks, lines without TAB in between, LF or CR line ends', () => {
    const text = 'A\tB\tC\nx\trad 1\nrad 2\nrad 3\tz\n';
    expect(textToBlocks(text)).toEqual([
      {
        kind: 'table',
        rows: [
          ['A', 'B', 'C'],
          ['x', 'rad 1\nrad 2\nrad 3', 'z'],
        ],
      },
    ]);
    expect(textToBlocks('A\tB\rc\td\r')).toEqual([
      {
        kind: 'table',
        rows: [
          ['A', 'B'],
          ['c', 'd'],
        ],
      },
    ]);
  });

  test('a sum row with merged cells is cut off, not glued to what follows', () => {
    const text = 'A\tB\tC\tD\r\nx\ty\t5\tz\r\nSumma planerat\t5\r\nEfter tabellen\r\n';
    expect(textToBlocks(text)).toEqual([
      {
        kind: 'table',
        rows: [
          ['A', 'B', 'C', 'D'],
          ['x', 'y', '5', 'z'],
          ['Summa planerat', '5', '', ''],
        ],
      },
      { kind: 'paragraph', text: 'Efter tabellen' },
    ]);
  });

  test('two tables separated by a paragraph stay two tables; empty cells stay empty', () => {
    const text =
      'Namn:\tAnna\r\nE-post:\ta@b.se\r\nMitt mål\r\nUtbildning\tVerksamhet\tAntal\r\nHiS6\t\t40\r\n';
    expect(textToBlocks(text)).toEqual([
      {
        kind: 'table',
        rows: [
          ['Namn:', 'Anna'],
          ['E-post:', 'a@b.se'],
        ],
      },
      { kind: 'paragraph', text: 'Mitt mål' },
      {
        kind: 'table',
        rows: [
          ['Utbildning', 'Verksamhet', 'Antal'],
          ['HiS6', '', '40'],
        ],
      },
    ]);
  });

  test('never throws on arbitrary text; every table is rectangular', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'Summa', '\t', '\r\n', '\n', '\r', ' ', '\u00a0', 'HiS6'), {
          maxLength: 80,
        }),
        (parts) => {
          for (const b of textToBlocks(parts.join('')))
            if (b.kind === 'table' && new Set(b.rows.map((r) => r.length)).size > 1) return false;
          return true;
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => Array.isArray(textToBlocks(s))));
  });
});
