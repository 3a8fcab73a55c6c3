// Runs one core step in a process of its own for scripts/bench/peakMemory.ts, between markers
// on stdout; node's --trace-gc lines in between tell the heap's size before every collection.
import { generateSnapshot } from './flagsTotals';
import { computeFlags } from '../../src/core/flags/computeFlags';
import { benchReadPlans } from './readPlans';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { computeTotals } from '../../src/core/totals/computeTotals';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const [step, arg] = process.argv.slice(2);

function between(run: () => void): void {
  gc!();
  process.stdout.write(`@@start ${process.memoryUsage().heapUsed}\n`);
  const t = performance.now();
  run();
  const ms = performance.now() - t;
  process.stdout.write(`@@end ${process.memoryUsage().heapUsed} ${ms}\n`);
}

if (step === 'read-plans') {
  between(() => benchReadPlans(Number(arg)));
} else if (step === 'flags-totals') {
  const snapshot = generateSnapshot(Number(arg), 10);
  between(() => {
    computeFlags(snapshot, { settings: DEFAULT_SETTINGS, today: new Date('2017-02-05') });
    computeTotals(snapshot, DEFAULT_SETTINGS);
  });
} else throw new Error(`unknown step ${step}`);
