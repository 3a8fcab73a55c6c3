import { journalText, parseJournal, type Journal } from '../../../src/core/import/journal';

const journal: Journal = {
  version: 1,
  id: 'abc-123',
  createdAt: '2026-11-22T10:00:00.000Z',
  label: 'Import av 2 planer',
  entries: [
    { kind: 'insert', sheet: 'Plan', row: 5, count: 2 },
    {
      kind: 'write',
      sheet: 'Plan',
      row: 3,
      cells: [
        { col: 0, formula: 'Eva', numberFormat: 'General', fill: null },
        { col: 4, formula: 45000, numberFormat: 'yyyy-mm-dd' },
      ],
    },
    {
      kind: 'write',
      sheet: 'Plan',
      row: 20,
      last: true,
      cells: [{ col: 7, formula: '=SUM(H4:H19)', numberFormat: 'General' }],
    },
    { kind: 'fresh', sheet: 'Plan', row: 5 },
    {
      kind: 'delete',
      sheet: 'Kontakter',
      row: 9,
      count: 1,
      rows: [{ formulas: ["'2017", 3], numberFormats: ['General', '0'], fills: ['#FFFF00', null] }],
    },
  ],
  expected: [
    { sheet: 'Plan', row: 3, col: 0, value: 'Eva' },
    { sheet: 'Plan', row: 3, col: 4, value: 45000 },
    { sheet: 'Plan', row: 3, col: 9, value: 'hash', hashed: true, length: 300 },
    { sheet: 'Plan', row: 22, col: 7, value: '=SUM(H4:H21)', formula: true },
    { sheet: 'Kontakter', row: 3, col: 2, value: '' },
  ],
};

test('the stored journal (version 2) reads back as the journal written', () => {
  const text = journalText(journal);
  expect((JSON.parse(text) as { version: number }).version).toBe(2);
  expect(parseJournal(text)).toEqual(journal);
});

test('it is smaller than the plain JSON: no General number formats, no sheet name per cell', () => {
  expect(journalText(journal).length).toBeLessThan(JSON.stringify(journal).length * 0.8);
  expect(journalText(journal)).not.toContain('"numberFormat":"General"');
});

test('a version 1 journal (stored by an earlier version) is still read; a broken one is refused', () => {
  expect(parseJournal(JSON.stringify(journal))).toEqual(journal);
  const bad = JSON.parse(journalText(journal)) as { expected: unknown[][] };
  bad.expected[0][0] = 7; // no such sheet
  expect(parseJournal(JSON.stringify(bad))).toBeNull();
});
