import type { RowOp } from '../../../src/core/import/rowOps';
import { blockOf, cellRuns, fillRuns, writeBlocks } from '../../../src/core/import/writeBlocks';

const write = (row: number, cols: number[], sheet = 'S'): RowOp => ({
  kind: 'write',
  sheet,
  row,
  cells: cols.map((col) => ({ col, cell: { value: 'x' } })),
});

describe('writeBlocks', () => {
  test('consecutive rows of one sheet become one block, up or down; other operations split them', () => {
    const ops: RowOp[] = [
      write(10, [0, 2]),
      write(9, [1, 5]),
      write(8, [0]),
      { kind: 'insert', sheet: 'S', row: 8, count: 2 },
      write(8, [0]),
      write(9, [0]),
      write(11, [0]),
      write(12, [0], 'T'),
    ];
    expect(writeBlocks(ops)).toEqual([
      { first: 0, last: 2, sheet: 'S', row0: 8, row1: 10, col0: 0, col1: 5 },
      { first: 4, last: 5, sheet: 'S', row0: 8, row1: 9, col0: 0, col1: 0 },
      { first: 6, last: 6, sheet: 'S', row0: 11, row1: 11, col0: 0, col1: 0 },
      { first: 7, last: 7, sheet: 'T', row0: 12, row1: 12, col0: 0, col1: 0 },
    ]);
    expect(blockOf(ops, 1)).toEqual({ first: 0, last: 2 });
    expect(blockOf(ops, 3)).toEqual({ first: 3, last: 3 });
  });

  test('a row written twice, a change of direction, or a totals-row write starts a new block', () => {
    const totals: RowOp = { ...(write(3, [0]) as object), restoreAt: 3 } as RowOp;
    const ops: RowOp[] = [write(1, [0]), write(2, [0]), write(1, [0]), totals, write(4, [0])];
    expect(writeBlocks(ops).map((b) => [b.first, b.last])).toEqual([
      [0, 1],
      [2, 2],
      [4, 4],
    ]);
  });
});

describe('runs', () => {
  test('fills: one run per colour and consecutive rows of a column', () => {
    expect(
      fillRuns([
        { row: 3, col: 0, color: '#FFFF00' },
        { row: 4, col: 0, color: '#ffff00' },
        { row: 5, col: 0, color: '#FF0000' },
        { row: 7, col: 0, color: '#FF0000' },
        { row: 4, col: 1, color: '#FFFF00' },
      ]),
    ).toEqual([
      { row0: 3, row1: 4, col: 0, color: '#FFFF00' },
      { row0: 5, row1: 5, col: 0, color: '#FF0000' },
      { row0: 7, row1: 7, col: 0, color: '#FF0000' },
      { row0: 4, row1: 4, col: 1, color: '#FFFF00' },
    ]);
  });

  test('cells to read: runs per column, duplicates merged, split where `apart` changes', () => {
    const cells = [5, 3, 4, 4, 6, 9].map((row) => ({ sheet: 'S', row, col: 0 }));
    expect(cellRuns(cells)).toEqual([
      { sheet: 'S', col: 0, row0: 3, row1: 6 },
      { sheet: 'S', col: 0, row0: 9, row1: 9 },
    ]);
    expect(cellRuns(cells, (c) => c.row < 5).map((r) => [r.row0, r.row1])).toEqual([
      [3, 4],
      [5, 6],
      [9, 9],
    ]);
  });
});
