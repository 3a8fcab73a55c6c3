// The pane in English (Office's display language en-*) over the real gateway and the Excel
// emulator: the problems of a plan, a plan that cannot be read, and the flags of the check are
// rendered from their message codes in English; nothing the pane shows from core is Swedish.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { TAB_NAMES } from '../../src/core/tabs';
import { OfficeWorkbookGateway } from '../../src/excel/officeGateway';
import { ExcelHost } from '../../src/host';
import { render as renderMessage } from '../../src/messages/render';
import { App } from '../../src/taskpane/components/App';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

// jest-environment-jsdom hides Node's structuredClone, which browsers and Office have.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const TEMPLATE = path.resolve(__dirname, '../../assets/template.xlsx');
const OVERALL_SHEET = 'Regionens plan 2017';

/** Swedish words of our sentences that no name, tab or heading of the test's workbook contains. */
const SWEDISH = /\b(och|inte|finns|fliken|saknar|går|skriv|rätta|raden|läsas|klistra|tabell|kolumnen)\b/i;

const HEADERS = ['Utbildning', 'Aktivitet', 'Målgrupp', 'Verksamhet', 'Planerat datum', 'Planerat antal'];
const ROWS = [
  ['HiS6', 'Föreläsning', 'Sjuksköterskor', 'VC Norr', '2017-02-10', '20'],
  ['Yoga', 'Workshop', 'Läkare', 'VC Norr', 'snart', 'många'],
];
const CONTACT = [
  ['Namn:', 'Anna Testsson'],
  ['E-post:', 'anna.testsson@example.se'],
];
const table = (rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

function paste(html: string, text: string) {
  fireEvent.paste(screen.getByTestId('paste-area'), {
    clipboardData: {
      getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? text : ''),
    },
  });
}

let host: ExcelHost;
let gateway: OfficeWorkbookGateway;

beforeEach(async () => {
  host = await ExcelHost.fromXlsx(fs.readFileSync(TEMPLATE));
  host.install(window);
  // An overall plan in a tab of its own: Anna (HiS6) and Erik, whose plan has not arrived.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(TAB_NAMES.overall).delete();
    context.workbook.worksheets.add(OVERALL_SHEET).getRange('A1:E3').values = [
      ['Spridningsledare', 'Utbildning', 'Verksamhet', 'Mål antal', 'E-post'],
      ['Anna Testsson', 'HiS6', 'VC Norr', 30, 'anna.testsson@example.se'],
      ['Erik Johansson', 'HiS2', 'BUP', 15, 'erik@example.se'],
    ];
    await context.sync();
  });
  gateway = new OfficeWorkbookGateway({ now: () => new Date('2017-03-01T10:00:00') });
  render(<App gateway={gateway} lang="en" />);
  await screen.findByRole('tab', { name: 'Import' });
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
});

afterEach(() => host.uninstall());

describe('the pane in English', () => {
  it('shows a plan’s problems and a plan that cannot be read in English', async () => {
    paste(
      `${table(CONTACT)}${table([HEADERS, ...ROWS])}`,
      [...CONTACT, HEADERS, ...ROWS].map((r) => r.join('\t')).join('\r\n'),
    );
    const card = await screen.findByTestId('person-preview');
    fireEvent.click(within(card).getByRole('button', { name: 'Show what to check for Anna Testsson' }));
    const problems = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(problems).toEqual([
      'Warning: The training “Yoga” at table 2, row 3, column Utbildning is not one of the programme’s trainings. Correct it (for example “HiS6”) or add the spelling to the list of trainings under Settings.',
      'Warning: “många” at table 2, row 3, column Planerat antal cannot be read as a number and counts as 0. Write a number, for example 20.',
      'Warning: “snart” at table 2, row 3, column Planerat datum cannot be read as a date. Write for example 2017-02-10, 10/2, 10 feb, v. 6 or vt 2017.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    paste('<p>Hi, the plan comes later.</p>', 'Hi, the plan comes later.');
    const failure = await screen.findByText('Could not read “Pasted text”:');
    const text = failure.closest('[role="group"], div')!.parentElement!.textContent ?? '';
    expect(text).toContain('does not look like a personal spread plan');
    expect(text).not.toMatch(SWEDISH);
  });

  it('lists the flags of the check in English, each its English sentence', async () => {
    paste(
      `${table(CONTACT)}${table([HEADERS, ...ROWS])}`,
      [...CONTACT, HEADERS, ...ROWS].map((r) => r.join('\t')).join('\r\n'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Write to the workbook' }));
    await screen.findByText(/rows written/);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    const items = await screen.findAllByTestId('flag');

    const flags = (await gateway.check()).flags;
    expect(items).toHaveLength(flags.length);
    expect(flags.map((f) => f.code).sort()).toEqual(
      [
        'plan-not-received',
        'planned-below-goal',
        'unknown-training',
        'unreadable-date',
        'unreadable-number',
      ].sort(),
    );
    // A line says who, what and where; expanded, the whole sentence.
    for (const li of items) fireEvent.click(li.querySelector('button')!);
    const shown = items.map((li) => li.textContent ?? '');
    for (const f of flags) {
      const english = renderMessage('en', f.message);
      expect(shown.some((s) => s.includes(english))).toBe(true);
      expect(shown.some((s) => s.includes(renderMessage('sv', f.message)))).toBe(false);
    }
    expect(shown.join('\n')).toContain(
      'Erik Johansson is in the overall spread plan but has no rows in tab “3.a Saml pers spr-plan PLAN” (the plan (PLAN)). The plan was due by 2 February 2017; send a reminder.',
    );
    // The trainings' names in the "which training is meant" choice are the programme's own
    // (the workbook's catalogue), not texts of the pane.
    const panel = screen.getByRole('tabpanel').cloneNode(true) as HTMLElement;
    panel.querySelectorAll('option').forEach((o) => o.remove());
    expect(panel.textContent).not.toMatch(SWEDISH);
  });
  it('shows the reminders and the totals in English, the mail too', async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Reminders' }));
    const list = await screen.findByTestId('reminder-people');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anna Testsson – anna.testsson@example.se', 'Erik Johansson – erik@example.se']);
    const href = within(screen.getByTestId('mail-drafts')).getByRole('link').getAttribute('href')!;
    const mail = new URLSearchParams(href.slice('mailto:?'.length));
    expect(mail.get('subject')).toBe('Reminder: your personal spread plan');
    // The programme's own name stays as it is.
    const programme = 'Hälsa i Sverige för asylsökande och nyanlända';
    expect(mail.get('body')).toContain(programme);
    expect(`${mail.get('subject')} ${mail.get('body')}`.replace(programme, '')).not.toMatch(SWEDISH);
    expect(screen.getByRole('tabpanel').textContent.replace(programme, '')).not.toMatch(SWEDISH);

    fireEvent.click(screen.getByRole('tab', { name: 'Totals' }));
    fireEvent.click(screen.getByRole('button', { name: 'Update totals' }));
    await screen.findByTestId('totals-table');
    expect(screen.getByTestId('rounds-note').textContent).toMatch(/report 2/i);
    expect(screen.getByRole('tabpanel').textContent).not.toMatch(SWEDISH);
  });
});
