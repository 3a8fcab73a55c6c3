// A batch of plans, each in its own round: plans into 3.a and reports into 3.b/3.c in one apply,
// a round changed for one plan, the coordinator's answer when the deadlines cannot decide, what
// the result and the undo button say, and the re-import that does not pile up Kommentar notes.
import { createGateway } from '../../src/excel/createGateway';
import { TAB_NAMES } from '../../src/core/tabs';
import { plan } from '../core/import/planFactory';
import { NOW, open, shownError, TEMPLATE } from './helpers';

const PLAN = TAB_NAMES.plan;
const R1 = TAB_NAMES.aterrap1;
const R2 = TAB_NAMES.aterrap2;
const CONTACTS = TAB_NAMES.contacts;

const planned = (name: string) =>
  plan({ name, activities: [{ plannedNumber: '20-25' }, { plannedNumber: '10' }] });
const reported = (name: string) =>
  plan({
    name,
    activities: [{ plannedNumber: '20', status: 'klar', doneDate: '2017-01-12', reached: '18' }],
  });

const names = (sheet: string, range: string, host: Awaited<ReturnType<typeof open>>['host']) =>
  host
    .values(sheet, range)
    .map((r) => String(r[0]))
    .filter((v) => v !== '');

describe('a batch of plans and reports', () => {
  test('each plan is previewed in its suggested round and written into its own tab in one apply', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport([
      planned('Anna Ek'),
      reported('Bo Lund'),
      planned('Cilla Berg'),
    ]);
    expect(preview.people.map((p) => [p.person, p.index, p.round, p.suggestedRound, p.targetSheet])).toEqual([
      ['Anna Ek', 0, 'plan', 'plan', PLAN],
      ['Bo Lund', 1, 'aterrap1', 'aterrap1', R1],
      ['Cilla Berg', 2, 'plan', 'plan', PLAN],
    ]);
    expect(preview.targetSheets).toEqual({ plan: PLAN, aterrap1: R1 });
    expect(preview.rounds).toEqual(['plan', 'aterrap1', 'plan']);

    const result = await gateway.applyImport(preview);
    expect(result).toMatchObject({ status: 'written', rowsWritten: 5, rowsReplaced: 0 });
    expect(result.people).toEqual([
      { person: 'Anna Ek', round: 'plan', sheet: PLAN, rowsWritten: 2, rowsReplaced: 0, contact: 'new' },
      { person: 'Bo Lund', round: 'aterrap1', sheet: R1, rowsWritten: 1, rowsReplaced: 0, contact: 'new' },
      { person: 'Cilla Berg', round: 'plan', sheet: PLAN, rowsWritten: 2, rowsReplaced: 0, contact: 'new' },
    ]);
    expect(result.contacts).toEqual({ sheet: CONTACTS, added: 3, updated: 0 });
    expect(result.label).toEqual({ at: NOW.toISOString(), plans: 3 });
    expect(names(PLAN, 'A4:A20', host)).toEqual(['Anna Ek', 'Anna Ek', 'Cilla Berg', 'Cilla Berg']);
    expect(names(R1, 'A4:A20', host)).toEqual(['Bo Lund']);
    expect(names(R2, 'A4:A20', host)).toEqual([]);
    expect(names(CONTACTS, 'A4:A20', host)).toEqual(['Anna Ek', 'Bo Lund', 'Cilla Berg']);

    // The undo button's words come with the workbook when the pane opens again.
    const start = await createGateway({ now: () => NOW }).open();
    expect(start.lastImport).toEqual({ at: NOW.toISOString(), plans: 3 });
    // One undo takes all three tabs back.
    expect((await gateway.undoLastImport()).status).toBe('undone');
    expect(names(PLAN, 'A4:A20', host)).toEqual([]);
    expect(names(R1, 'A4:A20', host)).toEqual([]);
    expect((await createGateway({ now: () => NOW }).open()).lastImport).toBeNull();
  });

  test('one plan’s round changed before writing: it lands in that tab, the others stay', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const first = await gateway.previewImport([planned('Anna Ek'), reported('Bo Lund')]);
    const rounds = first.rounds.map((r, i) => (i === 1 ? ('aterrap2' as const) : r));
    const preview = await gateway.previewImport(first.plans, { perPlan: rounds });
    expect(preview.people.map((p) => [p.round, p.suggestedRound])).toEqual([
      ['plan', 'plan'],
      ['aterrap2', 'aterrap1'],
    ]);
    await gateway.applyImport(preview);
    expect(names(R2, 'A4:A20', host)).toEqual(['Bo Lund']);
    expect(names(R1, 'A4:A20', host)).toEqual([]);
    expect(names(PLAN, 'A4:A20', host)).toEqual(['Anna Ek', 'Anna Ek']);
  });

  test('the same person with a late plan and a report: both written, one contact row', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport([planned('Anna Ek'), reported('Anna Ek')]);
    expect(preview.people.map((p) => p.round)).toEqual(['plan', 'aterrap1']);
    expect(preview.problems).toEqual([]);
    const result = await gateway.applyImport(preview);
    expect(result.contacts).toEqual({ sheet: CONTACTS, added: 1, updated: 0 });
    expect(names(PLAN, 'A4:A20', host)).toEqual(['Anna Ek', 'Anna Ek']);
    expect(names(R1, 'A4:A20', host)).toEqual(['Anna Ek']);
    expect(names(CONTACTS, 'A4:A20', host)).toEqual(['Anna Ek']);
  });

  test('the deadlines past: a report is not guessed into a round; the answer decides', async () => {
    const { host } = await open(TEMPLATE);
    const gateway = createGateway({ now: () => new Date('2026-05-04T08:00:00Z') });
    const batch = [planned('Anna Ek'), reported('Bo Lund'), reported('Cilla Berg')];
    expect(await shownError(() => gateway.previewImport(batch))).toBe(
      'Planerna från Bo Lund och Cilla Berg har status ifylld, men datumen för återrapporteringarna i inställningarna har passerat, så det går inte att avgöra om de hör till återrapportering 1 eller 2. Välj omgång, eller rätta datumen under Inställningar.',
    );
    const preview = await gateway.previewImport(batch, { currentReport: 'aterrap2' });
    expect(preview.people.map((p) => [p.round, p.suggestedRound])).toEqual([
      ['plan', 'plan'],
      ['aterrap2', 'aterrap2'],
      ['aterrap2', 'aterrap2'],
    ]);
    // A round given for every plan needs no answer.
    const all = await gateway.previewImport(batch, 'aterrap1');
    expect(all.people.map((p) => p.round)).toEqual(['aterrap1', 'aterrap1', 'aterrap1']);
    await gateway.applyImport(preview);
    expect(names(R2, 'A4:A20', host)).toEqual(['Bo Lund', 'Cilla Berg']);
  });

  test('a re-import of a plan holding the log’s notes in Kommentar does not pile them up', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const first = plan({ name: 'Anna Ek', activities: [{ plannedNumber: 'ca 20', comment: 'Preliminärt' }] });
    await gateway.applyImport(await gateway.previewImport([first]));
    const written = String(host.values(PLAN, 'K4')[0][0]);
    expect(written).toBe('Preliminärt [Skrivet i planen: Planerat antal ”ca 20”]');
    // The plan comes back with the log's Kommentar pasted into it.
    const again = plan({ name: 'Anna Ek', activities: [{ plannedNumber: 'ca 20', comment: written }] });
    await gateway.applyImport(await gateway.previewImport([again]));
    expect(host.values(PLAN, 'K4:K5')).toEqual([[written], ['']]);
  });
});
