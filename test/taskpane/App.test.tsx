// The pane in jsdom with the REAL Excel client (test/setup/officejs.ts), the Excel emulator
// (src/host) holding the shipped template, E's Office.js gateway and the real core readers.
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGateway } from '../../src/excel/createGateway';
import { ExcelHost } from '../../src/host';
import { App } from '../../src/taskpane/components/App';

const TEMPLATE = path.resolve(__dirname, '../../assets/template.xlsx');
const PLAN_SHEET = '3.a Saml pers spr-plan PLAN';
const CONTACT_SHEET = '2. Saml kontaktuppg';

const HEADERS = [
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
];
const ROWS = [
  ['HiS6', 'Föreläsning', 'Sjuksköterskor', 'VC Norr', '2017-02-10', '20', '', '', '', ''],
  ['HiS6', 'Workshop', 'Läkare', 'VC Norr', '15 mars', 'ca 12', '', '', '', ''],
];
const CONTACT = [
  ['Namn:', 'Anna Testsson'],
  ['E-post:', 'anna.testsson@example.se'],
  ['Arbetsplats/verksamhet:', 'VC Norr'],
  ['Utbildningar att sprida:', 'HiS6'],
];
const table = (rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const CLIP = {
  html: `<p>Min personliga spridningsplan</p>${table(CONTACT)}<p>Aktiviteter</p>${table([HEADERS, ...ROWS])}`,
  text: [
    'Min personliga spridningsplan',
    ...CONTACT.map((r) => r.join('\t')),
    'Aktiviteter',
    ...[HEADERS, ...ROWS].map((r) => r.join('\t')),
  ].join('\r\n'),
};

// jsdom with Fluent and the real Office.js client is slow on a shared 2-core machine.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

// jest-environment-jsdom 29 hides Node's structuredClone, which browsers and Office have and the
// gateway uses; give the test window the same function Node has.
import { deserialize, serialize } from 'node:v8';
if (typeof globalThis.structuredClone !== 'function') {
  const clone = <T,>(value: T): T => deserialize(serialize(value)) as T;
  globalThis.structuredClone = clone;
}

let host: ExcelHost;

beforeEach(async () => {
  host = await ExcelHost.fromXlsx(fs.readFileSync(TEMPLATE));
  host.install(window);
});

afterEach(() => host.uninstall());

async function renderPane() {
  const gateway = createGateway({ now: () => new Date('2016-12-01T10:00:00') });
  render(<App gateway={gateway} lang="sv" />);
  await screen.findByRole('tab', { name: 'Importera' });
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

function pastePlan() {
  const area = screen.getByTestId('paste-area');
  fireEvent.paste(area, {
    clipboardData: {
      getData: (type: string) => (type === 'text/html' ? CLIP.html : type === 'text/plain' ? CLIP.text : ''),
    },
  });
}

const column = (sheet: string, range: string) =>
  host
    .values(sheet, range)
    .map((r) => String(r[0]))
    .filter((v) => v !== '');

describe('task pane over the real gateway and the Excel emulator', () => {
  it('previews a pasted plan without writing, then writes it on confirm', async () => {
    await renderPane();
    pastePlan();
    const card = await screen.findByTestId('person-preview');
    expect(card.textContent).toContain('Anna Testsson');
    expect(card.textContent).toMatch(/Rader att skriva\s*2/);
    expect(column(PLAN_SHEET, 'A4:A20')).toEqual([]);
    // Pasted HTML never enters the page: no table from the clipboard is rendered.
    expect(document.querySelectorAll('table')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('2 rader skrevs, 0 gamla rader ersattes.');
    expect(column(PLAN_SHEET, 'A4:A20')).toEqual(['Anna Testsson', 'Anna Testsson']);
    expect(column(CONTACT_SHEET, 'A4:A10')).toEqual(['Anna Testsson']);
  });

  it('asks before undoing over cells changed since the import; keeps them when told to, undoes when told to', async () => {
    await renderPane();
    pastePlan();
    fireEvent.click(await screen.findByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText(/2 rader skrevs/);
    act(() => host.setValues(PLAN_SHEET, 'C4', [['Ändrad för hand']]));

    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    const alert = await screen.findByText('Celler har ändrats efter importen');
    expect(alert).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Behåll' }));
    expect(column(PLAN_SHEET, 'C4:C20')).toEqual(['Ändrad för hand', 'Workshop']);

    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ångra ändå' }));
    await screen.findByText('Importen är ångrad.');
    expect(column(PLAN_SHEET, 'A4:A20')).toEqual([]);
    expect(column(CONTACT_SHEET, 'A4:A10')).toEqual([]);
  });

  it('says in Swedish what to do when the sheet is protected, and writes nothing', async () => {
    await renderPane();
    pastePlan();
    await screen.findByTestId('person-preview');
    host.workbook.findSheet(PLAN_SHEET)!.protected = true;
    fireEvent.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fliken är skyddad');
    expect(alert.textContent).toContain('Ta bort skydd');
    expect(column(PLAN_SHEET, 'A4:A20')).toEqual([]);
    expect(column(CONTACT_SHEET, 'A4:A10')).toEqual([]);
  });

  it('refuses a file that is not .docx with a sentence naming it', async () => {
    await renderPane();
    const input = screen.getByTestId('file-input');
    const file = new File(['hej'], 'anteckningar.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    const bar = await screen.findByText('Kunde inte läsa ”anteckningar.txt”:');
    expect(
      within(bar.closest('[role="group"], div')!.parentElement!).getByText(
        /är inte ett Word-dokument \(\.docx\)/,
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('preview')).toBeNull();
  });

  it('saves edited settings into the workbook and refuses an impossible date', async () => {
    await renderPane();
    fireEvent.click(screen.getByRole('tab', { name: 'Inställningar' }));
    const due = await screen.findByLabelText('Planer med status till samordnaren (ÅR1)');
    fireEvent.change(due, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    expect((await screen.findByRole('alert')).textContent).toContain('måste vara ett datum som 2017-02-10');

    fireEvent.change(due, { target: { value: '2017-02-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Utbildningar (12 st)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till utbildning' }));
    const codes = screen.getAllByLabelText('Kod');
    fireEvent.change(codes[codes.length - 1], { target: { value: 'HiS14' } });
    const names = screen.getAllByLabelText('Namn');
    fireEvent.change(names[names.length - 1], { target: { value: 'Ny utbildning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    await screen.findByText('Inställningarna är sparade i arbetsboken.');
    const stored = await createGateway().getSettings();
    expect(stored.deadlines.aterrap1Due).toBe('2017-02-03');
    expect(stored.catalogue.map((c) => c.code)).toContain('HiS14');
  });
});
