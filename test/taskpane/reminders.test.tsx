// The reminder list in the pane, over the production gateway (createGateway, as in Excel): the
// people come with their addresses, and the people, the mail's text and its deadline are of one
// round — the round in progress when the section opens, or the round chosen.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TAB_NAMES } from '../../src/core/tabs';
import { createGateway } from '../../src/excel/createGateway';
import type { ExcelHost } from '../../src/host';
import { App } from '../../src/taskpane/components/App';
import { plan } from '../core/import/planFactory';
import { NOW, open, TEMPLATE } from '../integration/helpers';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

let host: ExcelHost;

beforeEach(async () => {
  ({ host } = await open(TEMPLATE));
  host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 10, 'vt 2017', ''],
    ['HiS6', 'VC Norr', 'Bo Ek', 'bo@example.se', 10, 'vt 2017', ''],
    ['HiS9', 'BUP', 'Cecilia Berg', 'cecilia@example.se', 10, 'vt 2017', ''],
  ]);
  // Anna and Bo sent plans; only Anna has reported for report 1.
  const gateway = createGateway({ now: () => NOW });
  const activity = { training: 'HiS6', plannedNumber: '10' };
  const plans = [
    plan({ name: 'Anna Lindqvist', email: 'anna@example.se', activities: [activity] }),
    plan({ name: 'Bo Ek', email: 'bo.kontakt@example.se', activities: [activity] }), // tab 2's address wins
  ];
  await gateway.applyImport(await gateway.previewImport(plans, 'plan'));
  const report = plan({
    name: 'Anna Lindqvist',
    activities: [{ ...activity, status: 'Genomförd', reached: '9' }],
  });
  await gateway.applyImport(await gateway.previewImport([report], 'aterrap1'));
});

afterEach(() => host.uninstall());

function mailSubject(reminders: HTMLElement): string {
  const href = within(reminders)
    .getByRole('link', { name: /Öppna e-postutkast/ })
    .getAttribute('href')!;
  return new URLSearchParams(href.slice('mailto:?'.length)).get('subject') ?? '';
}

const listed = (reminders: HTMLElement) =>
  within(reminders)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

test('the round in progress, then the round chosen: people, addresses and mail agree', async () => {
  render(<App gateway={createGateway({ now: () => NOW })} lang="sv" />);
  // The reminders have a section of their own; opened, it shows the round in progress: report 1
  // (its tab has rows), where Bo and Cecilia have not reported.
  fireEvent.click(await screen.findByRole('tab', { name: 'Påminnelser' }));
  await waitFor(() => expect(screen.queryByTestId('reminder-people')).not.toBeNull());
  let reminders = screen.getByTestId('reminders');
  expect(screen.getByLabelText('Omgång')).toHaveProperty('value', 'aterrap1');
  expect(screen.getByTestId('reminder-due').textContent).toContain('2 februari 2017');
  expect(listed(reminders)).toEqual(['Bo Ek – bo.kontakt@example.se', 'Cecilia Berg – cecilia@example.se']);
  expect(mailSubject(reminders)).toContain('Återrapportering 1');

  // The plan round: only Cecilia's plan is missing, and the mail asks for a plan.
  fireEvent.change(screen.getByLabelText('Omgång'), { target: { value: 'plan' } });
  await waitFor(() =>
    expect(listed(screen.getByTestId('reminders'))).toEqual(['Cecilia Berg – cecilia@example.se']),
  );
  reminders = screen.getByTestId('reminders');
  expect(mailSubject(reminders)).toBe('Påminnelse: din personliga spridningsplan');
  expect(screen.getByTestId('reminder-due').textContent).toContain('Plan');
  expect(within(reminders).getByLabelText('Alla adresser')).toHaveProperty('value', 'cecilia@example.se');

  // Report 2: nobody has reported yet.
  fireEvent.change(screen.getByLabelText('Omgång'), { target: { value: 'aterrap2' } });
  await waitFor(() => expect(listed(screen.getByTestId('reminders'))).toHaveLength(3));
  expect(mailSubject(screen.getByTestId('reminders'))).toContain('Återrapportering 2');
});
