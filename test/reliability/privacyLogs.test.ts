// No personal data in console output: an import, a check, an induced write failure and an undo,
// with every console method watched; no plan name, e-mail or phone may appear in what is logged.
import { plan } from '../core/import/planFactory';
import { open, TEMPLATE } from './support';

const SECRET = {
  name: 'Zlatana Personsdotter',
  email: 'zlatana.hemlig@vardcentral.example',
  phone: '070-999 88 77',
  activity: 'Hemligt aktivitetsnamn',
};
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

let logged: string[] = [];
let spies: jest.SpyInstance[] = [];

beforeEach(() => {
  logged = [];
  spies = METHODS.map((m) =>
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
    }),
  );
});

afterEach(() => {
  for (const s of spies) s.mockRestore();
});

function safeJson(a: unknown): string {
  try {
    return a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ''}` : JSON.stringify(a);
  } catch {
    return String(a);
  }
}

function expectNoPersonalData(): void {
  const all = logged.join('\n');
  for (const v of Object.values(SECRET)) expect(all).not.toContain(v);
  expect(all).not.toContain('Zlatana');
}

const thePlan = () =>
  plan({
    name: SECRET.name,
    email: SECRET.email,
    phone: SECRET.phone,
    activities: [{ activity: SECRET.activity, plannedNumber: 'ca 5' }],
  });

test('import, check and undo log nothing about the person', async () => {
  const { gateway } = await open(TEMPLATE);
  await gateway.applyImport(await gateway.previewImport([thePlan()]));
  await gateway.check();
  await gateway.refreshTotals();
  await gateway.undoLastImport(true);
  expectNoPersonalData();
});

test('a write Excel stops part-way (rolled back) logs nothing about the person', async () => {
  const { host, gateway } = await open(TEMPLATE);
  const preview = await gateway.previewImport([thePlan()]);
  let batch = 0;
  host.beforeBatch = () => {
    if (batch === 1) host.failNextBatchAt(20);
    batch++;
  };
  const e = await gateway.applyImport(preview).catch((x: unknown) => x);
  host.beforeBatch = undefined;
  expect(e).toBeInstanceOf(Error);
  expectNoPersonalData();
});

test('a stale write and an undo conflict log nothing about the person', async () => {
  const { host, gateway } = await open(TEMPLATE);
  const preview = await gateway.previewImport([thePlan()]);
  let once = true;
  host.beforeBatch = (h) => {
    if (once) h.setValues('2. Saml kontaktuppg', 'A10', [['Någon annan']]);
    once = false;
  };
  const stale = await gateway.applyImport(preview);
  host.beforeBatch = undefined;
  expect(stale.status).toBe('stale');
  await gateway.applyImport(stale.newPreview!);
  const rows = host.values('3.a Saml pers spr-plan PLAN', 'C1:C40').map((r) => r[0]);
  const at = rows.indexOf(SECRET.activity) + 1;
  expect(at).toBeGreaterThan(0);
  host.setValues('3.a Saml pers spr-plan PLAN', `C${at}`, [['ändrad']]);
  expect((await gateway.undoLastImport()).status).toBe('conflict');
  expectNoPersonalData();
});

test('a re-import stopped at any action (rows inserted and moved) logs nothing about the person', async () => {
  const { host, gateway } = await open(TEMPLATE);
  const other = plan({ name: 'Annan Person', activities: [{}] });
  await gateway.applyImport(await gateway.previewImport([thePlan(), other]));
  const more = plan({
    name: SECRET.name,
    email: SECRET.email,
    phone: SECRET.phone,
    activities: [{ activity: SECRET.activity }, { activity: SECRET.activity }, { activity: SECRET.activity }],
  });
  const preview = await gateway.previewImport([more]);
  const sizes: number[] = [];
  host.onBatch = (i) => sizes.push(i.actions);
  await gateway.applyImport(preview);
  host.onBatch = undefined;
  await gateway.undoLastImport(true);
  for (let at = 0; at < sizes[1]; at += 3) {
    let batch = 0;
    host.beforeBatch = () => {
      if (batch === 1) host.failNextBatchAt(at);
      batch++;
    };
    await gateway.applyImport(await gateway.previewImport([more])).catch(() => undefined);
    host.beforeBatch = undefined;
  }
  expectNoPersonalData();
}, 120_000);
