import fc from 'fast-check';
import { cellPosition, cellRow } from '../../../src/core/log/cellPosition';
import { parseA1 } from '../../../src/core/log/a1';

describe('cellPosition', () => {
  it('reads plain addresses', () => {
    expect(cellPosition('A1')).toEqual({ row1: 1, col0: 0 });
    expect(cellPosition('B12')).toEqual({ row1: 12, col0: 1 });
    expect(cellPosition('AA100')).toEqual({ row1: 100, col0: 26 });
    expect(cellPosition('XFD1048576')).toEqual({ row1: 1048576, col0: 16383 });
    expect(cellPosition('C007')).toEqual({ row1: 7, col0: 2 });
    expect(cellRow('B12')).toBe(12);
    expect(cellRow('$B$12')).toBe(12);
    expect(cellRow('12')).toBeNull();
  });

  it('reads what parseA1 reads and rejects what it rejects', () => {
    for (const s of [
      '$B$3',
      'b3',
      ' B3 ',
      'B$3',
      '$B3',
      'ABCD1',
      'A12345678',
      'A',
      '12',
      '',
      'A1B',
      'Å1',
      'A-1',
    ])
      expect(cellPosition(s)).toEqual(parseA1(s));
  });

  it('agrees with parseA1 on any short text of letters, digits, $ and spaces', () => {
    const chars = fc.constantFrom(...'ABCXYZabz0123456789$ '.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
        const s = cs.join('');
        expect(cellPosition(s)).toEqual(parseA1(s));
        expect(cellRow(s)).toBe(parseA1(s)?.row1 ?? null);
      }),
      { numRuns: 2000 },
    );
  });
});
