// The benchmark's import legs measure what they claim: both write every row, the add-in's import
// stays within its round-trip budget (2 + 2) for a small import, and the naive writer pays one round trip
// per written row (its whole point of comparison).
import { importNaive, importOurs } from '../../scripts/bench/importBench';
import { generatePlans } from '../../scripts/bench/plans';
import { table } from '../../scripts/bench/table';

describe('bench import legs', () => {
  it('ours writes every activity row in 2 + 2 round trips; naive costs one per row', async () => {
    const plans = generatePlans(3, 4);
    const ours = await importOurs(plans, 0);
    expect(ours.rowsWritten).toBe(12);
    expect(ours.preview.roundTrips).toBe(2);
    expect(ours.apply.roundTrips).toBe(2);
    expect(ours.total.requestBytes).toBe(ours.preview.requestBytes + ours.apply.requestBytes);
    const naive = await importNaive(plans, 0);
    expect(naive.rowsWritten).toBe(12);
    // 1 read + 3 contact rows + 12 activity rows + Excel.run's clean-up of tracked ranges.
    expect(naive.total.roundTrips).toBe(1 + 3 + 12 + 1);
  }, 120_000);

  it('counts the existing rows it was asked to put in the workbook', async () => {
    const ours = await importOurs(generatePlans(1, 2), 50);
    expect(ours.existingRows).toBe(50);
    // The preview reads the 50 existing rows: the response is larger than for an empty tab.
    const empty = await importOurs(generatePlans(1, 2), 0);
    expect(ours.preview.responseBytes).toBeGreaterThan(empty.preview.responseBytes + 50 * 50);
  }, 120_000);
});

describe('bench table', () => {
  it('pads columns to the widest cell', () => {
    expect(table(['a', 'bb'], [['ccc', 1]])).toBe('| a   | bb |\n|-----|----|\n| ccc | 1  |');
  });
});
