import { parsePeak } from '../../scripts/bench/peakMemory';

const MB = 1024 * 1024;
const gcLine = (before: number, after: number) =>
  `[1:0x1]  54 ms: Scavenge ${before.toFixed(1)} (40.0) -> ${after.toFixed(1)} (41.0) MB, 9.25 / 0.00 ms  (average mu = 1.000) allocation failure;`;

test('the peak is the largest heap before a collection inside the step, above the heap at its start', () => {
  const out = [
    gcLine(90, 10), // before the step: ignored
    `@@start ${10 * MB}`,
    gcLine(30, 12),
    gcLine(55.5, 20),
    gcLine(25, 21),
    `@@end ${22 * MB} 123.4`,
    gcLine(99, 5), // after: ignored
  ].join('\n');
  const r = parsePeak('x', out);
  expect(r.peakMB).toBeCloseTo(45.5, 5);
  expect(r.endMB).toBeCloseTo(12, 5);
  expect(r.collections).toBe(3);
  expect(r.ms).toBeCloseTo(123.4, 5);
});

test('without a collection in the step, the peak is the heap at its end', () => {
  const r = parsePeak('x', `@@start ${10 * MB}\n@@end ${13 * MB} 5`);
  expect(r.peakMB).toBeCloseTo(3, 5);
  expect(r.collections).toBe(0);
});

test('output without the markers is an error, not a zero', () => {
  expect(() => parsePeak('x', gcLine(30, 10))).toThrow(/no markers/);
});
