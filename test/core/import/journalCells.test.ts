import {
  CHUNK_CHARS,
  JOURNAL_MARKER,
  PLAIN_MARKER,
  journalFromColumn,
  journalToColumn,
  packJournal,
  unpackJournal,
} from '../../../src/core/import/journalCells';

/** A journal-like JSON text of `rows` written rows, with Swedish letters and quotes. */
function bigJson(rows: number): string {
  const entries = Array.from({ length: rows }, (_, i) => ({
    kind: 'write',
    sheet: '3.a Saml pers spr-plan PLAN',
    row: 3 + i,
    cells: Array.from({ length: 11 }, (_, col) => ({ col, formula: col === 0 ? `Åsa ”${i}” Öberg` : '' })),
  }));
  return JSON.stringify({ version: 2, id: 'x', label: 'Import av 500 planer', entries });
}

test('column A reads back as the JSON written, through the packed form', () => {
  const json = bigJson(40);
  const column = journalToColumn(json);
  expect(column[0]).toBe(JOURNAL_MARKER);
  expect(journalFromColumn(column)).toBe(json);
});

test('every chunk fits a cell and is plain base64 (nothing Excel could read as a formula)', () => {
  // Random-ish content compresses badly, so it spans several chunks.
  let seed = 7;
  const next = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const noise = Array.from({ length: 120_000 }, () => String.fromCharCode(35 + Math.floor(next() * 90))).join(
    '',
  );
  const json = JSON.stringify({ noise });
  const column = journalToColumn(json);
  expect(column.length).toBeGreaterThan(3);
  for (const chunk of column.slice(1)) {
    expect(chunk.length).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(chunk).toMatch(/^[A-Za-z0-9+/]+=*$/);
  }
  expect(journalFromColumn(column)).toBe(json);
});

test('a 5,000-row journal is stored in a small fraction of its JSON size', () => {
  const json = bigJson(5000);
  const stored = journalToColumn(json).slice(1).join('');
  expect(stored.length).toBeLessThan(json.length / 8);
});

test('a column written by the first version (plain JSON) is still read', () => {
  const json = bigJson(3);
  expect(journalFromColumn([PLAIN_MARKER, json.slice(0, 100), json.slice(100)])).toBe(json);
});

test('a damaged or foreign column is no journal', () => {
  const column = journalToColumn(bigJson(10));
  expect(journalFromColumn([column[0], column[1].slice(0, -40) + 'AAAA'])).toBeNull();
  expect(journalFromColumn([column[0], '@@ not base64 @@'])).toBeNull();
  expect(journalFromColumn(['Något annat', ...column.slice(1)])).toBeNull();
  expect(journalFromColumn([JOURNAL_MARKER])).toBeNull();
  expect(unpackJournal('')).toBeNull();
});

test('packing is deterministic and reversible for the empty text and for unicode', () => {
  for (const s of ['{}', 'ÅÄÖ åäö ”citat” – 😀', 'x'.repeat(100_000)]) {
    expect(unpackJournal(packJournal(s))).toBe(s);
    expect(packJournal(s)).toBe(packJournal(s));
  }
});
