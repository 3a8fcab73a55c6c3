// The overall plan's file read under the workbook caps (core/xlsx/readSheetValues.ts, what
// src/excel/overallFile.ts reads with): the same values and merged areas as an independent
// reader (exceljs, which the add-in used before) gives for the overall-plan fixtures, and the caps apply.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs/dist/exceljs.min.js';
import type { CellValue } from '../../src/core/headers/cell';
import { MessageError } from '../../src/core/messages';
import { readSheetValues } from '../../src/core/xlsx/readSheetValues';
import { unzipSync } from 'fflate';
import { buildXlsx, c, row } from './support/packages';

const DIR = path.resolve(__dirname, '../fixtures/overall');

/** A cell as Office.js gives it, from exceljs's model: dates as 1900-system serials, formulas' results. */
function scalar(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[])
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('');
    if (typeof o.text === 'string') return o.text;
    if ('result' in o) return scalar(o.result);
  }
  return '';
}

/** Every sheet as exceljs reads it: values from A1 as wide as the widest row, merged areas. */
async function exceljsSheets(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return book.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const line: CellValue[] = [];
      r.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        // A merged area's other cells are empty in Excel (exceljs repeats the master's value).
        line[colNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : scalar(cell.value);
      });
      values[rowNumber - 1] = line;
      width = Math.max(width, line.length);
    });
    for (let r = 0; r < values.length; r++)
      values[r] = Array.from({ length: width }, (_, col) => values[r]?.[col] ?? '');
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    return { sheet: ws.name, values, merges: [...merges] };
  });
}

describe('readSheetValues', () => {
  it.each(['clean', 'messy', 'offset', 'no-plan'])('%s.xlsx reads as exceljs reads it', async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, `${name}.xlsx`)));
    const ours = readSheetValues(bytes, `${name}.xlsx`);
    const theirs = await exceljsSheets(bytes);
    expect(ours.map((s) => ({ sheet: s.sheet, values: s.values, merges: [...s.merges].sort() }))).toEqual(
      theirs.map((s) => ({ sheet: s.sheet, values: s.values, merges: [...s.merges].sort() })),
    );
  });

  it('gives cached formula results, dates as serials, and empty other cells of a merged area', () => {
    const bytes = buildXlsx({
      sharedStrings: ['Utbildning', 'Mål'],
      sheets: [
        {
          name: 'Plan',
          body:
            `<sheetData>${row(1, c('A1', 0, { t: 's' }), c('B1', 'dold', { t: 'str' }))}${row(2, c('A2', 30, { f: 'B2*3' }), c('B2', 42776))}</sheetData>` +
            '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        },
      ],
    });
    expect(readSheetValues(bytes, 'plan.xlsx')).toEqual([
      {
        sheet: 'Plan',
        values: [
          ['Utbildning', ''],
          [30, 42776],
        ],
        merges: ['A1:B1'],
        numberFormats: [
          [null, null],
          [null, null],
        ],
      },
    ]);
  });

  it('gives each cell’s number format as exceljs wrote it: custom, built-in, and General as null', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Övergripande');
    ws.getCell('A1').value = 'Utbildning';
    ws.getCell('B1').value = new Date(Date.UTC(2017, 1, 10));
    ws.getCell('B1').numFmt = 'yyyy-mm-dd';
    ws.getCell('C1').value = new Date(Date.UTC(2017, 2, 1));
    ws.getCell('C1').numFmt = 'm/d/yyyy';
    ws.getCell('D1').value = 0.25;
    ws.getCell('D1').numFmt = '0%';
    ws.getCell('E1').value = 20;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const [sheet] = readSheetValues(bytes, 'plan.xlsx');
    expect(sheet.values[0]).toEqual(['Utbildning', 42776, 42795, 0.25, 20]);
    expect(sheet.numberFormats[0]).toEqual([null, 'yyyy-mm-dd', 'm/d/yyyy', '0%', null]);
    const styles = new TextDecoder().decode(unzipSync(bytes)['xl/styles.xml']);
    expect(styles).toMatch(/<xf numFmtId="9"/); // '0%' comes by the built-in table
  });

  it('reads built-in date formats, an <xf> with children, and an unknown id as General', () => {
    const bytes = buildXlsx({
      numFmts: ['<numFmt numFmtId="170" formatCode="d\\ mmmm"/>'],
      cellXfs: [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf>',
        '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="199" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ],
      sheets: [
        {
          name: 'Plan',
          body: `<sheetData>${row(1, c('A1', 42776, { s: 1 }), c('B1', 42776, { s: 2 }), c('C1', 5, { s: 3 }), c('D1', 5))}</sheetData>`,
        },
      ],
    });
    expect(readSheetValues(bytes, 'plan.xlsx')[0].numberFormats).toEqual([
      ['m/d/yyyy', 'd\\ mmmm', null, null],
    ]);
  });

  it('applies the caps, naming the file', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'Plan', body: `<sheetData>${row(1, c('A1', 1), c('B1', 2))}</sheetData>` }],
    });
    const refusal = (caps: Parameters<typeof readSheetValues>[2]) => {
      try {
        readSheetValues(bytes, 'plan.xlsx', caps);
      } catch (e) {
        if (e instanceof MessageError) return e.msg;
        throw e;
      }
      throw new Error('no refusal');
    };
    expect(refusal({ maxCells: 1 })).toMatchObject({
      code: 'file-too-many-cells',
      params: { file: 'plan.xlsx', sheet: 'Plan' },
    });
    expect(refusal({ maxFileBytes: 10 })).toMatchObject({
      code: 'file-too-large',
      params: { file: 'plan.xlsx' },
    });
  });
});
