import { benchFlagsTotals, generateSnapshot } from '../../scripts/bench/flagsTotals';
import { computeFlags } from '../../src/core/flags/computeFlags';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

describe('benchFlagsTotals', () => {
  it('runs flags and totals for 150 people × 10 rows well within a pane’s patience', () => {
    const r = benchFlagsTotals(150, 10);
    expect(r.flags).toBeGreaterThan(100);
    expect(r.peakHeapMB).toBeGreaterThan(0);
    // Generous: a shared CI machine; typically well under 0.5 s each.
    expect(r.flagsMs).toBeLessThan(5000);
    expect(r.totalsMs).toBeLessThan(5000);
  });
  it('generates data that raises the flags it is meant to', () => {
    const codes = new Set(
      computeFlags(generateSnapshot(30, 13), {
        settings: DEFAULT_SETTINGS,
        today: new Date('2017-02-05'),
      }).map((f) => f.code),
    );
    for (const c of [
      'plan-not-received',
      'unknown-training',
      'unreadable-date',
      'missing-status',
      'done-without-reached',
      'duplicate-activity',
      'unit-mismatch',
    ])
      expect(codes).toContain(c);
  });
});
