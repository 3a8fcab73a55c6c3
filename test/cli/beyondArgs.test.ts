// The command lines of `goals` and `status`: what each takes, and each usage error as its message
// code with a Swedish sentence that names what to change.
import { parseArgs } from '../../src/cli/args';
import { render } from '../../src/messages/render';

describe('goals', () => {
  it('takes the overall plan or the log, a folder, and the optional deadline, sender and --force', () => {
    expect(parseArgs(['goals', '--overall', 'o.xlsx', '--out', 'mål'])).toEqual({
      ok: true,
      value: { command: 'goals', overall: 'o.xlsx', out: 'mål', json: false },
    });
    expect(
      parseArgs([
        'goals',
        '--workbook',
        'logg.xlsx',
        '--out',
        'mål',
        '--deadline',
        '2017-02-28',
        '--from',
        'samordnare@region.se',
        '--force',
        '--json',
      ]),
    ).toEqual({
      ok: true,
      value: {
        command: 'goals',
        workbook: 'logg.xlsx',
        out: 'mål',
        deadline: '2017-02-28',
        from: 'samordnare@region.se',
        json: true,
        force: true,
      },
    });
  });
});

describe('status', () => {
  it('takes the log, the round, the deck and optionally the overall plan and the workbook out', () => {
    expect(
      parseArgs([
        'status',
        '--workbook',
        'logg.xlsx',
        '--round',
        'ATERRAP2',
        '--out',
        'status.pptx',
        '--overall',
        'o.xlsx',
        '--xlsx',
        'ut.xlsx',
      ]),
    ).toEqual({
      ok: true,
      value: {
        command: 'status',
        workbook: 'logg.xlsx',
        overall: 'o.xlsx',
        round: 'aterrap2',
        out: 'status.pptx',
        xlsx: 'ut.xlsx',
        json: false,
      },
    });
  });
});

it.each([
  [['goals', '--out', 'mål'], 'cli-goals-needs-overall', '--overall'],
  [['goals', '--overall', 'o.xlsx'], 'cli-goals-out-missing', '--out MAPP'],
  [
    ['goals', '--overall', 'o.xlsx', '--out', 'm', '--deadline', '2017-02-30'],
    'goals-bad-deadline',
    'ÅÅÅÅ-MM-DD',
  ],
  [['goals', '--overall', 'o.xlsx', '--out', 'm', '--deadline', '2 feb'], 'goals-bad-deadline', '2 feb'],
  [['goals', '--overall', 'o.xlsx', '--out', 'm', '--round', 'plan'], 'cli-flag-not-for-command', '--round'],
  [['goals', '--overall', 'o.xlsx', '--out', 'm', 'extra.docx'], 'cli-unexpected-argument', 'extra.docx'],
  [['status', '--round', 'aterrap1', '--out', 's.pptx'], 'cli-workbook-missing', '--workbook'],
  [['status', '--workbook', 'l.xlsx', '--out', 's.pptx'], 'cli-status-round', 'aterrap1 eller aterrap2'],
  [['status', '--workbook', 'l.xlsx', '--round', 'plan', '--out', 's.pptx'], 'cli-status-round', 'plan'],
  [['status', '--workbook', 'l.xlsx', '--round', 'aterrap1'], 'cli-status-out-missing', '--out STATUS.pptx'],
  [
    ['status', '--workbook', 'l.xlsx', '--round', 'aterrap1', '--out', 's.ppt'],
    'cli-status-out-pptx',
    '.pptx',
  ],
  [
    ['status', '--workbook', 'l.xlsx', '--round', 'aterrap1', '--out', 's.pptx', '--xlsx', 'l.xlsx'],
    'cli-out-is-workbook',
    'samma fil',
  ],
  [
    ['status', '--workbook', 'l.xlsx', '--round', 'aterrap1', '--out', 's.pptx', '--xlsx', 'u.csv'],
    'cli-status-xlsx',
    '.xlsx',
  ],
  [
    ['status', '--workbook', 'l.xlsx', '--round', 'aterrap1', '--out', 's.pptx', '--from', 'a@b.se'],
    'cli-flag-not-for-command',
    '--from',
  ],
  [['check', '--workbook', 'l.xlsx', '--deadline', '2017-02-02'], 'cli-flag-not-for-command', '--deadline'],
  [['goals', '--overall', 'o.xlsx', '--out', 'm', '--text', 'x'], 'cli-flag-not-for-command', '--text'],
  [['report'], 'cli-unknown-command', 'goals eller status'],
])('rejects %j with %s, in Swedish mentioning %s', (argv, code, needle) => {
  const r = parseArgs(argv);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.message.code).toBe(code);
  expect(render('sv', r.message)).toContain(needle);
  expect(render('en', r.message)).not.toEqual(render('sv', r.message));
});
