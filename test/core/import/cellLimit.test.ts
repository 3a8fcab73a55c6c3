import { capCellTexts, MAX_CELL_CHARS } from '../../../src/core/import/cellLimit';
import { render } from '../../../src/messages/render';
import type { RowOp } from '../../../src/core/import/rowOps';

test('texts over Excel’s 32,767-character cell limit are shortened with a problem naming the column', () => {
  const ops: RowOp[] = [
    { kind: 'insert', sheet: 'S', row: 3, count: 1 },
    {
      kind: 'write',
      sheet: 'S',
      row: 3,
      cells: [
        { col: 0, cell: { value: 'Anna' } },
        { col: 10, cell: { value: 'x'.repeat(MAX_CELL_CHARS) } },
        { col: 11, cell: { value: 'y'.repeat(MAX_CELL_CHARS + 5) } },
        { col: 12, cell: { value: 40_000 } },
      ],
    },
  ];
  const problems = capCellTexts(ops, (_sheet, col) => (col === 11 ? 'Kommentar' : '?'));
  const cells = (ops[1] as Extract<RowOp, { kind: 'write' }>).cells;
  expect(cells.map((c) => (typeof c.cell.value === 'string' ? c.cell.value.length : c.cell.value))).toEqual([
    4,
    MAX_CELL_CHARS,
    MAX_CELL_CHARS,
    40_000,
  ]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ code: 'cell-too-long', where: { column: 'Kommentar' } });
  expect(problems[0].message).toMatchObject({
    code: 'import-cell-too-long',
    params: { column: 'Kommentar', length: MAX_CELL_CHARS + 5, max: MAX_CELL_CHARS },
  });
  expect(render('sv', problems[0].message)).toContain('32\u00a0767');
  expect(render('en', problems[0].message)).toContain('32,767');
});
