// Saving writes the opened file back with only the add-in's changes: parts nobody changed are
// the same bytes (even compressed), in the sheet it wrote every other cell and element stays as
// written, new formats are appended to the styles, formulas it wrote are recalculated on load.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { ExcelHost } from '../../src/host';
import { ZipArchive } from '../../src/core/xlsx/zipArchive';
import { DEFAULT_WORKBOOK_CAPS } from '../../src/core/xlsx/workbookPackage';
import { buildXlsx, c, cellsOf, changedParts, parts, row } from './support/packages';

const BORDER =
  '<border><left style="thin"><color auto="1"/></left><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/** A workbook as a coordinator's might be: an instruction tab, the log tab, a calc chain, a macro part, comments. */
function book(): Uint8Array {
  return buildXlsx({
    sharedStrings: ['Läs detta först', 'Spridningsledare', 'Antal', 'Datum', 'Anna', 'Bo'],
    fills: [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>',
    ],
    borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>', BORDER],
    fonts: [
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
      '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    ],
    cellXfs: [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      // 1: header: bold 14 pt with a border (more than the emulator models)
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>',
      // 2: yellow (plain: the emulator models it fully)
      '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>',
      // 3: a date with a border
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>',
    ],
    sheets: [
      {
        name: 'Instruktioner',
        body: `<dimension ref="A1"/><sheetData>${row(1, c('A1', 0, { t: 's' }))}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId1"/>`,
        rels: [
          ['rId1', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
          ['rId2', 'comments', '../comments1.xml'],
        ],
      },
      {
        name: 'Logg',
        body:
          '<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:D4"/>' +
          '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
          '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="24" customWidth="1"/></cols>' +
          '<sheetData>' +
          row(1, c('A1', 1, { t: 's', s: 1 }), c('B1', 2, { t: 's', s: 1 }), c('C1', 3, { t: 's', s: 1 })) +
          row(
            2,
            c('A2', 4, { t: 's', s: 2 }),
            c('B2', 20),
            c('C2', 42776, { s: 3 }),
            c('D2', 20, { f: 'B2' }),
          ) +
          row(
            3,
            c('A3', 5, { t: 's', s: 2 }),
            c('B3', 12.5),
            c('C3', 42777.5, { s: 3 }),
            c('D3', 12.5, { f: 'B3' }),
          ) +
          row(4, c('A4', '', { s: 2 }), c('C4', '', { s: 3 })) +
          '</sheetData>' +
          '<conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>15</formula></cfRule></conditionalFormatting>' +
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A4"><formula1>"Anna,Bo"</formula1></dataValidation></dataValidations>' +
          '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>',
      },
    ],
    workbookTail:
      '<definedNames><definedName name="Antal">Logg!$B$2:$B$3</definedName></definedNames><calcPr calcId="191029"/>',
    workbookRels: [
      ['rIdCalc', 'calcChain', 'calcChain.xml'],
      ['rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'],
    ],
    parts: {
      'xl/calcChain.xml': [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D2" i="2"/><c r="D3"/></calcChain>`,
      ],
      'xl/vbaProject.bin': [null, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8])],
      'xl/comments1.xml': [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Samordnaren</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Uppdatera varje vecka</t></text></comment></commentList></comments>`,
      ],
      'xl/drawings/vmlDrawing1.vml': [null, '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape/></xml>'],
    },
  });
}

/** A snapshot with column widths in whole pixels. */
function pixels(snapshot: unknown): unknown {
  const s = snapshot as { sheets: { columnWidths: Record<string, number> }[] };
  for (const sheet of s.sheets)
    for (const k of Object.keys(sheet.columnWidths))
      sheet.columnWidths[k] = Math.round(sheet.columnWidths[k] / 0.75);
  return s;
}

async function run(host: ExcelHost, body: (ctx: Excel.RequestContext) => void): Promise<void> {
  host.install();
  await Excel.run(async (ctx) => {
    body(ctx);
    await ctx.sync();
  });
}

describe('saving after cell writes', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let host: ExcelHost;

  beforeAll(async () => {
    input = book();
    host = await ExcelHost.fromXlsx(input, { fileName: 'logg.xlsx' });
    await run(host, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Logg');
      ws.getRange('A4:D4').values = [['Cilla', 8, '2017-03-01', '']];
      ws.getRange('D4').formulas = [['=B4*2']];
      ws.getRange('B3').values = [[13]];
      ws.getRange('C3').values = [['2017-02-11']];
      ws.getRange('B2').format.fill.color = '#FF0000';
    });
    output = await host.toXlsx();
  });

  it('changes only the written sheet, the styles, the workbook part and the calc chain’s bookkeeping', () => {
    expect(changedParts(input, output)).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/calcChain.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(parts(output).has('xl/calcChain.xml')).toBe(false);
    expect(parts(output).get('[Content_Types].xml')).not.toContain('calcChain');
    expect(parts(output).get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });

  it('copies every other part as it was stored, compressed bytes and all', () => {
    const caps = DEFAULT_WORKBOOK_CAPS;
    const a = ZipArchive.open(input, caps, 'in');
    const b = ZipArchive.open(output, caps, 'out');
    for (const name of [
      'xl/worksheets/sheet1.xml',
      'xl/vbaProject.bin',
      'xl/comments1.xml',
      'xl/sharedStrings.xml',
    ]) {
      const ea = a.entry(name)!;
      const eb = b.entry(name)!;
      expect([eb.crc, eb.method, eb.compressedSize]).toEqual([ea.crc, ea.method, ea.compressedSize]);
      expect(Buffer.compare(Buffer.from(a.raw(ea)), Buffer.from(b.raw(eb)))).toBe(0);
    }
  });

  it('keeps every cell it did not write exactly as written, and every other element of the sheet', () => {
    const before = parts(input).get('xl/worksheets/sheet2.xml')!;
    const after = parts(output).get('xl/worksheets/sheet2.xml')!;
    const cb = cellsOf(before);
    const ca = cellsOf(after);
    for (const [ref, xml] of cb)
      if (!['A4', 'B4', 'C4', 'D4', 'B3', 'C3', 'B2'].includes(ref)) expect(ca.get(ref)).toBe(xml);
    const outside = (x: string) =>
      x.replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<dimension[^>]*\/>/, '');
    expect(outside(after)).toBe(outside(before));
  });

  it('writes values as Excel holds them: text inline, numbers and date serials as numbers, formulas without a result', () => {
    const cells = cellsOf(parts(output).get('xl/worksheets/sheet2.xml')!);
    expect(cells.get('A4')).toMatch(/t="inlineStr"><is><t>Cilla<\/t><\/is>/);
    expect(cells.get('B4')).toBe('<c r="B4"><v>8</v></c>');
    expect(cells.get('C4')).toMatch(/<v>42795<\/v>/);
    expect(cells.get('D4')).toBe('<c r="D4"><f>B4*2</f></c>');
    expect(parts(output).get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('keeps a cell’s own format when only its value is written, and appends new formats without renumbering', () => {
    const cells = cellsOf(parts(output).get('xl/worksheets/sheet2.xml')!);
    // A yellow name cell stays yellow (its plain format is found again), a bordered date keeps its border.
    expect(cells.get('A4')).toMatch(/ s="2"/);
    expect(cells.get('C3')).toMatch(/ s="3"/);
    expect(cells.get('C4')).toMatch(/ s="3"/);
    const stylesBefore = parts(input).get('xl/styles.xml')!;
    const stylesAfter = parts(output).get('xl/styles.xml')!;
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(s)![1];
    expect(xfs(stylesAfter).startsWith(xfs(stylesBefore))).toBe(true);
    expect(stylesAfter).toContain('<cellXfs count="5">');
    expect(stylesAfter).toContain('<fgColor rgb="FFFF0000"/>');
    expect(cells.get('B2')).toMatch(/ s="4"/);
  });

  it('reads back what the emulator holds (a written formula has no result until Excel calculates it)', async () => {
    const again = await ExcelHost.fromXlsx(output);
    const expected = host.snapshot() as {
      sheets: { cells: Record<string, { value: unknown; formula?: string }> }[];
    };
    expected.sheets[1].cells.D4.value = null;
    expect(again.snapshot()).toEqual(expected);
    expect(again.cell('Logg', 'B2')).toMatchObject({ value: 20, fill: '#FF0000' });
    expect(again.cell('Logg', 'C4')).toMatchObject({ value: 42795, numberFormat: 'm/d/yyyy' });
  });

  it('a save with no changes gives the same parts', async () => {
    const untouched = await ExcelHost.fromXlsx(input);
    expect(changedParts(input, await untouched.toXlsx())).toEqual([]);
  });
});

describe('sheets and settings the add-in adds', () => {
  it('adds a sheet to the workbook, its relationships and content types, leaving the others as they were', async () => {
    const input = book();
    const host = await ExcelHost.fromXlsx(input);
    await run(host, (ctx) => {
      const ws = ctx.workbook.worksheets.add('4. Sammanställning');
      ws.getRange('A1:B2').values = [
        ['Per utbildning', 'Mål'],
        ['HiS6', 30],
      ];
      ws.getRange('A1:B1').format.font.bold = true;
      ws.freezePanes.freezeRows(1);
      ws.getRange('A:A').format.columnWidth = 260;
      const hidden = ctx.workbook.worksheets.add('_journal');
      hidden.visibility = 'VeryHidden';
    });
    const output = await host.toXlsx();
    expect(changedParts(input, output)).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
    const p = parts(output);
    expect(p.get('xl/workbook.xml')).toMatch(
      /<sheet name="4\. Sammanställning" sheetId="3" r:id="rId\d+"\/><sheet name="_journal" sheetId="4" state="veryHidden" r:id="rId\d+"\/><\/sheets>/,
    );
    expect(p.get('[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet3.xml"');
    // No cell changed in the file's sheets: no forced recalculation, the calc chain stays.
    expect(p.get('xl/workbook.xml')).not.toContain('fullCalcOnLoad');
    expect(p.has('xl/calcChain.xml')).toBe(true);
    const again = await ExcelHost.fromXlsx(output);
    expect(again.sheetNames()).toEqual(['Instruktioner', 'Logg', '4. Sammanställning', '_journal']);
    expect(again.cell('4. Sammanställning', 'A1')).toEqual({ value: 'Per utbildning', bold: true });
    // Widths are whole pixels in a file (260 pt = 346.7 px is stored as 347 px).
    expect(pixels(again.snapshot())).toEqual(pixels(host.snapshot()));
  });

  it('stores settings in a web extension part naming the add-in, and rewrites only that part later', async () => {
    const input = book();
    const host = await ExcelHost.fromXlsx(input);
    await run(host, (ctx) => {
      ctx.workbook.settings.add('spridningslogg.kolumner', '{"plan":{"person":"Namn"}}');
    });
    const first = await host.toXlsx();
    expect(changedParts(input, first)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/webextensions/_rels/taskpanes.xml.rels',
      'xl/webextensions/taskpanes.xml',
      'xl/webextensions/webextension1.xml',
    ]);
    const part = parts(first).get('xl/webextensions/webextension1.xml')!;
    expect(part).toContain('ff2b4dbc-aad3-4b72-8523-04ebe69edf0a');
    const reopened = await ExcelHost.fromXlsx(first);
    expect(reopened.workbook.settings.get('spridningslogg.kolumner')).toBe('{"plan":{"person":"Namn"}}');
    await run(reopened, (ctx) => {
      ctx.workbook.settings.add('spridningslogg.kolumner', '{}');
    });
    const second = await reopened.toXlsx();
    expect(changedParts(first, second)).toEqual(['xl/webextensions/webextension1.xml']);
  });

  it('leaves another add-in’s settings alone and adds its own pane beside it', async () => {
    const other =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{11111111-1111-1111-1111-111111111111}"><we:reference id="wa104380862" version="1.5.0.0" store="en-US" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="theirs" value="&quot;kept&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>';
    const input = buildXlsx({
      sheets: [{ name: 'Blad1', body: '<sheetData/>' }],
      rootRels: [
        [
          'rId9',
          'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
          'xl/webextensions/taskpanes.xml',
        ],
      ],
      parts: {
        'xl/webextensions/taskpanes.xml': [
          'application/vnd.ms-office.webextensiontaskpanes+xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="0"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
        ],
        'xl/webextensions/_rels/taskpanes.xml.rels': [
          null,
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
        ],
        'xl/webextensions/webextension1.xml': ['application/vnd.ms-office.webextension+xml', other],
      },
    });
    const host = await ExcelHost.fromXlsx(input);
    expect([...host.workbook.settings.keys()]).toEqual([]);
    await run(host, (ctx) => {
      ctx.workbook.settings.add('spridningslogg.installningar', '{}');
    });
    const output = await host.toXlsx();
    const p = parts(output);
    expect(p.get('xl/webextensions/webextension1.xml')).toBe(other);
    expect(p.get('xl/webextensions/webextension2.xml')).toContain('spridningslogg.installningar');
    expect(p.get('xl/webextensions/taskpanes.xml')!.match(/<wetp:taskpane /g)).toHaveLength(2);
    const again = await ExcelHost.fromXlsx(output);
    expect(again.workbook.settings.get('spridningslogg.installningar')).toBe('{}');
    expect(strFromU8(new Uint8Array(0))).toBe('');
  });
});

describe('a workbook whose parts use a namespace prefix (x:c, as some writers produce)', () => {
  it('gets its written cells and new formats in the same namespace', async () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const files: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8(
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `${head}<x:workbook xmlns:x="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Logg" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8(
        `${head}<x:styleSheet xmlns:x="${NS}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `${head}<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Namn</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    };
    const input = zipSync(files);
    const host = await ExcelHost.fromXlsx(input);
    expect(host.values('Logg', 'A1:A1')).toEqual([['Namn']]);
    await run(host, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Logg');
      ws.getRange('A2:B2').values = [['Anna', 20]];
      ws.getRange('A2').format.fill.color = '#FFFF00';
      ctx.workbook.worksheets.add('Ny');
    });
    const p = parts(await host.toXlsx());
    const sheet = p.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain(
      '<x:row r="2"><x:c r="A2" s="1" t="inlineStr"><x:is><x:t>Anna</x:t></x:is></x:c><x:c r="B2"><x:v>20</x:v></x:c></x:row>',
    );
    expect(p.get('xl/styles.xml')).toContain(
      '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFFF00"/>',
    );
    expect(p.get('xl/workbook.xml')).toMatch(/<x:sheet name="Ny" sheetId="2" r:id="rId\d+"\/><\/x:sheets>/);
    const again = await ExcelHost.fromXlsx(await host.toXlsx());
    expect(again.cell('Logg', 'A2')).toEqual({ value: 'Anna', fill: '#FFFF00' });
  });
});
