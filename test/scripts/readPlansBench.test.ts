import { benchReadPlans } from '../../scripts/bench/readPlans';

test('benchReadPlans reads mixed fixtures and reports time and heap', () => {
  const r = benchReadPlans(21);
  expect(r.msPerPlan).toBeGreaterThan(0);
  expect(r.peakHeapMB).toBeGreaterThan(1);
  expect(Number.isFinite(r.msPerPlan)).toBe(true);
});
