// The import into our own template (assets/template.xlsx): rounds, round trips, a co-author's
// edit between preview and write, undo after the file was saved and reopened, undo conflicts,
// the desktop-2019 API level, cell edit mode, and a write larger than Excel on the web takes.
import { ExcelHost } from '../../src/host';
import { createGateway } from '../../src/excel/createGateway';
import { TAB_NAMES } from '../../src/core/tabs';
import { plan, type ActivityInput } from '../core/import/planFactory';
import { NOW, open, shownError, TEMPLATE, without } from './helpers';

const PLAN = TAB_NAMES.plan;
const R1 = TAB_NAMES.aterrap1;
const CONTACTS = TAB_NAMES.contacts;
const JOURNAL = '_spridningslogg';

function people(
  n: number,
  activities: ActivityInput[] = [{ plannedNumber: '10' }, { plannedNumber: 'ca 5' }],
) {
  return Array.from({ length: n }, (_, i) =>
    plan({ name: `Person ${String(i + 1).padStart(3, '0')}`, activities }),
  );
}

describe('import into the template', () => {
  it('writes the plan round into 3.a from row 4 with the name in the yellow cells', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const before = host.snapshot();
    const preview = await gateway.previewImport([
      plan({
        name: 'Eva Ström',
        activities: [
          {
            training: 'HiS2',
            activity: 'Info',
            targetGroup: 'Alla',
            unit: 'Enhet 1',
            plannedDate: '15 mars',
            plannedNumber: '30',
          },
        ],
      }),
    ]);
    expect(preview.suggestedRound).toBe('plan');
    await gateway.applyImport(preview);
    expect(host.values(PLAN, 'A3:K5')).toEqual([
      [
        'Spridningsledare',
        'Utbildning',
        'Aktivitet',
        'Målgrupp',
        'Verksamhet',
        'Planerat datum',
        'Planerat antal',
        'Status',
        'Genomfört datum',
        'Antal nådda',
        'Kommentar',
      ],
      [
        'Eva Ström',
        'HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända',
        'Info',
        'Alla',
        'Enhet 1',
        42809,
        30,
        '',
        '',
        '',
        'Skrivet i planen: Planerat datum ”15 mars”',
      ],
      ['', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(host.cell(PLAN, 'A4')?.fill).toBe('#FFFF00');
    expect(host.values(CONTACTS, 'A4:H4')).toEqual([
      [
        'Eva Ström',
        'Kurator',
        'Vårdcentralen Norr',
        'Region Test',
        'eva.str.m@example.se',
        '070-123 45 67',
        'HiS6',
        42755,
      ],
    ]);
    expect(without(host.snapshot(), [PLAN, CONTACTS, JOURNAL])).toEqual(without(before, [PLAN, CONTACTS]));
  });

  it('suggests report 1 for plans with status before its deadline and writes canonical status words', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport([
      plan({
        name: 'Eva Ström',
        activities: [
          { plannedNumber: '20', status: 'klar', doneDate: '2017-01-12', reached: 'ca 18' },
          { plannedNumber: '10', status: 'inställd' },
          { plannedNumber: '10', status: 'planerad' },
        ],
      }),
    ]);
    expect(preview.round).toBe('aterrap1');
    expect(preview.targetSheet).toBe(R1);
    await gateway.applyImport(preview);
    expect(host.values(R1, 'G4:K6')).toEqual([
      [20, 'Genomförd', 42747, 18, 'Skrivet i planen: Status ”klar”; Antal nådda ”ca 18”'],
      [10, 'Ej genomförd', '', '', 'Skrivet i planen: Status ”inställd”'],
      [10, 'Planerad', '', '', ''],
    ]);
    expect(host.values(PLAN, 'A4:K4')).toEqual([['', '', '', '', '', '', '', '', '', '', '']]);
  });

  it('the user can choose another round than the one suggested', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport(people(1), 'aterrap2');
    expect(preview.suggestedRound).toBe('plan');
    expect(preview.round).toBe('aterrap2');
    await gateway.applyImport(preview);
    expect(host.values(TAB_NAMES.aterrap2, 'A4:A5')).toEqual([['Person 001'], ['Person 001']]);
  });

  it('costs the same number of round trips for 1 and 50 plans (≤ 4 to write, ≤ 3 to preview)', async () => {
    const trips: number[][] = [];
    for (const n of [1, 50]) {
      const { host, gateway } = await open(TEMPLATE);
      await gateway.applyImport(await gateway.previewImport(people(1)));
      host.resetStats();
      const preview = await gateway.previewImport([
        ...people(n),
        plan({ name: 'Person 001', activities: [{}, {}, {}] }),
      ]);
      const previewTrips = host.stats.roundTrips;
      host.resetStats();
      const result = await gateway.applyImport(preview);
      expect(result.status).toBe('written');
      trips.push([previewTrips, host.stats.roundTrips]);
    }
    expect(trips[0]).toEqual(trips[1]);
    expect(trips[0][0]).toBeLessThanOrEqual(3);
    expect(trips[0][1]).toBeLessThanOrEqual(4);
  });

  it('writes nothing and returns a new preview when the target rows changed after the preview', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await gateway.applyImport(await gateway.previewImport(people(2)));
    const preview = await gateway.previewImport(people(3));
    host.setValues(PLAN, 'C5', [['ändrat av en kollega']]);
    const before = host.snapshot();
    const result = await gateway.applyImport(preview);
    expect(result.status).toBe('stale');
    expect(result.rowsWritten).toBe(0);
    expect(result.newPreview?.people.map((p) => p.rowsToReplace)).toEqual([2, 2, 0]);
    expect(result.newPreview?.fingerprint).not.toBe(preview.fingerprint);
    expect(host.snapshot()).toEqual(before);
    // The new preview can be written.
    expect((await gateway.applyImport(result.newPreview!)).status).toBe('written');
  });

  it('a co-author’s edit that lands just before the write’s first batch also makes it stale', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport(people(1));
    let once = true;
    host.beforeBatch = (h) => {
      if (once) h.setValues(CONTACTS, 'A10', [['Någon annan']]);
      once = false;
    };
    const result = await gateway.applyImport(preview);
    host.beforeBatch = undefined;
    expect(result.status).toBe('stale');
    expect(host.values(PLAN, 'A4:A4')).toEqual([['']]);
  });

  it('undo works after the workbook was saved, closed and opened again (journal in the file)', async () => {
    const first = await open(TEMPLATE);
    const original = first.host.snapshot();
    await first.gateway.applyImport(await first.gateway.previewImport(people(3)));
    const bytes = await first.host.toXlsx();
    first.host.uninstall();

    const host = await ExcelHost.fromXlsx(bytes);
    host.install();
    const gateway = createGateway({ now: () => NOW });
    expect(await gateway.hasUndo()).toBe(true);
    expect(await gateway.undoLastImport()).toEqual({ status: 'undone', changedCells: [] });
    const tabs = (snap: unknown) =>
      without(snap, [JOURNAL]) as { sheets: { name: string; cells: unknown }[] };
    const cellsOf = (snap: unknown) => tabs(snap).sheets.map((s) => [s.name, s.cells]);
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(original));
  });

  it('undo reports cells changed since the import and only undoes when forced', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const before = host.snapshot();
    await gateway.applyImport(await gateway.previewImport(people(2)));
    host.setValues(PLAN, 'G5', [[99]]);
    const edited = host.snapshot();
    const r = await gateway.undoLastImport();
    expect(r).toEqual({ status: 'conflict', changedCells: [{ sheet: PLAN, cell: 'G5' }] });
    expect(host.snapshot()).toEqual(edited);
    expect(await gateway.hasUndo()).toBe(true);
    const forced = await gateway.undoLastImport(true);
    expect(forced.status).toBe('undone');
    expect(without(host.snapshot(), [JOURNAL])).toEqual(before);
  });

  it('works on Excel 2019 (ExcelApi 1.7)', async () => {
    const { host, gateway } = await open(TEMPLATE, 'desktop-2019');
    const info = await gateway.inspect();
    expect(info.apiLevel).toBe('1.7');
    await gateway.applyImport(await gateway.previewImport(people(2)));
    expect(host.values(PLAN, 'A4:A7')).toEqual([
      ['Person 001'],
      ['Person 001'],
      ['Person 002'],
      ['Person 002'],
    ]);
    expect((await gateway.undoLastImport()).status).toBe('undone');
  });

  it('waits while the user is editing a cell instead of failing', async () => {
    const { host, gateway } = await open(TEMPLATE);
    host.cellEditMode = true;
    const pending = gateway.previewImport(people(1));
    await new Promise((r) => setTimeout(r, 20));
    host.cellEditMode = false;
    expect((await pending).people).toHaveLength(1);
  });

  it('splits a write larger than Excel on the web accepts into requests under 5 MB', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const long = 'x'.repeat(4000);
    const plans = people(
      150,
      Array.from({ length: 10 }, () => ({ plannedNumber: '1', comment: long })),
    );
    const preview = await gateway.previewImport(plans);
    host.resetStats();
    const result = await gateway.applyImport(preview);
    expect(result).toEqual({ status: 'written', rowsWritten: 1500, rowsReplaced: 0 });
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.values(PLAN, 'A1503:K1503')[0][10]).toBe(long);
    expect((await gateway.undoLastImport()).status).toBe('undone');
    expect(host.values(PLAN, 'A4:A4')).toEqual([['']]);
  }, 120_000);
});

describe('tabs, columns and settings', () => {
  it('inspect finds the template’s tabs and headers; a missing tab can be created from the template', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const info = await gateway.inspect();
    expect(
      info.tabs.filter((t) => t.sheet !== null).map((t) => [t.kind, t.headerRow, t.missingColumns]),
    ).toEqual([
      ['instructions', null, []],
      ['overall', 3, []],
      ['contacts', 3, []],
      ['plan', 3, []],
      ['aterrap1', 3, []],
      ['aterrap2', 3, []],
    ]);
    expect(await shownError(() => gateway.createTab('plan'))).toMatch(/finns redan/);

    const empty = ExcelHost.empty();
    empty.install();
    const gw = createGateway({ now: () => NOW });
    expect(await shownError(() => gw.previewImport(people(1)))).toMatch(
      /Fliken ”3.a Saml pers spr-plan PLAN” finns inte i arbetsboken/,
    );
    await gw.createTab('plan');
    await gw.createTab('contacts');
    expect(empty.values(PLAN, 'A3:C3')).toEqual([['Spridningsledare', 'Utbildning', 'Aktivitet']]);
    expect(empty.cell(PLAN, 'A3')?.fill).toBe('#FFFF00');
    expect(empty.cell(PLAN, 'A4')?.fill).toBe('#FFFF00');
    const info2 = await gw.inspect();
    expect(info2.tabs.find((t) => t.kind === 'plan')).toEqual({
      kind: 'plan',
      sheet: PLAN,
      missingColumns: [],
      headerRow: 3,
    });
    await gw.applyImport(await gw.previewImport(people(1)));
    expect(empty.values(PLAN, 'A4:A5')).toEqual([['Person 001'], ['Person 001']]);
    void host;
  });

  it('a column the header text does not reveal is reported, and the user’s answer is remembered', async () => {
    const { host, gateway } = await open(TEMPLATE);
    host.setValues(PLAN, 'A3', [['Vem']]);
    host.setValues(PLAN, 'G3', [['Hur många']]);
    const info = await gateway.inspect();
    expect(info.tabs.find((t) => t.kind === 'plan')?.missingColumns).toEqual(['person', 'plannedNumber']);
    expect(await shownError(() => gateway.previewImport(people(1)))).toMatch(
      /hittas inte kolumnerna ”Spridningsledare”, ”Planerat antal”/,
    );
    await gateway.saveColumnMapping('plan', 'person', 'Vem');
    await gateway.saveColumnMapping('plan', 'plannedNumber', 'Hur många');
    expect((await gateway.inspect()).tabs.find((t) => t.kind === 'plan')?.missingColumns).toEqual([]);
    await gateway.applyImport(await gateway.previewImport(people(1)));
    expect(host.values(PLAN, 'A4:G4')).toEqual([
      [
        'Person 001',
        'HiS6 Migration och psykisk hälsa – grundkurs',
        'Föreläsning',
        'Sjuksköterskor',
        'Vårdcentralen Norr',
        '',
        10,
      ],
    ]);
    // Remembered in the workbook: a new gateway (the pane reopened) reads it.
    const again = createGateway({ now: () => NOW });
    expect((await again.inspect()).tabs.find((t) => t.kind === 'plan')?.missingColumns).toEqual([]);
  });

  it('settings are stored in the workbook; wrong ones are refused with a Swedish message', async () => {
    const { gateway } = await open(TEMPLATE);
    const s = await gateway.getSettings();
    expect(s.deadlines.aterrap1Send).toBe('2017-02-10');
    await gateway.saveSettings({ ...s, deadlines: { ...s.deadlines, aterrap1Send: '2017-01-15' } });
    expect((await gateway.getSettings()).deadlines.aterrap1Send).toBe('2017-01-15');
    // With the send date passed, reported plans are suggested for report 2.
    const preview = await gateway.previewImport([
      plan({ name: 'Eva', activities: [{ status: 'Genomförd', reached: '3' }] }),
    ]);
    expect(preview.round).toBe('aterrap2');
    expect(await shownError(() => gateway.saveSettings({ ...s, programmeYear: 1 }))).toMatch(/Programåret/);
  });

  it('selectCell takes the user to a cell', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await gateway.selectCell(CONTACTS, 'C7');
    expect(host.selection).toEqual({ sheet: CONTACTS, address: 'C7' });
  });
});

describe('details of the write', () => {
  it('keeps exact duplicates inside one plan (both rows are written)', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const same = { activity: 'APT', plannedDate: '2017-02-01', plannedNumber: '12' };
    await gateway.applyImport(
      await gateway.previewImport([plan({ name: 'Eva Ström', activities: [same, same] })]),
    );
    expect(host.values(PLAN, 'C4:G6')).toEqual([
      ['APT', 'Sjuksköterskor', 'Vårdcentralen Norr', 42767, 12],
      ['APT', 'Sjuksköterskor', 'Vårdcentralen Norr', 42767, 12],
      ['', '', '', '', ''],
    ]);
  });

  it('runs every batch with delayForCellEdit, and mergeUndoGroup only where ExcelApi 1.20 is supported', async () => {
    for (const [profile, merge] of [
      ['web', true],
      ['desktop-2019', undefined],
    ] as const) {
      const { gateway } = await open(TEMPLATE, profile);
      const spy = jest.spyOn(Excel, 'run');
      await gateway.hasUndo();
      const options = spy.mock.calls[0][0] as Excel.RunOptions;
      expect(options.delayForCellEdit).toBe(true);
      expect(options.mergeUndoGroup).toBe(merge);
      spy.mockRestore();
    }
  });

  it('a write Excel stops part-way is rolled back (nothing half-written) with a Swedish message', async () => {
    // Half-way through the write request (its size measured on a dry run of the same import).
    const dry = await open(TEMPLATE);
    await dry.gateway.applyImport(await dry.gateway.previewImport(people(2)));
    const dryPreview = await dry.gateway.previewImport(people(3, [{ plannedNumber: '1' }]));
    const sizes: number[] = [];
    dry.host.onBatch = (i) => sizes.push(i.actions);
    await dry.gateway.applyImport(dryPreview);
    // The write is the last request (no clean-up request follows: the ranges are transient).
    const writeBatch = sizes.length - 1;
    const { host, gateway } = await open(TEMPLATE);
    await gateway.applyImport(await gateway.previewImport(people(2)));
    const before = host.snapshot();
    const preview = await gateway.previewImport(people(3, [{ plannedNumber: '1' }]));
    let batch = 0;
    host.beforeBatch = () => {
      if (batch === writeBatch) host.failNextBatchAt(Math.floor(sizes[writeBatch] / 2));
      batch++;
    };
    expect(await shownError(() => gateway.applyImport(preview))).toMatch(
      /Excel avbröt importen.*Inget har ändrats/,
    );
    host.beforeBatch = undefined;
    expect(without(host.snapshot(), [JOURNAL])).toEqual(without(before, [JOURNAL]));
    expect(await gateway.hasUndo()).toBe(false);
  });
});
