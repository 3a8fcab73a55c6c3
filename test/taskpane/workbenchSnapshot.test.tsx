// The workbench's pure helpers: which cells a batch changed, the grid's extent, cell text.
import {
  cellText,
  changedCells,
  gridShape,
  isDateFormat,
  serialToIso,
  type BookSnapshot,
} from '../../src/workbench/snapshot';

describe('workbench snapshot helpers', () => {
  it('finds written, changed and cleared cells, per sheet', () => {
    const before = { sheets: [{ name: 'A', cells: { A1: { value: 'x' }, B2: { value: 1 } } }] };
    const after: BookSnapshot = {
      sheets: [
        { name: 'A', cells: { A1: { value: 'x' }, B2: { value: 2 }, C3: { value: 'ny' } } },
        { name: 'B', cells: { A1: { value: 'bladet är nytt' } } },
      ],
    };
    expect([...changedCells(before, after)].sort()).toEqual(['A!B2', 'A!C3', 'B!A1']);
    expect([...changedCells(after, before)].sort()).toEqual(['A!B2', 'A!C3']);
    expect(changedCells(before, before).size).toBe(0);
  });

  it('sizes the grid to the used area with a margin, within limits', () => {
    const shape = gridShape({ name: 'A', cells: { C30: { value: 1 } } });
    expect([shape.rows, shape.cols]).toEqual([31, 8]);
    expect(shape.at.get('29,2')).toEqual({ value: 1 });
    expect(gridShape({ name: 'A', cells: { ZZ5000: { value: 1 } } }, 400, 40)).toMatchObject({
      rows: 400,
      cols: 40,
    });
  });

  it('shows dates as dates, booleans in Swedish, formulas without a value as the formula', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('0" dagar"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(serialToIso(42776)).toBe('2017-02-10');
    expect(cellText({ value: 42776, numberFormat: 'yyyy-mm-dd' })).toBe('2017-02-10');
    expect(cellText({ value: 20, numberFormat: '0' })).toBe('20');
    expect(cellText({ value: true })).toBe('SANT');
    expect(cellText({ value: null, formula: '=SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(cellText(undefined)).toBe('');
  });
});
