// The goals and status section where Excel lets no add-in save a file (Mac, iPad): over the real
// gateway and the Excel emulator, the pane still lists the people, their mail text and mailto:
// draft, and says how else to get the plans and the deck (Excel on the web, or the CLI command)
// instead of offering buttons that would do nothing. And the goal mail's mailto: link.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { goalMail } from '../../src/core/goals/goalMail';
import { personGoals } from '../../src/core/goals/personGoals';
import type { OverallAssignment } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TAB_NAMES } from '../../src/core/tabs';
import { readNumber } from '../../src/core/values/number';
import { readTraining } from '../../src/core/values/training';
import { createGateway } from '../../src/excel/createGateway';
import { ExcelHost } from '../../src/host';
import { App } from '../../src/taskpane/components/App';
import { goalMailLink } from '../../src/taskpane/state/goalMailLink';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const TEMPLATE = path.resolve(__dirname, '../../assets/template.xlsx');
let host: ExcelHost;

beforeEach(async () => {
  host = await ExcelHost.fromXlsx(fs.readFileSync(TEMPLATE));
  host.install(window);
  host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'VC Norr', 'Åsa Öberg', 'asa.oberg@example.se', 30, 'vt 2017', ''],
    ['HiS9', 'BUP Syd', 'Bo Ek', '', 10, 'vt 2017', ''],
  ]);
});

afterEach(() => host.uninstall());

async function renderPane(lang: 'sv' | 'en') {
  const gateway = createGateway({ now: () => new Date('2016-12-01T10:00:00') });
  render(<App gateway={gateway} lang={lang} canSaveFiles={false} />);
  await screen.findByRole('tab', { name: lang === 'sv' ? 'Importera' : 'Import' });
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  fireEvent.click(screen.getByRole('tab', { name: lang === 'sv' ? 'Mål och status' : 'Goals and status' }));
}

describe('where the host cannot save files (Excel for Mac and iPad)', () => {
  it('goals: people, mail text and draft; no save button; how else, with the CLI command', async () => {
    await renderPane('sv');
    expect(screen.getByText(/Excel för Mac och iPad låter inte tillägg spara filer/)).toBeTruthy();
    expect(screen.getByText('spridningslogg goals --workbook LOGG.xlsx --out MAPP')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hämta mål' }));
    await screen.findByText('2 spridningsledare');
    fireEvent.click(screen.getByRole('button', { name: /Åsa Öberg/ }));
    const mail = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Mejltext till Åsa Öberg' });
    expect(mail.value).toContain('Hej Åsa Öberg!');
    expect(mail.value).toContain('VC Norr: 30 personer');
    expect(screen.getByRole('link', { name: /Öppna mejlutkast/ }).getAttribute('href')).toMatch(
      /^mailto:asa\.oberg@example\.se\?subject=/,
    );
    expect(screen.getByRole('button', { name: 'Kopiera mejltext' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Spara planen/ })).toBeNull();
    // Bo Ek has no address anywhere: the pane says so.
    fireEvent.click(screen.getByRole('button', { name: /Bo Ek/ }));
    await screen.findByText('ingen e-postadress');
  });

  it('status: the sheet is written, the deck is offered as the CLI command for the chosen round', async () => {
    await renderPane('en');
    fireEvent.click(screen.getByRole('tab', { name: 'Status' }));
    const part = screen.getByTestId('status-part');
    expect(within(part).queryByRole('button', { name: /slide deck/ })).toBeNull();
    fireEvent.change(within(part).getByRole('combobox'), { target: { value: 'aterrap2' } });
    expect(
      within(part).getByText('spridningslogg status --workbook LOG.xlsx --round aterrap2 --out status.pptx'),
    ).toBeTruthy();
    fireEvent.click(within(part).getByRole('button', { name: 'Write status sheet' }));
    await within(part).findByText(/The status sheet ".*" is written\./);
    expect(host.sheetNames().some((n) => n.startsWith('5.'))).toBe(true);
    expect(part.textContent).toMatch(/Excel for Mac and iPad does not let add-ins save files/);
  });
});

describe('the goal mail as a mailto: link', () => {
  const overall: OverallAssignment[] = [
    {
      training: readTraining('HiS6'),
      unit: 'VC Norr & Syd',
      person: 'Åsa Öberg',
      email: 'asa.oberg@example.se',
      goal: readNumber('30'),
      period: '',
      comment: '',
      sheet: TAB_NAMES.overall,
      row: 4,
      cells: {},
    },
  ];
  const mail = goalMail(personGoals(overall, [], DEFAULT_SETTINGS)[0], '2017-02-02');

  it('holds no space or raw line break; subject and body decode to the rendered mail, lines as CRLF', () => {
    const link = goalMailLink(mail, 'sv');
    expect(link).not.toMatch(/[ \r\n]/);
    expect(link.startsWith('mailto:asa.oberg@example.se?')).toBe(true);
    const p = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect([...p.keys()]).toEqual(['subject', 'body']);
    expect(p.get('subject')).toBe('Ditt personliga mål för spridningen – HiS6');
    const body = p.get('body')!;
    expect(body).toContain('VC Norr & Syd: 30 personer');
    expect(body).toContain('senast 2 februari 2017');
    expect(body.split('\r\n').length).toBeGreaterThan(3);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is English in English, and has no recipient when the person has no address', () => {
    const link = goalMailLink({ ...mail, to: '' }, 'en');
    expect(link.startsWith('mailto:?subject=')).toBe(true);
    const p = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(p.get('body')).toContain('2 February 2017');
    expect(p.get('body')).not.toMatch(/senast|Hej/);
  });
});
