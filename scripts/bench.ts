// `npm run bench`: what the add-in costs, measured. Prints tables with the targets beside the
// figures (✓/✗) and writes bench/results.json. Not part of the tests. Sections:
//   1. import of 1/10/100/500 plans into the template holding 0 and 5,000 rows, through the
//      REAL Excel client and the host emulator (profile 'web'): round trips, bytes, time;
//   2. the same import done naively (one context.sync() per row) and the ratios, with the
//      estimated time in Excel on the web at 150 ms per round trip;
//   3. core: reading 200 mixed plans; flags + totals on a generated log;
//   4. the task pane's initial bundle (gzip) and time to first render in headless Chromium;
//   5. workbook files: reading a 10 MB workbook and saving it after an import, time and peak memory;
//   6. hostile inputs (bombs, huge pastes): time to the refusal or the reading.
// Run: node --expose-gc -r ./scripts/ts-register.cjs scripts/bench.ts [--skip-browser] [--quick]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchFlagsTotals, benchRead, type FlagsTotalsResult, type ReadResult } from './bench/coreBench';
import { buildTaskpane, type BundleResult } from './bench/bundle';
import { firstRenderUnavailable, measureFirstRender, type FirstRenderResult } from './bench/firstRender';
import { importNaive, importOurs, type NaiveResult, type OursResult } from './bench/importBench';
import { benchFiles } from './bench/fileBench';
import { benchHostile } from './bench/hostileBench';
import { measurePeak, type PeakResult } from './bench/peakMemory';
import { generatePlans } from './bench/plans';
import { kb, mark, ms, table } from './bench/table';

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results.json');
const WEB_ROUND_TRIP_MS = 150;
const WEB_LIMIT = 5 * 1024 * 1024;
const TARGETS = {
  importRoundTrips: 4,
  importMs500: 2000,
  naiveRatio: 50,
  flagsTotalsMs: 50,
  bundleGzipBytes: 300 * 1024,
  firstRenderMs: 1000,
  fileReadMs: 8000,
  fileSaveMs: 8000,
  fileMaxRssMB: 1536,
  hostileMs: 2000,
};

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const PLAN_COUNTS = quick ? [1, 10, 100] : [1, 10, 100, 500];
const EXISTING = [0, 5000];

function out(s = ''): void {
  process.stdout.write(`${s}\n`);
}

function machine() {
  const load = os.loadavg();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage1m: Math.round(load[0] * 10) / 10,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

function estWeb(roundTrips: number, localMs: number): number {
  return roundTrips * WEB_ROUND_TRIP_MS + localMs;
}

async function main(): Promise<void> {
  const m = machine();
  out(`Spridningslogg benchmark — ${m.date}`);
  out(
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, load average (1 min) ${m.loadAverage1m}`,
  );
  const results: Record<string, unknown> = {
    machine: m,
    targets: TARGETS,
    webRoundTripMs: WEB_ROUND_TRIP_MS,
  };

  // ---- 3. core first, so its first call is cold as in a freshly opened pane.
  out('\n## Core (no Excel)\n');
  // 55 people: every tenth has no plan, so 50 × 10 rows × 3 round tabs = 1,500 rows (the target case).
  const flags50 = benchFlagsTotals(55, 10);
  const flags150 = benchFlagsTotals(150, 10);
  const read: ReadResult = benchRead(200);
  results.core = { read, flagsTotals: [flags50, flags150] };
  const ftRow = (label: string, r: FlagsTotalsResult) => {
    const cold = r.cold.flagsMs + r.cold.totalsMs;
    const warm = r.warmMedian.flagsMs + r.warmMedian.totalsMs;
    return [
      label,
      `${r.rows} rows (${r.people} people × ${r.rowsPerPersonPerTab} × 3 tabs), ${r.flags} flags`,
      `${ms(r.cold.flagsMs)} + ${ms(r.cold.totalsMs)} = ${ms(cold)} (CPU ${ms(r.cold.flagsCpuMs + r.cold.totalsCpuMs)})`,
      `${ms(r.warmMedian.flagsMs)} + ${ms(r.warmMedian.totalsMs)} = ${ms(warm)} (CPU ${ms(r.warmMedian.flagsCpuMs + r.warmMedian.totalsCpuMs)})`,
      `${r.heapAboveBaselineMB.toFixed(1)} MB`,
      `< ${TARGETS.flagsTotalsMs} ms: cold ${mark(cold < TARGETS.flagsTotalsMs)} warm ${mark(warm < TARGETS.flagsTotalsMs)}`,
    ];
  };
  out(
    table(
      ['step', 'input', 'first call (wall)', 'later calls, median (wall)', 'heap', 'target'],
      [
        [
          'read plans',
          `200 plans (docx + html + text fixtures, cycled)`,
          `${ms(read.ms)} (${read.msPerPlan.toFixed(1)} ms/plan)`,
          '–',
          `${read.heapAboveBaselineMB.toFixed(1)} MB`,
          '–',
        ],
        ftRow('flags + totals', flags50),
        ftRow('flags + totals (stress)', flags150),
      ],
    ),
  );
  out(
    `Heap: heapUsed above a baseline taken after ${m.gcExposed ? 'a full GC (--expose-gc)' : 'no GC (run with --expose-gc for a clean baseline)'}, sampled after each step (a lower bound of the peak). CPU = process.cpuUsage (user + system).`,
  );
  // Peak memory, each step in a fresh process (so also a cold first call) traced with --trace-gc.
  const peakSteps = [
    { label: 'flags + totals, 1500 rows', step: 'flags-totals', arg: 55 },
    { label: 'flags + totals, 4050 rows', step: 'flags-totals', arg: 150 },
    { label: 'read 200 plans', step: 'read-plans', arg: 200 },
  ] as const;
  const peaks: (PeakResult & { label: string })[] = peakSteps.map((s) => ({
    label: s.label,
    ...measurePeak(s.step, s.arg),
  }));
  results.corePeak = peaks;
  out('');
  out(
    table(
      ['step (fresh process)', 'time', 'peak heap above start', 'held at end', 'collections during'],
      peaks.map((p) => [
        p.label,
        ms(p.ms),
        `${p.peakMB.toFixed(1)} MB`,
        `${p.endMB.toFixed(1)} MB`,
        String(p.collections),
      ]),
    ),
  );
  out(
    'Peak: the largest V8 heap before a garbage collection during the step (node --trace-gc), or at its end, above the heap at its start after a full GC.',
  );

  // ---- 6. hostile inputs: the reliability tests prove the answer; this measures its time.
  out('\n## Hostile inputs (core readers)\n');
  const hostile = benchHostile();
  results.hostile = hostile;
  out(
    table(
      ['input', 'answer', 'time', 'target'],
      hostile.map((h) => [
        h.label,
        h.answer,
        ms(h.ms),
        `< ${TARGETS.hostileMs} ms ${mark(h.ms < TARGETS.hostileMs)}`,
      ]),
    ),
  );

  // ---- 1 + 2. import, ours and naive.
  out('\n## Import through the real Excel client and the host emulator (profile web)\n');
  const ours: OursResult[] = [];
  const naive: NaiveResult[] = [];
  for (const existing of EXISTING)
    for (const n of PLAN_COUNTS) {
      const plans = generatePlans(n);
      ours.push(await importOurs(plans, existing));
      naive.push(await importNaive(plans, existing));
      process.stderr.write(`  import ${n} plans into ${existing} rows: done\n`);
    }
  results.import = { ours, naive };
  const totalsTrips = new Set(ours.map((r) => r.total.roundTrips));
  out(
    table(
      [
        'plans',
        'rows before',
        'round trips preview + apply = sum',
        'request bytes (max one)',
        'response bytes (max one)',
        'local time',
        'est. web (150 ms/trip)',
        'preview + apply ≤ 4 trips',
        'requests ≤ 5 MB',
      ],
      ours.map((r) => [
        r.plans,
        r.existingRows,
        `${r.preview.roundTrips} + ${r.apply.roundTrips} = ${r.total.roundTrips}`,
        `${kb(r.total.requestBytes)} (${kb(r.total.maxRequestBytes)})`,
        `${kb(r.total.responseBytes)} (${kb(r.total.maxResponseBytes)})`,
        `${ms(r.preview.ms)} + ${ms(r.apply.ms)} = ${ms(r.total.ms)}`,
        ms(estWeb(r.total.roundTrips, r.total.ms)),
        mark(r.total.roundTrips <= TARGETS.importRoundTrips),
        mark(Math.max(r.total.maxRequestBytes, r.total.maxResponseBytes) <= WEB_LIMIT),
      ]),
    ),
  );
  out(
    `Round trips constant over plans and rows: ${mark(totalsTrips.size === 1)} (${[...totalsTrips].join(', ')} per import, every request counted: the client's own clean-up too)`,
  );
  out(
    'Cold preview (a new gateway, as the CLI): 2 requests; in the pane, which reads the workbook on start, a preview is 1 (test/integration/roundTrips.test.ts).',
  );
  for (const r of ours.filter((x) => x.plans === 500))
    out(
      `500 plans into ${r.existingRows} rows end to end < 2 s here: ${mark(r.total.ms < TARGETS.importMs500)} (${ms(r.total.ms)})`,
    );

  out('\n## The same import, naive (one context.sync() per written row)\n');
  out(
    table(
      [
        'plans',
        'rows before',
        'naive round trips',
        'ours',
        'ratio',
        'naive local',
        'ours local',
        'naive est. web',
        'ours est. web',
        'time ratio (web)',
      ],
      naive.map((nv) => {
        const o = ours.find((x) => x.plans === nv.plans && x.existingRows === nv.existingRows)!;
        const nw = estWeb(nv.total.roundTrips, nv.total.ms);
        const ow = estWeb(o.total.roundTrips, o.total.ms);
        return [
          nv.plans,
          nv.existingRows,
          nv.total.roundTrips,
          o.total.roundTrips,
          `${(nv.total.roundTrips / o.total.roundTrips).toFixed(1)}×`,
          ms(nv.total.ms),
          ms(o.total.ms),
          ms(nw),
          ms(ow),
          `${(nw / ow).toFixed(1)}×`,
        ];
      }),
    ),
  );
  for (const nv of naive.filter((x) => x.plans === 100)) {
    const o = ours.find((x) => x.plans === 100 && x.existingRows === nv.existingRows)!;
    const ratio = nv.total.roundTrips / o.total.roundTrips;
    out(
      `≥ ${TARGETS.naiveRatio}× fewer round trips at 100 plans (${nv.existingRows} rows before): ${mark(ratio >= TARGETS.naiveRatio)} (${ratio.toFixed(1)}×)`,
    );
  }

  // The estimate checked against a simulation: the host waits 150 ms before answering each request.
  out(`\n## Simulated Excel on the web: ${WEB_ROUND_TRIP_MS} ms added to every request (host.latencyMs)\n`);
  const simulated: { who: string; plans: number; trips: number; ms: number; est: number }[] = [];
  const simulate = async (who: 'ours' | 'naive', n: number) => {
    const plans = generatePlans(n);
    const run = who === 'ours' ? importOurs : importNaive;
    const local = (who === 'ours' ? ours : naive).find((x) => x.plans === n && x.existingRows === 0)!;
    const r = await run(plans, 0, WEB_ROUND_TRIP_MS);
    simulated.push({
      who,
      plans: n,
      trips: r.total.roundTrips,
      ms: r.total.ms,
      est: estWeb(local.total.roundTrips, local.total.ms),
    });
  };
  for (const n of quick ? [1, 10, 100] : [1, 10, 100, 500]) await simulate('ours', n);
  for (const n of [1, 10]) await simulate('naive', n);
  results.simulatedWeb = simulated;
  out(
    table(
      ['import', 'plans', 'round trips', 'simulated wall time', 'estimate above'],
      simulated.map((x) => [x.who, x.plans, x.trips, ms(x.ms), ms(x.est)]),
    ),
  );
  out(
    'Into 0 rows. The naive import is simulated at 1 and 10 plans only (at 100 plans it would take ≈ 166 s); its larger figures are the estimate.',
  );

  // ---- 5. workbook files (before the browser: it has the machine to itself).
  out('\n## Workbook files (src/host/xlsx)\n');
  const files = benchFiles(quick ? 10_000 : 25_000);
  results.files = files;
  out(
    table(
      ['step (fresh process)', 'workbook', 'wall time', 'CPU', 'peak memory (max RSS)', 'targets'],
      [
        [
          'read',
          `${files.megabytes.toFixed(1)} MB, ${files.cells} cells, ${files.merges} merged areas, ${files.sharedStrings} shared strings`,
          ms(files.read.ms),
          ms(files.read.cpuMs),
          `${files.read.maxRssMB.toFixed(0)} MB`,
          `< ${TARGETS.fileReadMs / 1000} s ${mark(files.read.ms < TARGETS.fileReadMs)}, < ${TARGETS.fileMaxRssMB} MB ${mark(files.read.maxRssMB < TARGETS.fileMaxRssMB)}`,
        ],
        [
          'save after 10 rows inserted and written in a log tab',
          `${files.save.megabytes.toFixed(1)} MB written`,
          ms(files.save.ms),
          ms(files.save.cpuMs),
          `${files.save.maxRssMB.toFixed(0)} MB (read + save)`,
          `< ${TARGETS.fileSaveMs / 1000} s ${mark(files.save.ms < TARGETS.fileSaveMs)}, < ${TARGETS.fileMaxRssMB} MB ${mark(files.save.maxRssMB < TARGETS.fileMaxRssMB)}`,
        ],
      ],
    ),
  );
  out(
    'The workbook: scripts/bench/bigWorkbook.ts (six tabs of logs, one of 50,000 merged areas). The save moves every row below the insert and copies the other tabs as stored.',
  );

  // ---- 4. task pane.
  out('\n## Task pane\n');
  let bundle: BundleResult | null = null;
  try {
    bundle = await buildTaskpane();
    results.bundle = bundle;
    out(
      `Initial JS of the taskpane entry (gzip -9): ${kb(bundle.initial.gzipBytes)}  target ≤ 300 KB ${mark(bundle.initial.gzipBytes <= TARGETS.bundleGzipBytes)}  (production build took ${ms(bundle.buildMs)})`,
    );
    for (const f of bundle.initial.files) out(`  ${f.name}: ${kb(f.gzipBytes)}`);
    out('Lazy chunks (loaded when used):');
    for (const c of bundle.lazy)
      out(`  ${c.files.join(', ')}${c.names.length ? ` [${c.names.join(', ')}]` : ''}: ${kb(c.gzipBytes)}`);
    if (bundle.lazy.length === 0) out('  (none)');
  } catch (e) {
    out(`Bundle: not measured — the production build failed: ${(e as Error).message.split('\n')[0]}`);
    results.bundle = { error: (e as Error).message };
  }
  const why = args.has('--skip-browser')
    ? 'skipped (--skip-browser)'
    : bundle === null
      ? 'no build to load'
      : firstRenderUnavailable();
  if (why !== null) {
    out(`First render: not measured — ${why}`);
    results.firstRender = { notMeasured: why };
  } else {
    try {
      const fr: FirstRenderResult = await measureFirstRender(bundle!.outDir);
      results.firstRender = fr;
      out(
        `First render (navigation start → first heading "${fr.heading}" visible), headless Chromium, office.js answered locally: first load ${ms(fr.firstLoadMs)}, median of ${fr.loadsMs.length} ${ms(fr.medianMs)}  target < 1 s ${mark(fr.firstLoadMs < TARGETS.firstRenderMs)}`,
      );
      out(
        `  loads: ${fr.loadsMs.map(ms).join(', ')}; requests leaving the machine: ${fr.foreignRequests.length}`,
      );
    } catch (e) {
      out(`First render: not measured — ${(e as Error).message.split('\n')[0]}`);
      results.firstRender = { error: (e as Error).message };
    }
  }
  if (bundle) fs.rmSync(bundle.outDir, { recursive: true, force: true });

  (results.machine as { loadAverage1mAtEnd?: number }).loadAverage1mAtEnd =
    Math.round(os.loadavg()[0] * 10) / 10;
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  out(`\nWrote ${path.relative(ROOT, RESULTS)}; load average at the end ${os.loadavg()[0].toFixed(1)}.`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
