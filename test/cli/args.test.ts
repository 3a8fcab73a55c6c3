import { langArg, parseArgs } from '../../src/cli/args';
import { groupInputs } from '../../src/cli/inputs';
import { render } from '../../src/messages/render';

describe('parseArgs', () => {
  it('parses a full import command', () => {
    const r = parseArgs([
      'import',
      '--workbook',
      'in.xlsx',
      '--out',
      'out.xlsx',
      '--round',
      'aterrap1',
      '--overall',
      'o.xlsx',
      '--json',
      'a.docx',
      'b.html',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        command: 'import',
        workbook: 'in.xlsx',
        out: 'out.xlsx',
        round: 'aterrap1',
        overall: 'o.xlsx',
        json: true,
        inputs: ['a.docx', 'b.html'],
      },
    });
  });

  it.each([
    [['import', '--workbook', 'in.xlsx', '--round', 'plan', 'a.docx'], 'cli-out-missing', '--out'],
    [['import', '--workbook', 'in.xlsx', '--out', 'out.xlsx', 'a.docx'], 'cli-round-missing', '--round'],
    [
      ['import', '--workbook', 'in.xlsx', '--out', 'in.xlsx', '--round', 'plan', 'a.docx'],
      'cli-out-is-workbook',
      'samma fil',
    ],
    [['import', '--workbook', 'in.xlsx', '--out', 'o.xlsx', '--round', 'plan'], 'cli-no-inputs', 'INPUT'],
    [
      ['import', '--workbook', 'in.xlsx', '--out', 'o.xlsx', '--round', 'report', 'a.docx'],
      'cli-bad-round',
      'report',
    ],
    [['check'], 'cli-workbook-missing', '--workbook'],
    [['check', '--workbook'], 'cli-flag-needs-value', 'värde'],
    [['check', '--workbook', 'a.xlsx', '--verbose'], 'cli-unknown-flag', '--verbose'],
    [['check', '--workbook', 'a.xlsx', 'extra'], 'cli-unexpected-argument', 'extra'],
    [['totals', '--workbook', 'a.xlsx', '--round', 'plan'], 'cli-totals-all-rounds', '--round'],
    [['frobnicate'], 'cli-unknown-command', 'frobnicate'],
    [['check', '--workbook', 'a.xlsx', '--lang', 'de'], 'cli-bad-lang', 'de'],
    [['totals', '--workbook', 'a.xlsx', '--force'], 'cli-force-needs-out', '--out'],
    [['check', '--workbook', 'a.xlsx', '--force'], 'cli-check-writes-nothing', '--force'],
    [
      ['alias', '--workbook', 'a.xlsx', '--text', 'x', '--out', 'b.xlsx'],
      'cli-training-missing',
      '--training',
    ],
    [
      ['alias', '--workbook', 'a.xlsx', '--training', 'HiS2', '--out', 'b.xlsx'],
      'cli-text-missing',
      '--text',
    ],
    [['alias', '--workbook', 'a.xlsx', '--training', 'HiS2', '--text', 'x'], 'cli-out-missing', '--out'],
    [
      ['alias', '--workbook', 'a.xlsx', '--training', 'HiS2', '--text', 'x', '--out', './a.xlsx'],
      'cli-out-is-workbook',
      'samma fil',
    ],
    [
      [
        'alias',
        '--workbook',
        'a.xlsx',
        '--training',
        'HiS2',
        '--text',
        'x',
        '--out',
        'b.xlsx',
        '--round',
        'plan',
      ],
      'cli-flag-not-for-command',
      '--round',
    ],
    [
      ['alias', '--workbook', 'a.xlsx', '--training', 'HiS2', '--text', 'x', '--out', 'b.xlsx', 'c.docx'],
      'cli-unexpected-argument',
      'c.docx',
    ],
    [['check', '--workbook', 'a.xlsx', '--training', 'HiS2'], 'cli-flag-not-for-command', '--training'],
    [['import', '--workbook', 'a.xlsx', '--text', 'x'], 'cli-flag-not-for-command', '--text'],
  ])('rejects %j with %s, in Swedish mentioning %s', (argv, code, needle) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.code).toBe(code);
    expect(render('sv', r.message)).toContain(needle);
    expect(render('en', r.message)).not.toEqual(render('sv', r.message));
  });

  it('takes --lang sv|en with any command, and reads it before the rest', () => {
    expect(parseArgs(['check', '--workbook', 'a.xlsx', '--lang', 'en']).ok).toBe(true);
    expect(langArg(['check', '--lang', 'en', '--verbose'])).toBe('en');
    expect(langArg(['--help', '--lang', 'sv'])).toBe('sv');
    expect(langArg(['check', '--lang', 'de'])).toBeUndefined();
    expect(langArg(['check'])).toBeUndefined();
  });

  it('accepts check and totals without optional flags', () => {
    expect(parseArgs(['check', '--workbook', 'a.xlsx'])).toEqual({
      ok: true,
      value: { command: 'check', workbook: 'a.xlsx', json: false },
    });
    expect(parseArgs(['totals', '--workbook', 'a.xlsx', '--out', 'b.xlsx', '--json'])).toEqual({
      ok: true,
      value: { command: 'totals', workbook: 'a.xlsx', out: 'b.xlsx', json: true },
    });
    expect(parseArgs(['totals', '--workbook', 'a.xlsx', '--out', 'b.xlsx', '--force'])).toEqual({
      ok: true,
      value: { command: 'totals', workbook: 'a.xlsx', out: 'b.xlsx', json: false, force: true },
    });
  });

  it('parses alias: the training, the text as given, OUT and --force', () => {
    expect(
      parseArgs([
        'alias',
        '--workbook',
        'in.xlsx',
        '--training',
        'his2',
        '--text',
        ' ”Hälsoinfo-dagen” ',
        '--out',
        'out.xlsx',
        '--force',
      ]),
    ).toEqual({
      ok: true,
      value: {
        command: 'alias',
        workbook: 'in.xlsx',
        out: 'out.xlsx',
        training: 'his2',
        text: ' ”Hälsoinfo-dagen” ',
        json: false,
        force: true,
      },
    });
  });

  it('treats no arguments as a request for help', () => {
    expect(parseArgs([])).toEqual({ ok: true, value: { command: 'help' } });
  });
});

describe('groupInputs', () => {
  it('pairs NAME.html and NAME.txt into one paste and keeps first-appearance order', () => {
    const r = groupInputs(['dir/anna.txt', 'b.docx', 'dir/anna.html', 'c.html']);
    expect(r).toEqual({
      ok: true,
      inputs: [
        { kind: 'paste', name: 'anna', textPath: 'dir/anna.txt', htmlPath: 'dir/anna.html' },
        { kind: 'docx', name: 'b.docx', path: 'b.docx' },
        { kind: 'paste', name: 'c', htmlPath: 'c.html' },
      ],
    });
  });

  it('refuses unknown file types and doubled flavours', () => {
    // .pdf, .doc and .rtf are plan files the reader refuses with how to save as .docx (planFiles.test.ts)
    const xls = groupInputs(['plan.xls']);
    expect(xls.ok).toBe(false);
    if (!xls.ok) expect(xls.message).toEqual({ code: 'cli-unknown-file-type', params: { path: 'plan.xls' } });
    expect(groupInputs(['a.html', 'a.htm']).ok).toBe(false);
  });
});
