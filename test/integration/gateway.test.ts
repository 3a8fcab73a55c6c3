// The production gateway (createGateway: the pane in Office, the workbench and the CLI all use
// it) answers every member of WorkbookGateway: it forwards each call, with its arguments and
// its result, to the Office.js gateway it loads once, and every member reaches the workbook.
// `EVERY_MEMBER` below is typed as exactly the interface's members, so a member added to
// WorkbookGateway and not exercised here is a compile error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAB_NAMES } from '../../src/core/tabs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createGateway } from '../../src/excel/createGateway';
import type { ImportPreview, WorkbookGateway } from '../../src/excel/gateway';
import { GATEWAY_MEMBERS, lazyGateway } from '../../src/excel/lazyGateway';
import { createGateway as workbenchGateway } from '../../src/workbench/gateway';
import type { ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { NOW, open, ROOT, TEMPLATE } from './helpers';

type Scenario = { [K in keyof WorkbookGateway]: (g: WorkbookGateway, host: ExcelHost) => Promise<void> };

const PLAN_TAB = TAB_NAMES.plan;
const OVERALL_FILE = path.join(ROOT, 'test', 'fixtures', 'overall', 'clean.xlsx');

/** Every member, called through a gateway in this order, each checked against the workbook. */
function everyMember(): Scenario {
  let preview: ImportPreview | null = null;
  return {
    open: async (g) => {
      const start = await g.open();
      expect(start.info.tabs.find((t) => t.kind === 'plan')?.sheet).toBe(PLAN_TAB);
      expect(start.canUndo).toBe(false);
    },
    inspect: async (g) => {
      const tabs = (await g.inspect()).tabs;
      expect(tabs.filter((t) => t.sheet === null).map((t) => t.kind)).toEqual(['summary']);
    },
    getSettings: async (g) => {
      expect(await g.getSettings()).toEqual(DEFAULT_SETTINGS);
    },
    saveSettings: async (g) => {
      await g.saveSettings({ ...DEFAULT_SETTINGS, programmeYear: 2018 });
      expect((await g.getSettings()).programmeYear).toBe(2018);
      await g.saveSettings(DEFAULT_SETTINGS);
    },
    addTrainingAlias: async (g) => {
      const saved = await g.addTrainingAlias('HiS2', 'Hälsoinfo grund');
      expect(saved.catalogue.find((t) => t.code === 'HiS2')?.aliases).toContain('Hälsoinfo grund');
      expect((await g.getSettings()).catalogue).toEqual(saved.catalogue);
      await g.saveSettings(DEFAULT_SETTINGS);
    },
    saveColumnMapping: async (g) => {
      await g.saveColumnMapping('plan', 'comment', 'Kommentar');
      expect((await g.inspect()).tabs.find((t) => t.kind === 'plan')?.missingColumns).toEqual([]);
    },
    createTab: async (g) => {
      // The template has every tab: the gateway says so instead of adding a second one.
      await expect(g.createTab('plan')).rejects.toMatchObject({ code: 'tab-exists' });
    },
    previewImport: async (g) => {
      preview = await g.previewImport([plan({ name: 'Anna Lindqvist', activities: [{}, {}] })], 'plan');
      expect(preview.people.map((p) => [p.person, p.rowsToWrite])).toEqual([['Anna Lindqvist', 2]]);
    },
    applyImport: async (g, host) => {
      expect((await g.applyImport(preview!)).status).toBe('written');
      expect(host.values(PLAN_TAB, 'A4:A5')).toEqual([['Anna Lindqvist'], ['Anna Lindqvist']]);
    },
    hasUndo: async (g) => {
      expect(await g.hasUndo()).toBe(true);
    },
    readLog: async (g) => {
      const { snapshot } = await g.readLog();
      expect(snapshot.rounds.plan?.map((r) => r.person)).toEqual(['Anna Lindqvist', 'Anna Lindqvist']);
      expect(snapshot.overall?.map((a) => a.person)).toEqual(['Anna Lindqvist', 'Bo Ek']);
    },
    check: async (g) => {
      const { flags, overall } = await g.check('plan');
      expect(flags.filter((f) => f.code === 'plan-not-received').map((f) => f.person)).toEqual(['Bo Ek']);
      expect(overall).toEqual({ kind: 'tab', sheet: TAB_NAMES.overall });
    },
    markHandled: async (g) => {
      const bo = (await g.check('plan')).flags.find((f) => f.code === 'plan-not-received')!;
      await g.markHandled(bo, 'Föräldraledig till mars');
      const again = (await g.check('plan')).flags.find((f) => f.code === 'plan-not-received');
      expect(again?.handled).toEqual({ note: 'Föräldraledig till mars', on: '2017-01-20' });
    },
    unmarkHandled: async (g) => {
      const bo = (await g.check('plan')).flags.find((f) => f.code === 'plan-not-received')!;
      await g.unmarkHandled(bo);
      expect(
        (await g.check('plan')).flags.find((f) => f.code === 'plan-not-received')?.handled,
      ).toBeUndefined();
    },
    reminderList: async (g) => {
      // With the address of the overall plan: what the pane in Excel did not get before.
      expect(await g.reminderList()).toEqual({
        round: 'plan',
        recipients: [{ name: 'Bo Ek', email: 'bo@example.se' }],
        overall: { kind: 'tab', sheet: TAB_NAMES.overall },
      });
    },
    refreshTotals: async (g, host) => {
      const totals = await g.refreshTotals();
      expect(totals.grandTotal.goal).toBe(30);
      expect(host.sheetNames()).toContain(totals.sheet);
    },
    refreshStatus: async (g, host) => {
      const status = await g.refreshStatus('aterrap1');
      expect(status.report.total.goal).toBe(30);
      const totals = await g.refreshTotals();
      expect(status.report.total.planned).toBe(totals.grandTotal.planned);
      expect(status.printSetUp).toBe(true);
      expect(host.sheetNames()).toContain(status.sheet);
    },
    setOverallPlanFile: async (g) => {
      await g.setOverallPlanFile(new Uint8Array(fs.readFileSync(OVERALL_FILE)), 'clean.xlsx');
      const fromFile = (await g.readLog()).snapshot.overall ?? [];
      expect(fromFile.length).toBeGreaterThan(0);
      expect(fromFile.every((a) => a.sheet.startsWith('clean.xlsx – '))).toBe(true);
      await g.setOverallPlanFile(null);
      expect((await g.readLog()).snapshot.overall?.[0]?.sheet).toBe(TAB_NAMES.overall);
    },
    copyOverallFileToLog: async (g, host) => {
      await expect(g.copyOverallFileToLog()).rejects.toMatchObject({ msg: { code: 'overall-copy-no-file' } });
      const info = await g.setOverallPlanFile(new Uint8Array(fs.readFileSync(OVERALL_FILE)), 'clean.xlsx');
      // The log's tab holds a plan: nothing is written without the user's word.
      const asked = await g.copyOverallFileToLog();
      expect(asked).toEqual({ status: 'tab-has-plan', sheet: TAB_NAMES.overall, assignments: 2 });
      expect(host.values(TAB_NAMES.overall, 'C4')).toEqual([['Anna Lindqvist']]);
      const copied = await g.copyOverallFileToLog(true);
      expect(copied).toEqual({ status: 'copied', sheet: TAB_NAMES.overall, assignments: info!.assignments });
      // From then on the tab is the overall plan, read as the file was.
      const fromTab = (await g.readLog()).snapshot.overall ?? [];
      expect(fromTab.length).toBe(info!.assignments);
      expect(fromTab.every((a) => a.sheet === TAB_NAMES.overall)).toBe(true);
    },
    selectCell: async (g, host) => {
      await g.selectCell(PLAN_TAB, 'C5');
      expect(host.selection?.sheet).toBe(PLAN_TAB);
      expect(host.selection?.address.replace(/\$/g, '')).toBe('C5');
    },
    undoLastImport: async (g, host) => {
      expect((await g.undoLastImport()).status).toBe('undone');
      expect(host.values(PLAN_TAB, 'A4:A5')).toEqual([[''], ['']]);
    },
  };
}

async function openWithOverallPlan(): Promise<ExcelHost> {
  const { host } = await open(TEMPLATE);
  // The overall plan typed into the template's tab (header on row 3, columns A–G).
  host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 20, 'vt 2017', ''],
    ['HiS6', 'VC Norr', 'Bo Ek', 'bo@example.se', 10, 'vt 2017', ''],
  ]);
  return host;
}

test('the list of members is exactly the interface’s', () => {
  expect([...GATEWAY_MEMBERS].sort()).toEqual(Object.keys(everyMember()).sort());
});

test.each([
  ['the pane’s and the CLI’s (createGateway)', () => createGateway({ now: () => NOW })],
  ['the workbench’s', () => workbenchGateway({ now: () => NOW })],
])(
  'every member reaches the workbook through %s gateway',
  async (_name, make) => {
    const host = await openWithOverallPlan();
    const gateway = make();
    for (const [name, call] of Object.entries(everyMember())) {
      try {
        await call(gateway, host);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
      }
    }
  },
  60_000,
);

test('each call goes to the loaded gateway with its arguments and brings its result back', async () => {
  const calls: { name: string; args: unknown[]; self: unknown }[] = [];
  const target = new Proxy({} as WorkbookGateway, {
    // Not a thenable (a promise resolving to it would call its `then`); every other name a member.
    get: (_t, name) =>
      name === 'then'
        ? undefined
        : function (this: unknown, ...args: unknown[]) {
            calls.push({ name: String(name), args, self: this });
            return Promise.resolve(`result of ${String(name)}`);
          },
  });
  const { gateway } = lazyGateway(() => Promise.resolve(target));
  for (const name of GATEWAY_MEMBERS) {
    const args = [{ name }, 2, null];
    const call = gateway[name] as unknown as (...a: unknown[]) => Promise<unknown>;
    expect(await call(...args)).toBe(`result of ${name}`);
    const last = calls[calls.length - 1];
    expect(last.name).toBe(name);
    expect(last.args).toHaveLength(3);
    expect(last.args[0]).toBe(args[0]); // the same object: a preview stays the preview the apply knows
    expect(last.self).toBe(target);
  }
  expect(calls).toHaveLength(GATEWAY_MEMBERS.length);
  // Nothing else is offered (a caller that asks for an unknown member gets nothing to call).
  expect((gateway as unknown as Record<string, unknown>).reminders).toBeUndefined();
});

test('the implementation is loaded once, while the first calls wait for it', async () => {
  await open(TEMPLATE);
  let loads = 0;
  let release: () => void = () => undefined;
  const ready = new Promise<void>((r) => (release = r));
  const lazy = lazyGateway(async () => {
    loads++;
    await ready;
    const m = await import('../../src/excel/officeGateway');
    return new m.OfficeWorkbookGateway({ now: () => NOW });
  });
  lazy.preload();
  const first = lazy.gateway.hasUndo();
  const second = lazy.gateway.getSettings();
  release();
  expect(await first).toBe(false);
  expect(await second).toEqual(DEFAULT_SETTINGS);
  expect(await lazy.gateway.hasUndo()).toBe(false);
  expect(loads).toBe(1);
});

test('a load that fails fails the call with its error, and the next call loads again', async () => {
  await open(TEMPLATE);
  let loads = 0;
  const lazy = lazyGateway(async () => {
    loads++;
    if (loads === 1) throw new Error('chunk failed');
    const m = await import('../../src/excel/officeGateway');
    return new m.OfficeWorkbookGateway({ now: () => NOW });
  });
  lazy.preload();
  await expect(lazy.gateway.hasUndo()).rejects.toThrow('chunk failed');
  expect(await lazy.gateway.hasUndo()).toBe(false);
  expect(loads).toBe(2);
});
