// Opening and saving .xlsx: a workbook made by another writer (exceljs) is read as Excel holds it
// and survives a load/save/load round trip; files that are no workbook are refused, naming why.
import * as ExcelJS from 'exceljs/dist/exceljs.min.js';
import { MessageError } from '../../src/core/messages';
import { ExcelHost } from '../../src/host';
import { render } from '../../src/messages/render';

const PLAN = '3.a Saml pers spr-plan PLAN';

async function sampleWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(PLAN, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
    properties: { tabColor: { argb: 'FF00B050' } },
  });
  ws.getCell('A1').value = 'Samlad spridningslogg';
  ws.mergeCells('A1:C1');
  ws.getRow(2).values = ['Spridningsledare', 'Planerat antal', 'Planerat datum'];
  ws.getCell('A2').font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('A3').value = 'Anna Lindqvist';
  ws.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B3').value = 20;
  ws.getCell('C3').value = new Date(Date.UTC(2017, 1, 10));
  ws.getCell('C3').numFmt = 'yyyy-mm-dd';
  ws.getCell('B4').value = { formula: 'SUM(B3:B3)', result: 20 };
  ws.getCell('D3').alignment = { wrapText: true };
  ws.getCell('D3').value = 'rad 1\nrad 2';
  ws.getColumn(1).width = 30;
  ws.autoFilter = 'A2:C3';
  const hidden = book.addWorksheet('Dold', { state: 'hidden' });
  hidden.getCell('A1').value = true;
  const locked = book.addWorksheet('Låst');
  locked.getCell('B2').value = 1.5;
  await locked.protect('', {});
  book.definedNames.add(`'${PLAN}'!$B$3:$B$4`, 'Planerat');
  return new Uint8Array(await book.xlsx.writeBuffer());
}

type Snap = { sheets: { cells: Record<string, { value: unknown; formula?: string }> }[] };

describe('xlsx', () => {
  test('reads values, formulas with their cached result, formats, merges, panes, filter, widths, names, visibility, protection', async () => {
    const host = await ExcelHost.fromXlsx(await sampleWorkbook());
    expect(host.sheetNames()).toEqual([PLAN, 'Dold', 'Låst']);
    expect(host.values(PLAN, 'A3:C3')).toEqual([['Anna Lindqvist', 20, 42776]]);
    expect(host.cell(PLAN, 'C3')?.numberFormat).toBe('yyyy-mm-dd');
    expect(host.cell(PLAN, 'B4')).toEqual({ value: 20, formula: '=SUM(B3:B3)' });
    expect(host.cell(PLAN, 'A2')).toMatchObject({
      value: 'Spridningsledare',
      bold: true,
      fontColor: '#C00000',
    });
    expect(host.cell(PLAN, 'A3')?.fill).toBe('#FFFF00');
    expect(host.cell(PLAN, 'D3')).toEqual({ value: 'rad 1\nrad 2', wrapText: true });
    const snap = host.snapshot() as {
      sheets: {
        merges: string[];
        frozen: unknown;
        autoFilter: string;
        columnWidths: Record<string, number>;
        visibility: string;
        protected: boolean;
        tabColor: string;
      }[];
      names: { name: string; formula: string }[];
    };
    expect(snap.sheets[0]).toMatchObject({
      merges: ['A1:C1'],
      frozen: { rows: 2, columns: 1 },
      autoFilter: 'A2:C3',
      tabColor: '#00B050',
    });
    expect(snap.sheets[0].columnWidths['0']).toBeCloseTo(157.5, 1); // width 30 = 210 px
    expect(snap.sheets[1].visibility).toBe('Hidden');
    expect(snap.sheets[2].protected).toBe(true);
    expect(snap.names).toEqual([
      { name: 'Planerat', formula: `='${PLAN}'!$B$3:$B$4`, comment: '', visible: true },
    ]);
  });

  test('round trip: load, save, load again gives the same workbook, cached formula results kept', async () => {
    const first = await ExcelHost.fromXlsx(await sampleWorkbook());
    first.workbook.settings.set('kolumnmappning', { plan: { person: 'Namn' } });
    const saved = await first.toXlsx();
    const second = await ExcelHost.fromXlsx(saved);
    expect(second.snapshot()).toEqual(first.snapshot() as Snap);
    // Nobody wrote the formula: its cached result is still in the file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved.slice().buffer);
    const f = book.getWorksheet(PLAN)!.getCell('B4').value as ExcelJS.CellFormulaValue;
    expect(f.formula).toBe('SUM(B3:B3)');
    expect(f.result).toBe(20);
  });

  /** The message a file is refused with, in Swedish. */
  async function refusal(bytes: Uint8Array): Promise<{ code: string; text: string }> {
    const err = await ExcelHost.fromXlsx(bytes, { fileName: 'logg.xlsx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageError);
    const m = (err as MessageError).msg;
    return { code: m.code, text: render('sv', m) };
  }

  test('a file that is not an xlsx package is refused, naming the file', async () => {
    const text = new TextEncoderPolyfill().encode('Namn;E-post\nAnna;anna@example.se\n');
    const r = await refusal(text);
    expect(r.code).toBe('file-not-xlsx');
    expect(r.text).toMatch(/logg\.xlsx är ingen Excel-arbetsbok/);
  });

  test('a damaged xlsx (truncated zip) is refused as possibly damaged', async () => {
    const bytes = await sampleWorkbook();
    const r = await refusal(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(r.code).toBe('file-damaged');
    expect(r.text).toMatch(/skadad/);
  });

  test('an encrypted or legacy .xls file (OLE compound file) is recognised', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(ole)).text).toMatch(/lösenordsskyddad eller sparad i det gamla \.xls-formatet/);
  });
});

/** jsdom in jest 29 lacks TextEncoder; ASCII is enough here. */
class TextEncoderPolyfill {
  encode(s: string): Uint8Array {
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
}
