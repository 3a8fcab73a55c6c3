// Import through the add-in's own gateway (previewImport + applyImport) and the same import the
// naive way (one context.sync() per written row), both with the REAL Excel client against the
// host emulator. Round trips and bytes come from the host's wire counters; times are local.
import type { PersonalPlan, Round } from '../../src/core/model';
import { TAB_NAMES } from '../../src/core/tabs';
import type { HostStats } from '../../src/host';
import { openBenchWorkbook } from './workbook';

export interface Leg {
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

export interface OursResult {
  plans: number;
  existingRows: number;
  preview: Leg;
  apply: Leg;
  total: Leg;
  rowsWritten: number;
}

export interface NaiveResult {
  plans: number;
  existingRows: number;
  total: Leg;
  rowsWritten: number;
}

function leg(s: HostStats, ms: number): Leg {
  return {
    roundTrips: s.roundTrips,
    requestBytes: s.requestBytes,
    responseBytes: s.responseBytes,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: s.maxResponseBytes,
    ms,
  };
}

function sum(a: Leg, b: Leg): Leg {
  return {
    roundTrips: a.roundTrips + b.roundTrips,
    requestBytes: a.requestBytes + b.requestBytes,
    responseBytes: a.responseBytes + b.responseBytes,
    maxRequestBytes: Math.max(a.maxRequestBytes, b.maxRequestBytes),
    maxResponseBytes: Math.max(a.maxResponseBytes, b.maxResponseBytes),
    ms: a.ms + b.ms,
  };
}

/**
 * `latencyMs`: a delay the host adds to every request (a simulated network round trip). `rounds`:
 * each plan's round (a mixed batch, written into several tabs in the same apply); default all PLAN.
 */
export async function importOurs(
  plans: PersonalPlan[],
  existingRows: number,
  latencyMs = 0,
  rounds?: Round[],
): Promise<OursResult> {
  const { host, gateway } = await openBenchWorkbook(existingRows);
  host.latencyMs = latencyMs;
  let t = performance.now();
  const preview = await gateway.previewImport(plans, rounds ? { perPlan: rounds } : 'plan');
  if (rounds && preview.people.some((p, i) => p.round !== rounds[i]))
    throw new Error('the preview did not keep the rounds asked for');
  const previewLeg = leg(host.stats, performance.now() - t);
  host.resetStats();
  t = performance.now();
  const result = await gateway.applyImport(preview);
  const applyLeg = leg(host.stats, performance.now() - t);
  if (result.status !== 'written') throw new Error(`import was ${result.status}, expected written`);
  const expected = plans.reduce((n, p) => n + p.activities.length, 0);
  if (result.rowsWritten !== expected)
    throw new Error(`wrote ${result.rowsWritten} rows, expected ${expected}`);
  host.uninstall();
  return {
    plans: plans.length,
    existingRows,
    preview: previewLeg,
    apply: applyLeg,
    total: sum(previewLeg, applyLeg),
    rowsWritten: result.rowsWritten,
  };
}

function activityRow(name: string, a: PersonalPlan['activities'][number]): (string | number)[] {
  return [
    name,
    a.training.code ?? a.training.raw,
    a.activity,
    a.targetGroup,
    a.unit,
    a.plannedDate.raw,
    a.plannedNumber.value ?? a.plannedNumber.raw,
    a.status.raw,
    a.doneDate.raw,
    a.reached.value ?? a.reached.raw,
    a.comment,
  ];
}

/**
 * What a naive add-in does: find the first free row once, then for every plan write its contact
 * row and each activity row with its own `getRange(row).values = …; await context.sync()`.
 */
export async function importNaive(
  plans: PersonalPlan[],
  existingRows: number,
  latencyMs = 0,
): Promise<NaiveResult> {
  const { host } = await openBenchWorkbook(existingRows);
  host.latencyMs = latencyMs;
  const t = performance.now();
  let rowsWritten = 0;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const target = sheets.getItem(TAB_NAMES.plan);
    const contacts = sheets.getItem(TAB_NAMES.contacts);
    const usedTarget = target.getUsedRange();
    const usedContacts = contacts.getUsedRange();
    usedTarget.load('rowCount');
    usedContacts.load('rowCount');
    await context.sync();
    let row = usedTarget.rowCount + 1;
    let contactRow = usedContacts.rowCount + 1;
    for (const p of plans) {
      const c = p.contact;
      contacts.getRange(`A${contactRow}:H${contactRow}`).values = [
        [c.name, c.title, c.unit, c.region, c.email, c.phone, c.trainingsRaw, '2017-01-20'],
      ];
      contactRow++;
      await context.sync();
      for (const a of p.activities) {
        target.getRange(`A${row}:K${row}`).values = [activityRow(c.name, a)];
        row++;
        rowsWritten++;
        await context.sync();
      }
    }
  });
  const total = leg(host.stats, performance.now() - t);
  host.uninstall();
  return { plans: plans.length, existingRows, total, rowsWritten };
}
