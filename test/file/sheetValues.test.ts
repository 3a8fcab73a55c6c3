// The overall plan's file read under the workbook caps (core/xlsx/readSheetValues.ts): the same
// values and merged areas as the reader the pane uses today (exceljs, src/excel/overallFile.ts)
// gives for the overall-plan fixtures, and the caps apply.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageError } from '../../src/core/messages';
import { readSheetValues } from '../../src/core/xlsx/readSheetValues';
import { readXlsxSheets } from '../../src/excel/overallFile';
import { buildXlsx, c, row } from './support/packages';

const DIR = path.resolve(__dirname, '../fixtures/overall');

describe('readSheetValues', () => {
  it.each(['clean', 'messy', 'offset', 'no-plan'])(
    '%s.xlsx reads as the exceljs reader reads it',
    async (name) => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, `${name}.xlsx`)));
      const ours = readSheetValues(bytes, `${name}.xlsx`);
      const theirs = await readXlsxSheets(bytes, `${name}.xlsx`);
      expect(ours.map((s) => ({ sheet: s.sheet, values: s.values, merges: [...s.merges].sort() }))).toEqual(
        theirs.map((s) => ({ sheet: s.sheet, values: s.values, merges: [...s.merges].sort() })),
      );
    },
  );

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
      },
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
