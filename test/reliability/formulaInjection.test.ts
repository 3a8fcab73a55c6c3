// Formula injection: text from a plan that Excel would take as a formula (=, +, -, @, DDE) is
// written as that literal text in every field, through the real readers, preview and write.
import type { ExcelHost } from '../../src/host';
import {
  CONTACTS_TAB,
  importInto,
  planDocx,
  planHtml,
  planOf,
  planText,
  PLAN_TAB,
  readDocx,
  readHtml,
  readText,
  type PlanFields,
} from './support';

const PAYLOADS = ['=HYPERLINK("http://x","klick")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)', '=1+1'];
const TEXT_FIELDS: (keyof PlanFields)[] = [
  'title',
  'unit',
  'region',
  'email',
  'phone',
  'activity',
  'targetGroup',
  'actUnit',
  'comment',
];

/** Every cell of the workbook that holds a formula, as "sheet!A1 formula". */
function formulas(host: ExcelHost): string[] {
  const snap = host.snapshot() as { sheets: { name: string; cells: Record<string, { formula?: string }> }[] };
  return snap.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, c]) => c.formula !== undefined)
      .map(([a, c]) => `${s.name}!${a} ${c.formula}`),
  );
}

function rowTexts(host: ExcelHost, sheet: string, range: string): string[] {
  return host.values(sheet, range)[0].map(String);
}

describe.each(PAYLOADS)('payload %s', (payload) => {
  test('in every text field of a pasted plan: written as literal text, no new formula anywhere', async () => {
    const over = Object.fromEntries(TEXT_FIELDS.map((k) => [k, payload])) as Partial<PlanFields>;
    const plan = planOf(readText(planText(over)));
    expect(plan.activities).toHaveLength(1);
    const { host, result } = await importInto([plan]);
    expect(result.status).toBe('written');
    // The template's own formulas are all there is: nothing from the plan became one.
    const { host: fresh } = await importInto([]);
    expect(formulas(host).filter((f) => !f.startsWith('_spridningslogg'))).toEqual(formulas(fresh));
    for (const a of ['B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'K4'])
      expect(host.cell(PLAN_TAB, a)?.formula).toBeUndefined();
    for (const a of ['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4'])
      expect(host.cell(CONTACTS_TAB, a)?.formula).toBeUndefined();
    // Title, unit, region, e-mail, phone of tab 2 and activity, target group, unit of 3.a: the exact text.
    expect(rowTexts(host, CONTACTS_TAB, 'B4:F4')).toEqual([payload, payload, payload, payload, payload]);
    expect(rowTexts(host, PLAN_TAB, 'C4:E4')).toEqual([payload, payload, payload]);
    expect(String(host.cell(PLAN_TAB, 'K4')?.value)).toContain(payload);
  });

  test('as the name: the yellow cell and tab 2 hold text, never a formula', async () => {
    const plan = planOf(readText(planText({ name: payload })));
    const { host, result } = await importInto([plan]);
    expect(result.status).toBe('written');
    expect(host.cell(PLAN_TAB, 'A4')?.formula).toBeUndefined();
    expect(host.cell(CONTACTS_TAB, 'A4')?.formula).toBeUndefined();
    // A title glued on after a comma is not part of the name (domain rule), so the name is the
    // text before the first comma; whatever it is, it is the same literal text in both tabs.
    expect(host.cell(PLAN_TAB, 'A4')?.value).toBe(plan.contact.name);
    expect(host.cell(CONTACTS_TAB, 'A4')?.value).toBe(plan.contact.name);
    expect(payload.startsWith(plan.contact.name)).toBe(true);
  });

  test('as training, numbers and dates: never a formula; the unreadable text is kept as written', async () => {
    const plan = planOf(
      readText(
        planText({ training: payload, trainings: payload, plannedNumber: payload, plannedDate: payload }),
      ),
    );
    const { host } = await importInto([plan]);
    for (const a of ['B4', 'F4', 'G4', 'K4']) expect(host.cell(PLAN_TAB, a)?.formula).toBeUndefined();
    expect(host.cell(CONTACTS_TAB, 'G4')?.formula).toBeUndefined();
    expect(host.cell(CONTACTS_TAB, 'G4')?.value).toBe(payload);
    for (const a of ['B4', 'F4', 'G4']) expect(host.cell(PLAN_TAB, a)?.value).toBe(payload);
  });
});

test.each([
  ['Word HTML', () => planOf(readHtml(planHtml({ activity: '=1+1', comment: '@SUM(1)', email: '+1+1' })))],
  [
    '.docx',
    () => planOf(readDocx(planDocx({ activity: '=1+1', comment: '@SUM(1)', email: '+1+1' }), 'plan.docx')),
  ],
])('from %s the same payloads are written as text', async (_kind, read) => {
  const { host } = await importInto([read()]);
  expect(host.cell(PLAN_TAB, 'C4')).toMatchObject({ value: '=1+1' });
  expect(host.cell(PLAN_TAB, 'C4')?.formula).toBeUndefined();
  expect(String(host.cell(PLAN_TAB, 'K4')?.value)).toContain('@SUM(1)');
  expect(host.cell(CONTACTS_TAB, 'E4')).toMatchObject({ value: '+1+1' });
  expect(host.cell(CONTACTS_TAB, 'E4')?.formula).toBeUndefined();
});
