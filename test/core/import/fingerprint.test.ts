import { fingerprintGrids, sameGridFormulas, textHash } from '../../../src/core/import/fingerprint';
import type { Grid } from '../../../src/core/import/grid';

const grid = (sheet: string, formulas: unknown[][]): Grid => ({
  sheet,
  values: formulas,
  formulas,
  numberFormats: [],
});

test('textHash is stable across versions (undo journals store it)', () => {
  // Values from the first version's two-pass FNV-1a; a change here breaks undo of stored journals.
  expect(textHash('abc')).toBe('1a47e90b0c09c5a9');
  expect(textHash('')).toBe('811c9dc501234567');
  expect(textHash('Åsa')).not.toBe(textHash('Asa'));
});

test('the fingerprint changes with any formula, the sheet name or the order of the tabs', () => {
  const a = grid('Plan', [['Eva', 3, '=SUM(B1:B2)']]);
  const base = fingerprintGrids([a, null]);
  expect(fingerprintGrids([grid('Plan', [['Eva', 3, '=SUM(B1:B2)']]), null])).toBe(base);
  expect(fingerprintGrids([grid('Plan', [['Eva', '3', '=SUM(B1:B2)']]), null])).not.toBe(base);
  expect(fingerprintGrids([grid('Plan 2', [['Eva', 3, '=SUM(B1:B2)']]), null])).not.toBe(base);
  expect(fingerprintGrids([null, a])).not.toBe(base);
});

test('sameGridFormulas compares cell for cell, types included', () => {
  const a = [
    grid('Plan', [
      ['Eva', 3],
      ['', '=A1'],
    ]),
    grid('Kontakt', []),
  ];
  expect(
    sameGridFormulas(a, [
      grid('Plan', [
        ['Eva', 3],
        ['', '=A1'],
      ]),
      grid('Kontakt', []),
    ]),
  ).toBe(true);
  expect(
    sameGridFormulas(a, [
      grid('Plan', [
        ['Eva', '3'],
        ['', '=A1'],
      ]),
      grid('Kontakt', []),
    ]),
  ).toBe(false);
  expect(sameGridFormulas(a, [grid('Plan', [['Eva', 3], ['', '=A1'], ['x']]), grid('Kontakt', [])])).toBe(
    false,
  );
  expect(
    sameGridFormulas(a, [
      grid('Plan', [
        ['Eva', 3, ''],
        ['', '=A1'],
      ]),
      grid('Kontakt', []),
    ]),
  ).toBe(false);
  expect(
    sameGridFormulas(a, [
      grid('Plan', [
        ['Eva', 3],
        ['', '=A1'],
      ]),
      grid('Annan', []),
    ]),
  ).toBe(false);
  expect(
    sameGridFormulas(a, [
      grid('Plan', [
        ['Eva', 3],
        ['', '=A1'],
      ]),
      null,
    ]),
  ).toBe(false);
  expect(sameGridFormulas([null], [null])).toBe(true);
  expect(sameGridFormulas(a, a.slice(0, 1))).toBe(false);
});
