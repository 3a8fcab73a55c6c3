// Peak memory of a core step, measured in a fresh process: node's --trace-gc prints the heap's
// size before each collection, which is where the heap peaks; the peak of the step is the
// largest of those (and the size at its end) above the heap at its start, after a full GC.
// Granularity is node's (0.1 MB); a step that never triggers a collection is measured at its end.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const MB = 1024 * 1024;

export interface PeakResult {
  step: string;
  /** Highest heap above the start of the step, MB. */
  peakMB: number;
  /** Heap still held at the end of the step, MB (garbage not yet collected included). */
  endMB: number;
  collections: number;
  ms: number;
}

/** Parses the child's stdout: markers and --trace-gc lines ("… 12.3 (15.0) -> 11.0 (16.0) MB, …"). */
export function parsePeak(step: string, stdout: string): PeakResult {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('@@start '));
  const end = lines.findIndex((l) => l.startsWith('@@end '));
  if (start < 0 || end < start) throw new Error(`no markers in the output of ${step}`);
  const base = Number(lines[start].split(' ')[1]);
  const [, endHeap, ms] = lines[end].split(' ').map(Number);
  let peak = endHeap;
  let collections = 0;
  for (const line of lines.slice(start + 1, end)) {
    const m = /(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> \d+(?:\.\d+)? \(\d+(?:\.\d+)?\) MB/.exec(line);
    if (!m) continue;
    collections++;
    peak = Math.max(peak, Number(m[1]) * MB);
  }
  return {
    step,
    peakMB: Math.max(0, peak - base) / MB,
    endMB: Math.max(0, endHeap - base) / MB,
    collections,
    ms,
  };
}

export function measurePeak(step: 'read-plans' | 'flags-totals', arg: number): PeakResult {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--trace-gc',
      '-r',
      './scripts/ts-register.cjs',
      'scripts/bench/peakChild.ts',
      step,
      String(arg),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB },
  );
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return parsePeak(`${step} ${arg}`, r.stdout);
}
