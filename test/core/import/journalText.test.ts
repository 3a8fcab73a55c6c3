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

test('the stored journal (version 3) reads back as the journal written', () => {
  const text = journalText(journal);
  expect((JSON.parse(text) as { version: number }).version).toBe(3);
  expect(parseJournal(text)).toEqual(journal);
});

/** Writes into rows that were empty (the template's prepared rows), with the journal's other kinds between. */
function withBlankRuns(): Journal {
  const blank = (sheet: string, row: number, cols: number[]) => ({
    kind: 'write' as const,
    sheet,
    row,
    cells: cols.map((col) => ({ col, formula: '', numberFormat: 'General' })),
  });
  return {
    ...journal,
    entries: [
      ...Array.from({ length: 300 }, (_, i) => blank('Plan', 10 + i, [0, 1, 2, 4])),
      blank('Plan', 400, [0, 1, 2, 4]), // not consecutive: a new run
      blank('Plan', 401, [0, 1]), // other columns: a new run
      blank('Kontakter', 402, [0, 1]), // other sheet: a new run
      { ...blank('Plan', 403, [0]), cells: [{ col: 0, formula: '', numberFormat: 'General', fill: null }] },
      { ...blank('Plan', 404, [0]), cells: [{ col: 0, formula: '', numberFormat: 'General', fill: null }] },
      {
        ...blank('Plan', 405, [0]),
        cells: [{ col: 0, formula: '', numberFormat: 'General', fill: '#FFFF00' }],
      },
      blank('Plan', 406, [0]),
      ...journal.entries,
      blank('Plan', 407, [0]),
    ],
  };
}

test('runs of writes into empty rows are stored as one entry each and read back in order', () => {
  const j = withBlankRuns();
  const text = journalText(j);
  const stored = JSON.parse(text) as { entries: { kind: string; count?: number }[] };
  expect(stored.entries.filter((e) => e.kind === 'blank').map((e) => e.count)).toEqual([
    300, 1, 1, 1, 2, 1, 1,
  ]);
  expect(parseJournal(text)).toEqual(j);
  expect(text.length).toBeLessThan(JSON.stringify(j).length / 10);
});

test('a version 2 journal (stored by an earlier version) is still read', () => {
  const v2 = JSON.parse(journalText(journal)) as { version: number };
  v2.version = 2;
  expect(parseJournal(JSON.stringify(v2))).toEqual(journal);
});

test('a blank run that claims more rows than a sheet has is refused', () => {
  const stored = JSON.parse(journalText(withBlankRuns())) as { entries: { kind: string; count?: number }[] };
  stored.entries.find((e) => e.kind === 'blank')!.count = 2_000_000;
  expect(parseJournal(JSON.stringify(stored))).toBeNull();
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

test('the number of plans an import wrote (the undo button names it) is stored; journals without it still read', () => {
  const withPlans: Journal = { ...journal, plans: 42 };
  expect(parseJournal(journalText(withPlans))).toEqual(withPlans);
  // Earlier versions stored no count: read as before, without one.
  const older = JSON.parse(journalText(journal)) as Record<string, unknown>;
  delete older.plans;
  const read = parseJournal(JSON.stringify(older));
  expect(read).toEqual(journal);
  expect(read && 'plans' in read).toBe(false);
  // A count that is no count is refused with the rest.
  expect(parseJournal(JSON.stringify({ ...older, plans: -1 }))).toBeNull();
});
