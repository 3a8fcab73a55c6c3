// Core costs without Excel: reading mixed plans (.docx, Word clipboard HTML, text) and flags +
// totals on a generated log. Time is wall clock (performance.now) and process CPU time
// (process.cpuUsage, less disturbed by other processes on a shared machine). Memory is
// heapUsed above a baseline taken after a full GC (when node runs with --expose-gc), sampled
// right after each step: a lower bound of the true peak, not a trace.
import { benchReadPlans } from './readPlans';
import { generateSnapshot } from './flagsTotals';
import { computeFlags } from '../../src/core/flags/computeFlags';
import { computeTotals } from '../../src/core/totals/computeTotals';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const MB = 1024 * 1024;

function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
  return g !== undefined;
}

export interface ReadResult {
  plans: number;
  ms: number;
  msPerPlan: number;
  heapAboveBaselineMB: number;
}

export function benchRead(n: number): ReadResult {
  gc();
  const base = process.memoryUsage().heapUsed;
  const t = performance.now();
  const r = benchReadPlans(n);
  const ms = performance.now() - t;
  return {
    plans: n,
    ms,
    msPerPlan: r.msPerPlan,
    heapAboveBaselineMB: Math.max(0, r.peakHeapMB - base / MB),
  };
}

export interface FlagsTotalsRun {
  flagsMs: number;
  totalsMs: number;
  flagsCpuMs: number;
  totalsCpuMs: number;
}

export interface FlagsTotalsResult {
  people: number;
  rowsPerPersonPerTab: number;
  rows: number;
  flags: number;
  /** The first call in this process: what the pane's first "Kontrollera" costs. */
  cold: FlagsTotalsRun;
  /** Median of the following runs on a fresh snapshot each (caches cold, code warm). */
  warmMedian: FlagsTotalsRun;
  heapAboveBaselineMB: number;
  gcAvailable: boolean;
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function benchFlagsTotals(people: number, rowsPerPerson: number, warmRuns = 5): FlagsTotalsResult {
  const runs: FlagsTotalsRun[] = [];
  let flags = 0;
  let rows = 0;
  let heap = 0;
  const gcAvailable = gc();
  for (let i = 0; i <= warmRuns; i++) {
    const snapshot = generateSnapshot(people, rowsPerPerson);
    rows = Object.values(snapshot.rounds).reduce((s, r) => s + (r?.length ?? 0), 0);
    gc();
    const base = process.memoryUsage().heapUsed;
    let c = process.cpuUsage();
    let t = performance.now();
    flags = computeFlags(snapshot, { settings: DEFAULT_SETTINGS, today: new Date('2017-02-05') }).length;
    const flagsMs = performance.now() - t;
    const flagsCpuMs = cpuMs(c);
    const afterFlags = process.memoryUsage().heapUsed;
    c = process.cpuUsage();
    t = performance.now();
    computeTotals(snapshot, DEFAULT_SETTINGS);
    const totalsMs = performance.now() - t;
    const totalsCpuMs = cpuMs(c);
    heap = Math.max(heap, afterFlags - base, process.memoryUsage().heapUsed - base);
    runs.push({ flagsMs, totalsMs, flagsCpuMs, totalsCpuMs });
  }
  const warm = runs.slice(1);
  return {
    people,
    rowsPerPersonPerTab: rowsPerPerson,
    rows,
    flags,
    cold: runs[0],
    warmMedian: {
      flagsMs: median(warm.map((r) => r.flagsMs)),
      totalsMs: median(warm.map((r) => r.totalsMs)),
      flagsCpuMs: median(warm.map((r) => r.flagsCpuMs)),
      totalsCpuMs: median(warm.map((r) => r.totalsCpuMs)),
    },
    heapAboveBaselineMB: heap / MB,
    gcAvailable,
  };
}
