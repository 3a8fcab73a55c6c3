// The fidelity harness itself: silent on identical packages and on changes it was told of, and
// loud on each kind of loss issue 18 lists, each simulated by editing a copy of a corpus file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { comparePackages, formatDifferences, type AllowedChanges, type Difference } from './compare';
import {
  editPackage,
  replaceEach,
  replaceOnce,
  row,
  sheetPart,
  tinyWorkbook,
  type Edits,
} from './packageEdit';

const dir = path.resolve(__dirname, '../fixtures/fidelity');
const corpus = fs.readdirSync(dir).filter((f) => /\.xls[xm]$/.test(f));
const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(dir, file)));

const PLAN = '3.a Saml pers spr-plan PLAN';
const AT1 = '3.b Saml pers spr-plan ÅTERRAP1';
const CONTACTS = '2. Saml kontaktuppg';

/** The differences after applying `edits` (parts of `file`) to a copy of it. */
function lossIn(file: string, edits: (bytes: Uint8Array) => Edits, allowed?: AllowedChanges): Difference[] {
  const input = read(file);
  return comparePackages(input, editPackage(input, edits(input)), allowed);
}

/** Each difference as the report prints it: "part where: before → after". */
const report = (d: Difference[]) => d.map((x) => `${x.part} ${x.where}: ${x.before} → ${x.after}`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A report line about `part` (a part name or a sheet's name) at a place starting with `where`. */
const at = (part: string, where: string): unknown =>
  expect.stringMatching(new RegExp(`${escape(part)}.*${escape(where)}`));
/** Expects the report to hold a line for each matcher (and maybe more). */
const expectLines = (d: Difference[], ...lines: unknown[]) =>
  expect(report(d)).toEqual(expect.arrayContaining(lines));
/** Expects exactly these lines, in any order. */
const expectOnly = (d: Difference[], ...lines: string[]) => expect(report(d).sort()).toEqual(lines.sort());

describe('the harness on unchanged packages', () => {
  it.each(corpus)('%s compared with itself: no difference', (file) => {
    expect(comparePackages(read(file), read(file))).toEqual([]);
  });

  it('finds no difference in a package zipped again with the same parts', () => {
    const input = read('libreoffice-features.xlsx');
    expect(comparePackages(input, editPackage(input, {}))).toEqual([]);
  });
});

describe('each kind of loss is found and reported with part, place, before and after', () => {
  it('a chart part removed', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({ 'xl/charts/chart1.xml': null }));
    expectLines(d, at('xl/charts/chart1.xml', 'part'));
    expect(d.find((x) => x.where === 'part')!.after).toBe('—');
  });

  it('a chart sheet removed from the workbook', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({
      'xl/workbook.xml': replaceOnce(/<sheet [^>]*name="Diagram budget"[^>]*\/>/, ''),
    }));
    expectLines(d, at('xl/chartsheets/sheet1.xml [Diagram budget]', 'sheet'));
  });

  it('a pivot table and its cache removed', () => {
    const d = lossIn('libreoffice-features.xlsx', () => ({
      'xl/pivotTables/pivotTable1.xml': null,
      'xl/pivotCache/pivotCacheDefinition1.xml': null,
    }));
    expectLines(d, at('xl/pivotTables/pivotTable1.xml', 'part'));
    expectLines(d, at('xl/pivotCache/pivotCacheDefinition1.xml', 'part'));
  });

  it('an Excel table removed', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({ 'xl/tables/table1.xml': null }));
    expectLines(d, at('xl/tables/table1.xml', 'part'));
  });

  it('an image removed', () => {
    const d = lossIn('libreoffice-features.xlsx', () => ({ 'xl/media/image1.png': null }));
    expectLines(d, at('xl/media/image1.png', 'part'));
  });

  it('a threaded comment and a legacy comment removed', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({
      'xl/threadedComments/threadedComment1.xml': null,
      'xl/comments/comment2.xml': null,
    }));
    expectLines(d, at('xl/threadedComments/threadedComment1.xml', 'part'));
    expectLines(d, at('xl/comments/comment2.xml', 'part'));
  });

  it('the Status dropdown of a log tab removed, in a tab the import wrote', () => {
    const d = lossIn(
      'openpyxl-features.xlsx',
      (b) => ({ [sheetPart(b, PLAN)]: replaceOnce(/<dataValidations.*<\/dataValidations>/, '') }),
      { sheets: { [PLAN]: { written: ['A10:K13'] } } },
    );
    expect(report(d)).toEqual([
      expect.stringMatching(/ dataValidations\/dataValidation: <dataValidation sqref="H4:H203" .* → —$/),
    ]);
  });

  it('a conditional format (icon set) removed from a log tab', () => {
    const d = lossIn('libreoffice-features.xlsx', (b) => ({
      [sheetPart(b, AT1)]: replaceOnce(
        /<conditionalFormatting sqref="J4:J203">.*?<\/conditionalFormatting>/,
        '',
      ),
    }));
    expectLines(d, at(AT1, 'conditionalFormatting'));
  });

  it('a hyperlink removed', () => {
    const d = lossIn(
      'libreoffice-features.xlsx',
      (b) => ({ [sheetPart(b, CONTACTS)]: replaceOnce(/<hyperlinks>.*<\/hyperlinks>/, '') }),
      { sheets: { [CONTACTS]: { written: ['A8:H8'] } } },
    );
    expectLines(d, expect.stringMatching(/ hyperlinks\/hyperlink: <hyperlink ref="E4" .* → —$/));
  });

  it('a print area removed', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({
      'xl/workbook.xml': replaceOnce(
        /<definedName name="_xlnm.Print_Area" localSheetId="3">[^<]*<\/definedName>/,
        '',
      ),
    }));
    expect(report(d)).toEqual([
      `xl/workbook.xml definedNames/definedName "_xlnm.Print_Area": <definedName name="_xlnm.Print_Area" localSheetId="3">'${PLAN}'!$A$1:$K$203</definedName> → —`,
    ]);
  });

  it('a header/footer, a tab colour, a hidden column and a row height lost', () => {
    const d = lossIn('openpyxl-features.xlsx', (b) => ({
      [sheetPart(b, PLAN)]: replaceEach(
        [/<headerFooter>.*<\/headerFooter>/, ''],
        [/<tabColor [^>]*\/>/, ''],
        ['<col hidden="1" width="18"', '<col width="18"'],
        ['<row r="3" ht="30"', '<row r="3"'],
      ),
    }));
    expectLines(
      d,
      at(PLAN, '/headerFooter: <headerFooter>…</headerFooter> → —'),
      at(PLAN, '/sheetPr/tabColor[1]: <tabColor rgb="00C00000"/> → —'),
      at(PLAN, '/cols/col[12]/@hidden: 1 → —'),
      at(PLAN, 'row 3: customHeight="1" ht="30" → customHeight="1"'),
    );
  });

  it('fonts and borders lost from the styles', () => {
    const d = lossIn('libreoffice-features.xlsx', () => ({
      'xl/styles.xml': replaceEach(
        [/<borders count="(\d+)">.*?<\/borders>/, '<borders count="1"><border/></borders>'],
        [/<fonts count="(\d+)">.*?<\/fonts>/, '<fonts count="1"><font/></fonts>'],
      ),
    }));
    expectLines(d, at('xl/styles.xml', '/borders/border[0]'), at('xl/styles.xml', '/fonts/font[0]'));
  });

  it('a sheet-protection password removed', () => {
    const d = lossIn('libreoffice-features.xlsx', (b) => ({
      [sheetPart(b, 'Statistik')]: replaceOnce(' password="fbf9"', ''),
    }));
    expect(report(d)).toEqual([
      `${sheetPart(read('libreoffice-features.xlsx'), 'Statistik')} [Statistik] /sheetProtection/@password: fbf9 → —`,
    ]);
  });

  it('workbook protection removed', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({
      'xl/workbook.xml': replaceOnce(/<workbookProtection [^>]*\/>/, ''),
    }));
    expectLines(d, at('xl/workbook.xml', '/workbookProtection'));
  });

  it('an external link removed', () => {
    const d = lossIn('libreoffice-features.xlsx', () => ({
      'xl/externalLinks/externalLink1.xml': null,
      'xl/externalLinks/_rels/externalLink1.xml.rels': null,
    }));
    expectLines(d, at('xl/externalLinks/externalLink1.xml', 'part'));
  });

  it('the macros of an .xlsm removed (and the file no longer macro-enabled)', () => {
    const d = lossIn('openpyxl-macro.xlsm', () => ({
      'xl/vbaProject.bin': null,
      '[Content_Types].xml': replaceOnce(
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
    }));
    expectLines(d, at('xl/vbaProject.bin', 'part'));
    expectLines(d, at('[Content_Types].xml', 'Override /xl/workbook.xml'));
  });

  it("a formula's cached result dropped or changed", () => {
    const d = lossIn('libreoffice-features.xlsx', (b) => ({
      [sheetPart(b, 'Statistik')]: replaceOnce('<v>76</v>', '<v>75</v>'),
    }));
    expect(report(d)).toEqual([
      expect.stringMatching(/\[Statistik\] B3: =SUM\(PlaneratAntal\) n 76 → =SUM\(PlaneratAntal\) n 75$/),
    ]);
  });

  it('a defined name on a table turned into #NAME? (the name dropped)', () => {
    const d = lossIn('openpyxl-features.xlsx', () => ({
      'xl/workbook.xml': replaceOnce(/<definedName name="BudgetSumma">[^<]*<\/definedName>/, ''),
    }));
    expectLines(d, at('xl/workbook.xml', 'definedName "BudgetSumma"'));
  });

  it('an array formula kept in its first cell only', () => {
    const d = lossIn('openpyxl-features.xlsx', (b) => ({
      [sheetPart(b, 'Översikt')]: replaceOnce('<f t="array" ref="G3:G6">', '<f>'),
    }));
    expect(report(d)).toEqual([
      expect.stringMatching(
        /\[Översikt\] G3: =B3:B6\*2 \(array\) n \(no value\) → =B3:B6\*2 n \(no value\)$/,
      ),
    ]);
  });

  it('a shared formula expanded into plain formulas', () => {
    const d = lossIn('openpyxl-features.xlsx', (b) => ({
      [sheetPart(b, 'Översikt')]: replaceOnce(
        /<c r="D4" s="(\d+)"><f t="shared" si="0"\s*\/?>(<\/f>)?/,
        '<c r="D4" s="$1"><f>B4*C4</f>',
      ),
    }));
    expect(report(d)).toEqual([
      expect.stringMatching(/\[Översikt\] D4: = \(shared\) n \(no value\) → =B4\*C4 n \(no value\)$/),
    ]);
  });

  it('a time 12:00 that became -0.5, a duration over 24 h that wrapped', () => {
    const d = lossIn('libreoffice-1904.xlsx', (b) => ({
      [sheetPart(b, 'Tider')]: replaceEach(
        ['<v>0.5</v>', '<v>-0.5</v>'],
        ['<v>1.26041666666667</v>', '<v>0.26041666666667</v>'],
      ),
    }));
    expectOnly(
      d,
      'xl/worksheets/sheet7.xml [Tider] B3: n 0.5 → n -0.5',
      'xl/worksheets/sheet7.xml [Tider] B5: n 1.26041666666667 → n 0.26041666666667',
    );
  });

  it('a date moved a day (before 1 March 1900) and a date in a log tab shifted', () => {
    const input = read('openpyxl-features.xlsx');
    const d = lossIn(
      'openpyxl-features.xlsx',
      (b) => ({
        [sheetPart(b, 'Tider')]: replaceOnce('<v>46</v>', '<v>47</v>'),
        [sheetPart(b, PLAN)]: replaceOnce('<v>42780</v>', '<v>42781</v>'),
      }),
      { sheets: { [PLAN]: { written: ['A10:K13'] } } },
    );
    expectOnly(
      d,
      `${sheetPart(input, 'Tider')} [Tider] B8: n 46 → n 47`,
      `${sheetPart(input, PLAN)} [${PLAN}] F4: n 42780 → n 42781`,
    );
  });

  it('a 1904 workbook turned into a 1900 one', () => {
    const d = lossIn('libreoffice-1904.xlsx', () => ({
      'xl/workbook.xml': replaceOnce('date1904="true"', 'date1904="false"'),
    }));
    expect(report(d)).toEqual(['xl/workbook.xml /workbook/workbookPr[1]/@date1904: true → false']);
  });

  it("a cell's style changed, a cell lost and a cell added outside the written cells", () => {
    const d = lossIn(
      'libreoffice-features.xlsx',
      (b) => ({
        [sheetPart(b, PLAN)]: replaceEach(
          ['<c r="C5" s="0"', '<c r="C5" s="8"'],
          [/<c r="D6" [^>]*>.*?<\/c>/, ''],
          ['</row><row r="10"', '<c r="M9" t="inlineStr"><is><t>ny</t></is></c></row><row r="10"'],
        ),
      }),
      { sheets: { [PLAN]: { written: ['A10:K13'] } } },
    );
    const part = `${sheetPart(read('libreoffice-features.xlsx'), PLAN)} [${PLAN}]`;
    expectOnly(d, `${part} C5 style: s=0 → s=8`, `${part} D6: "Läkare" s=0 → —`, `${part} M9: — → "ny" s=0`);
  });

  it('shared strings reordered (every cell that uses them would read another text)', () => {
    const d = lossIn('libreoffice-features.xlsx', () => ({
      'xl/sharedStrings.xml': (t) => {
        const items = t.match(/<si>.*?<\/si>/g)!;
        return t.replace(items[0], '\u0000').replace(items[1], items[0]).replace('\u0000', items[1]);
      },
    }));
    expectLines(d, at('xl/sharedStrings.xml', 'si[0]'));
  });

  it('a part nobody may add', () => {
    const d = lossIn('openpyxl-macro.xlsm', () => ({ 'xl/extra.xml': '<x/>' }));
    expect(report(d)).toEqual(['xl/extra.xml part: — → 4 bytes']);
  });
});

describe('what the import may change is not reported', () => {
  const WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

  it('cells inside the written ranges, style-only changes in restyled cells, added parts and sheets', () => {
    const file = 'libreoffice-features.xlsx';
    const input = read(file);
    const part = sheetPart(input, PLAN);
    const output = editPackage(input, {
      [part]: replaceEach(
        ['<c r="C5" s="0"', '<c r="C5" s="8"'],
        [/(<row r="10"[^>]*>)<c r="A10"/, '$1<c r="B10" t="inlineStr"><is><t>HiS6</t></is></c><c r="A10"'],
      ),
      'xl/webextensions/webextension1.xml': '<we:webextension xmlns:we="x"/>',
      'docProps/app.xml': (t) => t.replace('</Properties>', '<Company>Region</Company></Properties>'),
      // A new very hidden sheet, as the import's undo journal.
      'xl/workbook.xml': replaceOnce(
        '</sheets>',
        '<sheet name="_spridningslogg" sheetId="99" state="veryHidden" r:id="rId99"/></sheets>',
      ),
      'xl/_rels/workbook.xml.rels': replaceOnce(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${R}/worksheet" Target="worksheets/sheet99.xml"/></Relationships>`,
      ),
      '[Content_Types].xml': replaceOnce(
        '</Types>',
        `<Override PartName="/xl/worksheets/sheet99.xml" ContentType="${WS}"/></Types>`,
      ),
      'xl/worksheets/sheet99.xml':
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    });
    const allowed: AllowedChanges = {
      sheets: { [PLAN]: { written: ['A10:K13'], restyled: ['C5'] } },
      addedSheets: ['_spridningslogg'],
      addedParts: [/^xl\/webextensions\//],
      changedParts: [/^docProps\//],
    };
    expect(formatDifferences(comparePackages(input, output, allowed))).toBe('no differences');
    // The same edits without the permission are each reported.
    const found = comparePackages(input, output, {}).map((x) => `${x.part.split(' ')[0]} ${x.where}`);
    expect(found.sort()).toEqual(
      [
        '[Content_Types].xml Override /xl/worksheets/sheet99.xml',
        'docProps/app.xml /Properties/Company[1]',
        'xl/_rels/workbook.xml.rels Relationship rId99',
        'xl/webextensions/webextension1.xml part',
        `${part} B10`,
        `${part} C5 style`,
        'xl/worksheets/sheet99.xml part',
        'xl/worksheets/sheet99.xml sheet',
        'xl/workbook.xml sheets/sheet "_spridningslogg"',
      ].sort(),
    );
  });
});

describe('recalculation', () => {
  it('may be asked for (calcPr fullCalcOnLoad) when allowed, in an existing calcPr or a new one', () => {
    const lo = read('libreoffice-features.xlsx');
    const asked = editPackage(lo, {
      'xl/workbook.xml': replaceOnce('<calcPr ', '<calcPr fullCalcOnLoad="1" '),
    });
    expect(comparePackages(lo, asked, { recalc: true })).toEqual([]);
    expect(report(comparePackages(lo, asked))).toEqual([
      'xl/workbook.xml /workbook/calcPr[1]/@fullCalcOnLoad: — → 1',
    ]);

    const none = editPackage(lo, { 'xl/workbook.xml': replaceOnce(/<calcPr [^>]*\/>/, '') });
    const added = editPackage(lo, {
      'xl/workbook.xml': replaceOnce(/<calcPr [^>]*\/>/, '<calcPr calcId="191029" fullCalcOnLoad="1"/>'),
    });
    expect(comparePackages(none, added, { recalc: true })).toEqual([]);
    expect(report(comparePackages(none, added))).toEqual([
      'xl/workbook.xml /workbook/calcPr[1]: — → <calcPr calcId="191029" fullCalcOnLoad="1"/>',
    ]);
  });
});

describe('rows inserted or deleted', () => {
  const LOG = 'Logg';
  /** A log tab with a totals row at 6 and things below it; another sheet and a name referring to its rows. */
  function book(opts: { shift: number; moveMerge?: boolean; moveOther?: boolean; moveName?: boolean }) {
    const s = opts.shift;
    const r = (n: number) => (n >= 6 ? n + s : n);
    const log = [
      row(1, { A: 'Titel' }),
      row(3, { A: 'Spridningsledare', G: 'Planerat antal' }),
      row(4, { A: 'Bo Ek', G: 12 }),
      row(5, { A: 'Cecilia Berg', G: 15 }),
      ...Array.from({ length: s }, (_, i) => row(6 + i, { A: 'Ny person', G: 1 })),
      row(r(6), { A: 'Summa', G: `=SUM(G4:G${r(6) - 1})` }, 'ht="24" customHeight="1"'),
      row(r(8), { A: 'Anteckning' }),
    ].join('');
    const mergeRow = opts.moveMerge === false ? 8 : r(8);
    const body =
      `<sheetData>${log}</sheetData><mergeCells count="1"><mergeCell ref="A${mergeRow}:F${mergeRow}"/></mergeCells>` +
      `<conditionalFormatting sqref="G4:G${r(6)}"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>5</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="whole" sqref="G4:G${r(5)}"><formula1>0</formula1></dataValidation></dataValidations>`;
    const otherRef = opts.moveOther === false ? 6 : r(6);
    const other = `<sheetData>${row(1, { A: `=${LOG}!G${otherRef}` })}</sheetData>`;
    const nameRow = opts.moveName === false ? 6 : r(6);
    return tinyWorkbook(
      [
        { name: LOG, body },
        { name: 'Uppföljning', body: other },
      ],
      `<definedName name="Summa">${LOG}!$G$${nameRow}</definedName>`,
    );
  }
  const inserted: AllowedChanges = { sheets: { [LOG]: { rows: [{ at: 6, count: 2 }], written: ['A6:K8'] } } };

  it('finds nothing when everything below the insert moved as Excel moves it', () => {
    expect(formatDifferences(comparePackages(book({ shift: 0 }), book({ shift: 2 }), inserted))).toBe(
      'no differences',
    );
  });

  it('finds a merge, a formula on another sheet and a defined name left behind', () => {
    const where = (o: Parameters<typeof book>[0]) =>
      comparePackages(book({ shift: 0 }), book(o), inserted).map((d) => `${d.part.split(' ')[0]} ${d.where}`);
    expect(where({ shift: 2, moveMerge: false })).toEqual([
      'xl/worksheets/sheet1.xml mergeCells/mergeCell',
      'xl/worksheets/sheet1.xml mergeCells/mergeCell',
    ]);
    expect(where({ shift: 2, moveOther: false })).toEqual(['xl/worksheets/sheet2.xml A1']);
    expect(where({ shift: 2, moveName: false })).toEqual([
      'xl/workbook.xml definedNames/definedName "Summa"',
      'xl/workbook.xml definedNames/definedName "Summa"',
    ]);
  });

  it('finds rows that should have moved but did not', () => {
    const d = comparePackages(book({ shift: 0 }), book({ shift: 0 }), inserted);
    expect(d.map((x) => x.where)).toEqual(expect.arrayContaining(['A10 (input A8)', 'row 8']));
  });

  it('takes deletions: the rows of the deleted person gone, everything below moved up', () => {
    const deleted: AllowedChanges = {
      sheets: { [LOG]: { rows: [{ at: 6, count: -2 }], written: ['A6:K6'] } },
    };
    expect(formatDifferences(comparePackages(book({ shift: 2 }), book({ shift: 0 }), deleted))).toBe(
      'no differences',
    );
  });
});
