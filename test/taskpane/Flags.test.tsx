// The check and totals sections: counts, filters, grouping, a flag's button moving the real
// selection (real client + Excel emulator + Office.js gateway), totals table and chart.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useEffect, useReducer } from 'react';
import { msg } from '../../src/core/messages';
import type { Flag } from '../../src/core/model';
import { createGateway } from '../../src/excel/createGateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import { ExcelHost } from '../../src/host';
import { FlagsSection } from '../../src/taskpane/components/FlagsSection';
import { TotalsSection } from '../../src/taskpane/components/TotalsSection';
import { useChecks } from '../../src/taskpane/hooks/useChecks';
import { useTask } from '../../src/taskpane/hooks/useTask';
import { StringsContext } from '../../src/taskpane/i18n';
import { sv } from '../../src/taskpane/i18n/sv';
import { reducer } from '../../src/taskpane/state/reducer';
import { initialState } from '../../src/taskpane/state/state';
import { flag, totals } from './fixtures';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

const PLAN_SHEET = '3.a Saml pers spr-plan PLAN';
const FLAGS: Flag[] = [
  flag({
    code: 'unknown-training',
    person: 'Anna Testsson',
    severity: 'error',
    cell: 'C5',
    message: msg('flag-unknown-training', { training: 'HiS 99', sheet: PLAN_SHEET, row: 5 }),
  }),
  flag({
    code: 'missing-status',
    person: 'Bo Provare',
    round: 'aterrap1',
    sheet: '3.b Saml pers spr-plan ÅTERRAP1',
    cell: 'I7',
    message: msg('flag-missing-status', { sheet: '3.b Saml pers spr-plan ÅTERRAP1', row: 7 }),
  }),
  flag({
    code: 'plan-not-received',
    person: 'David Saknad',
    severity: 'info',
    sheet: '1. Övergripande spridningsplan',
    cell: 'C5',
    message: msg('flag-plan-not-received', {
      person: 'David Saknad',
      sheet: PLAN_SHEET,
      round: 'plan',
      due: '2017-02-02',
      late: false,
    }),
  }),
];

function Harness(props: { gateway: WorkbookGateway; flags: Flag[] }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const run = useTask(dispatch, 'sv');
  const ops = useChecks(props.gateway, dispatch, run, 'sv', state.flagView.round);
  useEffect(
    () =>
      dispatch({
        type: 'flags/loaded',
        flags: props.flags,
        reminders: {
          round: 'plan',
          recipients: [],
          overall: { kind: 'tab', sheet: '1. Övergripande spridningsplan' },
        },
      }),
    [props.flags],
  );
  return (
    <StringsContext.Provider value={{ t: sv, lang: 'sv' }}>
      <FlagsSection
        flags={state.flags}
        view={state.flagView}
        busy={false}
        reminders={[{ name: 'David Saknad', email: 'david@example.se' }]}
        mailto="mailto:?bcc=david%40example.se"
        ops={ops}
        onView={(view) => dispatch({ type: 'flags/view', view })}
      />
      {state.notice?.kind === 'error' && <p role="alert">{state.notice.text}</p>}
    </StringsContext.Provider>
  );
}

let host: ExcelHost;
beforeEach(async () => {
  host = await ExcelHost.fromXlsx(fs.readFileSync(path.resolve(__dirname, '../../assets/template.xlsx')));
  host.install(window);
});
afterEach(() => host.uninstall());

describe('check section', () => {
  it('counts per kind, groups by person, filters by severity and round', async () => {
    render(<Harness gateway={createGateway()} flags={FLAGS} />);
    const counts = await screen.findByTestId('flag-counts');
    expect(counts.textContent).toContain('Okänd utbildning: 1');
    expect(counts.textContent).toContain('Status saknas: 1');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Anna Testsson (1)',
      'Bo Provare (1)',
      'David Saknad (1)',
    ]);
    // Severity is in words, not colour alone.
    expect(screen.getAllByTestId('flag')[0].textContent).toContain('Fel: Okänd utbildning');

    fireEvent.change(screen.getByLabelText('Allvarlighet'), { target: { value: 'error' } });
    expect(screen.getAllByTestId('flag')).toHaveLength(1);
    expect(screen.getByText('Visar 1 av 3.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Allvarlighet'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Omgång'), { target: { value: 'aterrap1' } });
    expect(screen.getAllByTestId('flag').map((f) => within(f).getByRole('button').textContent)).toEqual([
      'Gå till 3.b Saml pers spr-plan ÅTERRAP1!I7',
    ]);
    fireEvent.change(screen.getByLabelText('Gruppera'), { target: { value: 'kind' } });
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Status saknas (1)',
    ]);
  });

  it('a flag’s button selects its cell in the workbook', async () => {
    render(<Harness gateway={createGateway()} flags={FLAGS} />);
    fireEvent.click(await screen.findByRole('button', { name: `Gå till ${PLAN_SHEET}!C5` }));
    await waitFor(() => expect(host.selection?.sheet).toBe(PLAN_SHEET));
    expect(host.selection?.address.replace(/\$/g, '')).toBe('C5');
  });

  it('a flag pointing at a sheet that is gone says so in a sentence', async () => {
    render(
      <Harness
        gateway={createGateway()}
        flags={[flag({ code: 'missing-status', sheet: 'Finns inte', cell: 'A1' })]}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Gå till Finns inte!A1' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toBe('');
    expect(alert.textContent).not.toMatch(/ItemNotFound|undefined/);
  });

  it('offers the reminder addresses and a mail draft', async () => {
    render(<Harness gateway={createGateway()} flags={FLAGS} />);
    const reminders = await screen.findByTestId('reminders');
    expect(within(reminders).getByLabelText('Alla adresser')).toHaveProperty('value', 'david@example.se');
    expect(
      within(reminders)
        .getByRole('link', { name: /Öppna e-postutkast/ })
        .getAttribute('href'),
    ).toBe('mailto:?bcc=david%40example.se');
  });
});

describe('totals section', () => {
  it('shows a table per training with the grand total and an accessible chart', () => {
    render(
      <StringsContext.Provider value={{ t: sv, lang: 'sv' }}>
        <TotalsSection totals={totals} busy={false} onRefresh={() => undefined} />
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
      ['HiS6 Migration och psykisk hälsa – grundkurs', '30', '25', '10', '20'],
      ['Totalt', '30', '25', '10', '20'],
    ]);
    const chart = screen.getByRole('img', { name: /Mål, planerat och nådda per utbildning/ });
    expect(chart.textContent).toContain('Nådda ÅR2 20');
    expect(screen.getByText(/räknas två gånger/)).toBeTruthy();
  });
});
