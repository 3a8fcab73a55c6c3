// The check and totals sections over the production gateway (createGateway, the real Excel
// client and the Excel emulator): the summary first with its counts as filters, compact lines
// that expand to the whole sentence, the walker that selects each flag's cell in the workbook,
// a flag marked handled that stays quiet at the next check until its row changes, a flag of an
// overall-plan file that is not open, and the totals table and chart.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAB_NAMES } from '../../src/core/tabs';
import { msg } from '../../src/core/messages';
import { createGateway } from '../../src/excel/createGateway';
import type { CheckResult } from '../../src/excel/gateway';
import type { ExcelHost } from '../../src/host';
import { App } from '../../src/taskpane/components/App';
import { FlagsSection } from '../../src/taskpane/components/FlagsSection';
import { TotalsSection } from '../../src/taskpane/components/TotalsSection';
import type { CheckOps } from '../../src/taskpane/hooks/useChecks';
import { StringsContext } from '../../src/taskpane/i18n';
import { sv } from '../../src/taskpane/i18n/sv';
import { initialState } from '../../src/taskpane/state/state';
import { NOW, open, ROOT, TEMPLATE } from '../integration/helpers';
import { flag, totals } from './fixtures';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

const PLAN_SHEET = TAB_NAMES.plan;

let host: ExcelHost;

beforeEach(async () => {
  ({ host } = await open(TEMPLATE));
  host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 30, 'vt 2017', ''],
    ['HiS9', 'BUP', 'Cecilia Berg', 'cecilia@example.se', 10, 'vt 2017', ''],
  ]);
  host.setValues(PLAN_SHEET, 'A4', [
    ['Anna Lindqvist', 'HiS6', 'Föreläsning', 'Sjuksköterskor', 'VC Norr', '2017-02-10', 30, '', '', '', ''],
    ['Anna Lindqvist', 'Yoga för alla', 'Workshop', 'Kuratorer', 'VC Norr', '2017-02-12', 5, '', '', '', ''],
  ]);
});

afterEach(() => host.uninstall());

async function checkInPane(): Promise<void> {
  render(<App gateway={createGateway({ now: () => NOW })} lang="sv" />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Kontroll' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kontrollera nu' }));
  await screen.findByTestId('flag-summary');
}

const lines = () => screen.getAllByTestId('flag').map((f) => f.querySelector('button')!.textContent ?? '');

describe('check section', () => {
  it('shows the summary first; its counts filter the compact list; a line expands to the sentence', async () => {
    await checkInPane();
    const summary = screen.getByTestId('flag-summary');
    expect(within(summary).getByTestId('flag-totals').textContent).toBe('2 flaggor att se över');
    const kinds = within(summary).getByTestId('flag-counts');
    expect(within(kinds).getByRole('button', { name: /Okänd utbildning/ }).textContent).toBe(
      'Okänd utbildning1',
    );
    // One compact line per flag: who, what, where (the log's tab said short).
    expect(lines()).toEqual([
      'Information: Cecilia BergPlan har inte kommit in1!C5',
      'Varning: Anna LindqvistOkänd utbildning3.a!B5',
    ]);
    // Only this kind.
    fireEvent.click(within(kinds).getByRole('button', { name: /Okänd utbildning/ }));
    expect(lines()).toEqual(['Varning: Anna LindqvistOkänd utbildning3.a!B5']);
    expect(screen.getByText('Visar 1 av 2.')).toBeTruthy();
    // Expanded: the whole sentence and the way to the cell.
    const line = screen.getAllByTestId('flag')[0];
    expect(within(line).queryByRole('button', { name: /^Gå till/ })).toBeNull();
    fireEvent.click(within(line).getAllByRole('button')[0]);
    expect(line.textContent).toContain('Yoga för alla');
    expect(within(line).getByRole('button', { name: `Gå till ${PLAN_SHEET}!B5` })).toBeTruthy();
    // Only this round (both flags are of the plan round), and the kind filter with it.
    fireEvent.click(within(kinds).getByRole('button', { name: /Okänd utbildning/ }));
    const plan = within(screen.getByTestId('flag-rounds')).getByRole('button', { name: 'Plan (3.a): 2' });
    fireEvent.click(plan);
    expect(plan.getAttribute('aria-pressed')).toBe('true');
    expect(lines()).toHaveLength(2);
    fireEvent.click(within(kinds).getByRole('button', { name: /Plan har inte kommit in/ }));
    expect(lines()).toEqual(['Information: Cecilia BergPlan har inte kommit in1!C5']);
  });

  it('walks the flags with Next and Previous, selecting each one’s cell in the workbook', async () => {
    await checkInPane();
    const walker = screen.getByTestId('flag-walker');
    expect(walker.textContent).toContain('2 flaggor. Gå igenom dem med Nästa.');
    const places: string[] = [];
    for (let i = 0; i < 2; i++) {
      fireEvent.click(within(walker).getByRole('button', { name: 'Nästa' }));
      await waitFor(() => expect(walker.textContent).toContain(`Flagga ${i + 1} av 2`));
      const current = screen.getAllByTestId('flag').find((f) => f.dataset.current === 'true')!;
      // The current flag is expanded, and Excel's selection is on its cell.
      expect(current.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
      await waitFor(() =>
        expect(host.selection && [host.selection.sheet, host.selection.address.replace(/\$/g, '')]).toEqual([
          current.dataset.sheet,
          current.dataset.cell,
        ]),
      );
      places.push(`${current.dataset.sheet}!${current.dataset.cell}`);
    }
    expect(new Set(places).size).toBe(2);
    expect(within(walker).getByRole('button', { name: 'Nästa' })).toHaveProperty('disabled', true);
    fireEvent.click(within(walker).getByRole('button', { name: 'Föregående' }));
    await waitFor(() => expect(walker.textContent).toContain('Flagga 1 av 2'));
  });

  it('a flag marked handled stays quiet at the next check, and speaks again when its row changes', async () => {
    await checkInPane();
    const line = () =>
      screen.getAllByTestId('flag').find((f) => (f.textContent ?? '').includes('Okänd utbildning'));
    fireEvent.click(within(line()!).getAllByRole('button')[0]);
    fireEvent.change(within(line()!).getByLabelText(/Anteckning/), {
      target: { value: 'Egen kurs, godkänd av samordnaren' },
    });
    fireEvent.click(within(line()!).getByRole('button', { name: 'Markera som hanterad' }));
    await waitFor(() =>
      expect(screen.getByTestId('flag-totals').textContent).toBe(
        '1 flagga att se över · 1 markerad som hanterad',
      ),
    );
    expect(line()).toBeUndefined();

    // Checked again: the mark was kept in the workbook.
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera nu' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByTestId('flag-totals').textContent).toBe(
      '1 flagga att se över · 1 markerad som hanterad',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa hanterade (1)' }));
    const toggle = within(line()!).getAllByRole('button')[0];
    if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
    expect(line()!.textContent).toContain('Hanterad: Anna Lindqvist');
    expect(line()!.textContent).toMatch(
      /Markerad som hanterad \d{4}-\d{2}-\d{2}: Egen kurs, godkänd av samordnaren/,
    );

    // The row moves down (another row above it): still quiet. Its values change: it speaks again.
    host.setValues(PLAN_SHEET, 'A5', [
      ['Anna Lindqvist', 'HiS6', 'Handledning', 'Läkare', 'VC Norr', '2017-02-11', 1, '', '', '', ''],
      [
        'Anna Lindqvist',
        'Yoga för alla',
        'Workshop',
        'Kuratorer',
        'VC Norr',
        '2017-02-12',
        5,
        '',
        '',
        '',
        '',
      ],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera nu' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('flag-totals').textContent).toContain('1 markerad som hanterad'),
    );
    host.setValues(PLAN_SHEET, 'G6', [[8]]);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera nu' }));
    await waitFor(() => expect(screen.getByTestId('flag-totals').textContent).toBe('2 flaggor att se över'));
  });

  it('an unknown training is said to mean HiS2 in one step: stored in the catalogue, the flag gone', async () => {
    await checkInPane();
    const line = () =>
      screen.getAllByTestId('flag').find((f) => (f.textContent ?? '').includes('Okänd utbildning'));
    fireEvent.click(within(line()!).getAllByRole('button')[0]);
    fireEvent.change(within(line()!).getByLabelText('Vilken utbildning menas med ”Yoga för alla”?'), {
      target: { value: 'HiS2' },
    });
    fireEvent.click(within(line()!).getByRole('button', { name: 'Spara stavningen' }));
    await screen.findByText('”Yoga för alla” läses från och med nu som HiS2.');
    await waitFor(() => expect(line()).toBeUndefined());
    const settings = await createGateway({ now: () => NOW }).getSettings();
    expect(settings.catalogue.find((c) => c.code === 'HiS2')?.aliases).toContain('Yoga för alla');
  });

  it('says plainly that nothing was compared when the log has no overall plan', async () => {
    host.setValues(TAB_NAMES.overall, 'A4', [
      ['', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
    ]);
    await checkInPane();
    expect(screen.getByTestId('no-overall').textContent).toMatch(/övergripande plan/i);
    expect(screen.getByTestId('flag-totals').textContent).not.toBe(
      'Inga flaggor: loggen stämmer med den övergripande planen.',
    );
  });
});

describe('a workbook that is no spread log', () => {
  it('gets no all-clear: the check says what is missing and what to do', async () => {
    host.uninstall();
    ({ host } = await open(path.join(ROOT, 'test', 'fixtures', 'overall', 'clean.xlsx')));
    render(<App gateway={createGateway({ now: () => NOW })} lang="sv" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Kontroll' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kontrollera nu' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Arbetsboken har ingen av spridningsloggens flikar');
    expect(screen.queryByTestId('flag-summary')).toBeNull();
    expect(document.body.textContent).not.toContain('Inga flaggor');
  });
});

describe('an overall plan picked as a file', () => {
  it('points at the file as text until it is copied into the log; then its flags go to the tab', async () => {
    host.setValues(TAB_NAMES.overall, 'A4', [
      ['', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
    ]);
    render(<App gateway={createGateway({ now: () => NOW })} lang="sv" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Kontroll' }));
    const bytes = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'overall', 'clean.xlsx'));
    const file = new File([bytes], 'clean.xlsx');
    // jsdom's File lacks arrayBuffer() (every browser Office runs in has it).
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.resolve(new Uint8Array(bytes).buffer),
    });
    fireEvent.change(screen.getByTestId('overall-file-input'), { target: { files: [file] } });
    await screen.findByText('Använder ”clean.xlsx” som övergripande plan.');
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera nu' }));
    await screen.findByTestId('flag-summary');
    const bo = () => screen.getAllByTestId('flag').find((f) => (f.textContent ?? '').includes('Bo Ek'))!;
    fireEvent.click(within(bo()).getAllByRole('button')[0]);
    expect(within(bo()).getByTestId('flag-outside').textContent).toContain('clean.xlsx');
    expect(within(bo()).queryByRole('button', { name: /^Gå till/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Kopiera in planen i loggen' }));
    await screen.findByText(
      /Den övergripande planen är inkopierad i fliken ”1\. Övergripande spridningsplan”/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera nu' }));
    await screen.findByTestId('flag-summary');
    await waitFor(() => expect(bo()).toBeDefined());
    fireEvent.click(within(bo()).getAllByRole('button')[0]);
    expect(within(bo()).queryByTestId('flag-outside')).toBeNull();
    fireEvent.click(within(bo()).getByRole('button', { name: /^Gå till 1\. Övergripande spridningsplan!/ }));
    await waitFor(() => expect(host.selection?.sheet).toBe(TAB_NAMES.overall));
  });
});

describe('a flag of an overall-plan file that is not open', () => {
  it('shows the file and cell as text, and the walker does not try to go there', () => {
    const label = 'plan.xlsx – Blad1';
    const result: CheckResult = {
      flags: [
        flag({
          code: 'plan-not-received',
          person: 'Cecilia Berg',
          severity: 'info',
          round: 'plan',
          sheet: label,
          cell: 'C5',
          message: msg('flag-plan-not-received', {
            person: 'Cecilia Berg',
            sheet: PLAN_SHEET,
            round: 'plan',
            due: '2017-02-02',
            late: false,
          }),
        }),
      ],
      overall: { kind: 'file', file: 'plan.xlsx', sheet: 'Blad1', label },
      rounds: ['plan'],
    };
    const goTo = jest.fn(() => Promise.resolve());
    const ops = { goTo } as unknown as CheckOps;
    render(
      <StringsContext.Provider value={{ t: sv, lang: 'sv' }}>
        <FlagsSection
          flags={result.flags}
          checked={{ overall: result.overall, rounds: result.rounds }}
          view={initialState.flagView}
          busy={false}
          overallFile={{ file: 'plan.xlsx', sheet: 'Blad1', label, assignments: 2 }}
          overallCopyAsk={null}
          catalogue={[]}
          ops={ops}
          onView={() => undefined}
          onKeepTab={() => undefined}
        />
      </StringsContext.Provider>,
    );
    fireEvent.click(within(screen.getByTestId('flag-walker')).getByRole('button', { name: 'Nästa' }));
    const line = screen.getByTestId('flag');
    expect(within(line).queryByRole('button', { name: /^Gå till/ })).toBeNull();
    expect(within(line).getByTestId('flag-outside').textContent).toContain(`Cellen C5 i ${label}`);
    expect(goTo).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Kopiera in planen i loggen' })).toBeTruthy();
  });
});

describe('totals section', () => {
  it('shows the training as its code with its name on request, the grand total, the rounds note and the chart', () => {
    render(
      <StringsContext.Provider value={{ t: sv, lang: 'sv' }}>
        <TotalsSection
          totals={{ ...totals, perTraining: [{ ...totals.perTraining[0], short: 'HiS6' }] }}
          busy={false}
          onRefresh={() => undefined}
        />
      </StringsContext.Provider>,
    );
    const table = screen.getByRole('table', { name: 'Per utbildning' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['HiS6', '30', '25', '10', '20'],
      ['Totalt', '30', '25', '10', '20'],
    ]);
    fireEvent.click(within(table).getByRole('button', { name: 'Visa namnet på HiS6' }));
    expect(table.textContent).toContain('HiS6 Migration och psykisk hälsa – grundkurs');
    const chart = screen.getByRole('img', { name: /Mål, planerat och nådda per utbildning/ });
    expect(chart.textContent).toContain('Nådda ÅR2');
    expect(chart.textContent).toContain('20');
    expect(screen.getByTestId('rounds-note').textContent).toContain('inte ett tillägg till ÅR1');
    expect(screen.getByText(/räknas två gånger/)).toBeTruthy();
  });
});
