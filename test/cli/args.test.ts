import { parseArgs } from '../../src/cli/args';
import { groupInputs } from '../../src/cli/inputs';

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
    [['import', '--workbook', 'in.xlsx', '--round', 'plan', 'a.docx'], '--out'],
    [['import', '--workbook', 'in.xlsx', '--out', 'out.xlsx', 'a.docx'], '--round'],
    [['import', '--workbook', 'in.xlsx', '--out', 'in.xlsx', '--round', 'plan', 'a.docx'], 'samma fil'],
    [['import', '--workbook', 'in.xlsx', '--out', 'o.xlsx', '--round', 'plan'], 'INPUT'],
    [['import', '--workbook', 'in.xlsx', '--out', 'o.xlsx', '--round', 'report', 'a.docx'], 'report'],
    [['check'], '--workbook'],
    [['check', '--workbook'], 'värde'],
    [['check', '--workbook', 'a.xlsx', '--verbose'], '--verbose'],
    [['check', '--workbook', 'a.xlsx', 'extra'], 'extra'],
    [['totals', '--workbook', 'a.xlsx', '--round', 'plan'], '--round'],
    [['totals', '--workbook', 'a.xlsx', '--force'], '--out'],
    [['check', '--workbook', 'a.xlsx', '--force'], '--force'],
    [['frobnicate'], 'frobnicate'],
  ])('rejects %j with a Swedish message mentioning %s', (argv, needle) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(needle);
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
    const pdf = groupInputs(['plan.pdf']);
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.message).toContain('plan.pdf');
    expect(groupInputs(['a.html', 'a.htm']).ok).toBe(false);
  });
});
