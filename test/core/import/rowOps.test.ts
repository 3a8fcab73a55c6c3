import fc from 'fast-check';
import {
  countBelow,
  finalRow,
  structuralIndices,
  type RowOp,
  type WriteOp,
} from '../../../src/core/import/rowOps';

/** The definition: walk every later operation. */
function finalRowNaive(ops: RowOp[], index: number, row: number): number | null {
  let r = row;
  for (let i = index + 1; i < ops.length; i++) {
    const op = ops[i];
    if (op.sheet !== ops[index].sheet) continue;
    if (op.kind === 'insert' && op.row <= r) r += op.count;
    else if (op.kind === 'delete') {
      if (op.row + op.count <= r) r -= op.count;
      else if (op.row <= r) return null;
    }
  }
  return r;
}

const opArb: fc.Arbitrary<RowOp> = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    sheet: fc.constantFrom('A', 'B'),
    row: fc.integer({ min: 0, max: 30 }),
    cells: fc.constant([]).map((): WriteOp['cells'] => []),
  }),
  fc.record({
    kind: fc.constantFrom('insert' as const, 'delete' as const),
    sheet: fc.constantFrom('A', 'B'),
    row: fc.integer({ min: 0, max: 30 }),
    count: fc.integer({ min: 1, max: 4 }),
  }),
);

test('finalRow follows a row through the later inserts and deletes of its sheet, as the definition does', () => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
      ops.forEach((op, i) => {
        expect(finalRow(ops, i, op.row)).toBe(finalRowNaive(ops, i, op.row));
      });
    }),
  );
});

test('structural indices are the inserts and deletes, and are recomputed when the list grows', () => {
  const ops: RowOp[] = [
    { kind: 'write', sheet: 'A', row: 1, cells: [] },
    { kind: 'insert', sheet: 'A', row: 2, count: 1 },
    { kind: 'write', sheet: 'A', row: 3, cells: [] },
  ];
  expect(structuralIndices(ops)).toEqual([1]);
  ops.push({ kind: 'delete', sheet: 'A', row: 0, count: 1 });
  expect(structuralIndices(ops)).toEqual([1, 3]);
  expect(finalRow(ops, 0, 1)).toBe(0);
});

test('countBelow counts the sorted indices under a bound', () => {
  expect(countBelow([], 5)).toBe(0);
  expect(countBelow([1, 3, 7], 0)).toBe(0);
  expect(countBelow([1, 3, 7], 3)).toBe(1);
  expect(countBelow([1, 3, 7], 4)).toBe(2);
  expect(countBelow([1, 3, 7], 99)).toBe(3);
});
