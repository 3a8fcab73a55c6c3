// The row plan run on a tiny simulated sheet (rows of cells): what ends up where, that other
// people's rows and extra columns are untouched, and that the journal's inverse restores it all.
import fc from 'fast-check';
import type { CellOut } from '../../../src/core/import/cellOut';
import { formulaAfterInsert } from '../../../src/core/import/formulaRows';
import type { Grid } from '../../../src/core/import/grid';
import { buildJournal, fillChanges } from '../../../src/core/import/journal';
import { planRows, rowsByPerson } from '../../../src/core/import/planRows';
import { finalRow, type RowOp } from '../../../src/core/import/rowOps';
import { tableOf } from '../../../src/core/import/table';
import { personKey } from '../../../src/core/import/buildImport';

type Sheet = unknown[][];

function run(sheet: Sheet, ops: RowOp[]): Sheet {
  const s = sheet.map((r) => [...r]);
  for (const op of ops) {
    if (op.kind === 'insert') s.splice(op.row, 0, ...Array.from({ length: op.count }, () => [] as unknown[]));
    else if (op.kind === 'delete') s.splice(op.row, op.count);
    else {
      while (s.length <= op.row) s.push([]);
      for (const c of op.cells) s[op.row][c.col] = c.cell.value;
    }
  }
  return s;
}

/** A journal input typed into a cell, as Excel reads it: a leading apostrophe keeps text as text. */
const typed = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);

function undo(sheet: Sheet, ops: RowOp[], grid: Grid): Sheet {
  const j = buildJournal(
    ops,
    new Map([[grid.sheet, grid]]),
    new Map(),
    fillChanges(ops, new Map()),
    't',
    new Date(0),
  );
  const s = sheet.map((r) => [...r]);
  const order = [...j.entries].reverse();
  order.sort(
    (a, b) => Number(a.kind === 'write' && a.last === true) - Number(b.kind === 'write' && b.last === true),
  );
  for (const e of order) {
    if (e.kind === 'insert') s.splice(e.row, e.count);
    else if (e.kind === 'delete') s.splice(e.row, 0, ...e.rows.map((r) => r.formulas.map(typed)));
    else if (e.kind === 'write') for (const c of e.cells) s[e.row][c.col] = typed(c.formula);
  }
  return s;
}

function gridOf(rows: Sheet): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const norm = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  return { sheet: 'S', values: norm, formulas: norm, numberFormats: norm.map((r) => r.map(() => 'General')) };
}

function trim(s: Sheet): Sheet {
  const out = s.map((r) => {
    const row = Array.from(r, (v) => (v === undefined ? '' : v));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

const COLS = { person: 1, activity: 2, plannedNumber: 3 };
// Column 0 = the coordinator's own column ("Egen notering"), 4 = another one.
const HEADER = ['Egen notering', 'Spridningsledare', 'Aktivitet', 'Planerat antal', 'Extra'];

function rows(name: string, n: number, tag: string): Record<string, CellOut>[] {
  return Array.from({ length: n }, (_, i) => ({
    person: { value: name },
    activity: { value: `${tag}${i + 1}` },
    plannedNumber: { value: i + 1 },
  }));
}

function doImport(sheet: Sheet, people: { name: string; n: number; tag: string }[]) {
  const grid = gridOf(sheet);
  const table = tableOf(grid, 1, COLS);
  const existing = rowsByPerson(grid, table, 'person', personKey);
  const plan = planRows(
    grid,
    table,
    existing,
    people.map((p) => ({ key: personKey(p.name), rows: rows(p.name, p.n, p.tag) })),
  );
  return { grid, table, plan, after: run(grid.values, plan.ops) };
}

const BASE: Sheet = [
  ['Titel'],
  HEADER,
  ['a-not', 'Anna', 'A-old1', 1, 'x'],
  ['', 'Anna', 'A-old2', 2],
  [],
  ['bo-not', 'Bo', 'B-old1', 5, 'y'],
  ['', 'Anna', 'A-hand', 9],
  ['', 'Cilla', 'C-old1', 3, 'z'],
  ['Summa', '', '', '=SUM(D3:D8)'],
];

describe('planRows', () => {
  it('replaces a person’s rows in place and deletes surplus ones, others untouched', () => {
    const { after } = doImport(BASE, [{ name: 'Anna', n: 2, tag: 'A-new' }]);
    expect(trim(after)).toEqual([
      ['Titel'],
      HEADER,
      ['a-not', 'Anna', 'A-new1', 1, 'x'],
      ['', 'Anna', 'A-new2', 2],
      [],
      ['bo-not', 'Bo', 'B-old1', 5, 'y'],
      ['', 'Cilla', 'C-old1', 3, 'z'],
      ['Summa', '', '', '=SUM(D3:D7)'], // one row fewer, as Excel adjusts it
    ]);
  });

  it('inserts extra rows after the person’s last row', () => {
    const { after } = doImport(BASE, [{ name: 'Bo', n: 3, tag: 'B-new' }]);
    expect(trim(after).slice(5, 9)).toEqual([
      ['bo-not', 'Bo', 'B-new1', 1, 'y'],
      ['', 'Bo', 'B-new2', 2],
      ['', 'Bo', 'B-new3', 3],
      ['', 'Anna', 'A-hand', 9],
    ]);
    expect(trim(after)[10]).toEqual(['Summa', '', '', '=SUM(D3:D10)']);
  });

  it('appends a new person before the totals row and extends its SUM', () => {
    const { after } = doImport(BASE, [{ name: 'Dan', n: 2, tag: 'D' }]);
    expect(trim(after).slice(7)).toEqual([
      ['', 'Cilla', 'C-old1', 3, 'z'],
      ['', 'Dan', 'D1', 1],
      ['', 'Dan', 'D2', 2],
      ['Summa', '', '', '=SUM(D3:D10)'],
    ]);
  });

  it('counts per person: replaced and written', () => {
    const { plan } = doImport(BASE, [
      { name: 'Anna', n: 1, tag: 'A' },
      { name: 'Dan', n: 4, tag: 'D' },
    ]);
    expect(plan.counts.get('anna')).toEqual({ replaced: 3, written: 1 });
    expect(plan.counts.get('dan')).toEqual({ replaced: 0, written: 4 });
  });

  it('matches a person by normalised name (case, spacing, glued-on title)', () => {
    const { after } = doImport(BASE, [{ name: 'ANNA ,  kurator', n: 3, tag: 'A' }]);
    expect(trim(after).filter((r) => r[2] === 'A-hand' || r[2] === 'A-old1')).toEqual([]);
  });

  it('finalRow says where each written row ends up', () => {
    const { plan, after } = doImport(BASE, [
      { name: 'Anna', n: 1, tag: 'A' },
      { name: 'Bo', n: 3, tag: 'B' },
      { name: 'Dan', n: 2, tag: 'D' },
    ]);
    plan.ops.forEach((op, i) => {
      if (op.kind !== 'write') return;
      const at = finalRow(plan.ops, i, op.row)!;
      for (const c of op.cells) expect(after[at][c.col]).toBe(c.cell.value);
    });
  });

  it('undo through the journal restores the sheet exactly (random imports)', () => {
    const names = ['Anna', 'Bo', 'Cilla', 'Dan', 'Eva'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.integer({ min: 0, max: 4 }), n: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 5,
        }),
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 12 }),
        (people, existing) => {
          const sheet: Sheet = [
            ['Titel'],
            HEADER,
            ...existing.map((w, i) => [`n${i}`, names[w], `old${i}`, i, `e${i}`]),
          ];
          const uniq = new Map(people.map((p) => [p.who, p]));
          const { grid, plan, after } = doImport(
            sheet,
            [...uniq.values()].map((p) => ({ name: names[p.who], n: p.n, tag: `${names[p.who]}-` })),
          );
          // Other people's rows are unchanged and in the same order.
          const imported = new Set([...uniq.keys()].map((w) => names[w]));
          const others = (s: Sheet) => s.slice(2).filter((r) => r.length > 0 && !imported.has(String(r[1])));
          expect(trim(others(after))).toEqual(trim(others(sheet)));
          // Each imported person has exactly their new rows.
          for (const p of uniq.values()) {
            const mine = after.filter((r) => r[1] === names[p.who]).map((r) => r[2]);
            expect(mine).toEqual(Array.from({ length: p.n }, (_, i) => `${names[p.who]}-${i + 1}`));
          }
          expect(trim(undo(after, plan.ops, grid))).toEqual(trim(grid.values));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formulaAfterInsert', () => {
  it('extends a range ending on the last data row and shifts references below', () => {
    expect(formulaAfterInsert('=SUM(H6:H20)', 'S', 21, 3, 20)).toBe('=SUM(H6:H23)');
    expect(formulaAfterInsert('=SUBTOTAL(9,$H$6:$H$20)/H22', 'S', 21, 2, 20)).toBe(
      '=SUBTOTAL(9,$H$6:$H$22)/H24',
    );
  });
  it('leaves strings, other sheets and function names alone', () => {
    expect(
      formulaAfterInsert('=SUMIFS(J6:J20,H6:H20,"H20")+\'Annan flik\'!A20+LOG10(2)', 'S', 21, 1, 20),
    ).toBe('=SUMIFS(J6:J21,H6:H21,"H20")+\'Annan flik\'!A20+LOG10(2)');
  });
});
