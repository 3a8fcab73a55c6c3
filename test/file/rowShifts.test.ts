// Rows inserted or deleted in a log tab move what lies below them as Excel moves it, in the
// sheet and in the parts hanging off it, and formulas in every sheet follow; what cannot be
// moved safely is refused before anything is produced, naming what is in the way and where.
import { ExcelHost } from '../../src/host';
import { MessageError } from '../../src/core/messages';
import { render } from '../../src/messages/render';
import { buildXlsx, c, cellsOf, changedParts, parts, row, type BookSpec } from './support/packages';

const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';

function anchor(from: [number, number], to: [number, number], body: string, editAs?: string): string {
  const mark = (tag: string, [col, r]: [number, number]) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<xdr:twoCellAnchor${editAs ? ` editAs="${editAs}"` : ''}>${mark('from', from)}${mark('to', to)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

const SHAPE =
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Pil 1"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp>';
const chartFrame = (name: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

function chartXml(series: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${series}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
}

/** The log tab with something of everything below its data; another tab referring to it. */
function book(extra: Partial<BookSpec> = {}, logBody?: string): Uint8Array {
  const data = [];
  for (let r = 2; r <= 10; r++)
    data.push(
      row(
        r,
        c(`A${r}`, `Person ${r}`, { t: 'inlineStr' }).replace('<v>', '<is><t>').replace('</v>', '</t></is>'),
        c(`B${r}`, r),
        r === 2
          ? '<c r="D2"><f t="shared" ref="D2:D10" si="0">B2*2</f><v>4</v></c>'
          : `<c r="D${r}"><f t="shared" si="0"/><v>${r * 2}</v></c>`,
      ),
    );
  const body =
    logBody ??
    '<dimension ref="A1:G12"/><sheetData>' +
      row(1, c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' }), c('F1', 0, { t: 's' }), c('G1', 1, { t: 's' })) +
      data.join('') +
      row(11, c('A11', 2, { t: 's' }), c('B11', 54, { f: 'SUM(B2:B10)' })) +
      row(12, c('A12', 3, { t: 's' }), '<c r="E12"><f t="array" ref="E12">SUM(B2:B10*2)</f><v>108</v></c>') +
      '</sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A12:B12"/></mergeCells>' +
      '<conditionalFormatting sqref="B2:B10 D12"><cfRule type="expression" dxfId="0" priority="1"><formula>$B2&gt;$B$11/9</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="whole" sqref="C2:C10"><formula1>0</formula1><formula2>$B$11</formula2></dataValidation></dataValidations>' +
      '<hyperlinks><hyperlink ref="A11" location="Logg!B11" display="Summa"/><hyperlink ref="A8" r:id="rId5"/></hyperlinks>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<rowBreaks count="1" manualBreakCount="1"><brk id="9" max="16383" man="1"/></rowBreaks>' +
      '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts>';
  return buildXlsx({
    sharedStrings: ['Namn', 'Antal', 'Summa', 'Not'],
    sheets: [
      {
        name: 'Logg',
        body,
        rels: [
          ['rId1', 'drawing', '../drawings/drawing1.xml'],
          ['rId2', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
          ['rId3', 'comments', '../comments1.xml'],
          ['rId4', 'table', '../tables/table1.xml'],
          ['rId5', 'hyperlink', 'https://example.se/'],
        ],
      },
      {
        name: 'Annan',
        body:
          '<sheetData>' +
          row(
            1,
            c('A1', 54, { f: 'Logg!B11' }),
            c('B1', 54, { f: 'SUM(Logg!B2:B10)' }),
            c('C1', 3, { f: 'Logg!B3' }),
          ) +
          '</sheetData>' +
          '<dataValidations count="1"><dataValidation type="list" sqref="A5"><formula1>Logg!$A$2:$A$10</formula1></dataValidation></dataValidations>' +
          '<hyperlinks><hyperlink ref="A2" location="\'Logg\'!A10"/></hyperlinks>',
      },
    ],
    workbookTail:
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Logg!$A$1:$G$12</definedName><definedName name="Antal">Logg!$B$2:$B$10</definedName></definedNames><calcPr calcId="191029"/>',
    parts: {
      'xl/drawings/drawing1.xml': [
        'application/vnd.openxmlformats-officedocument.drawing+xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}>${anchor([8, 7], [10, 11], SHAPE)}${anchor([8, 0], [10, 1], SHAPE)}${anchor([8, 8], [10, 9], SHAPE, 'absolute')}</xdr:wsDr>`,
      ],
      'xl/drawings/vmlDrawing1.vml': [
        null,
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Anchor>\n 2, 15, 7, 10, 4, 31, 11, 9</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>8</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>\n 2, 15, 5, 10, 4, 31, 9, 9</x:Anchor><x:Row>6</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
      ],
      'xl/comments1.xml': [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>S</author></authors><commentList><comment ref="B9" authorId="0"><text><t>Kolla</t></text></comment><comment ref="B7" authorId="0"><text><t>Stryks</t></text></comment></commentList></comments>',
      ],
      'xl/tables/table1.xml': [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabell1" displayName="Tabell1" ref="F1:G9"><autoFilter ref="F1:G9"/><tableColumns count="2"><tableColumn id="1" name="Namn"/><tableColumn id="2" name="Antal"><calculatedColumnFormula>Logg!$B$2*2</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>',
      ],
    },
    ...extra,
  });
}

async function insertAndDelete(host: ExcelHost): Promise<void> {
  host.install();
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Logg');
    ws.getRange('5:6').insert('Down'); // two rows above old row 5
    ws.getRange('A5:B6').values = [
      ['Ny 1', 100],
      ['Ny 2', 200],
    ];
    ws.getRange('9:9').delete('Up'); // old row 7 (now 9) goes
    await ctx.sync();
  });
}

describe('rows inserted and deleted in a log tab', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let host: ExcelHost;
  let p: Map<string, string>;

  beforeAll(async () => {
    input = book();
    host = await ExcelHost.fromXlsx(input);
    await insertAndDelete(host);
    output = await host.toXlsx();
    p = parts(output);
  });

  it('reads back exactly what the emulator holds: cells, formulas (shared ones too), merges, names', async () => {
    const again = await ExcelHost.fromXlsx(output);
    expect(again.snapshot()).toEqual(host.snapshot());
    // Old row 10 is row 11 now (+2 −1).
    expect(again.cell('Logg', 'B12')).toEqual({ value: 54, formula: '=SUM(B2:B11)' });
    expect(again.cell('Logg', 'D11')).toEqual({ value: 20, formula: '=B11*2' });
    expect(again.cell('Annan', 'B1')?.formula).toBe('=SUM(Logg!B2:B11)');
  });

  it('moves the cells and their formulas below the insert, keeping untouched cells’ XML', () => {
    const cells = cellsOf(p.get('xl/worksheets/sheet1.xml')!);
    expect(cells.get('A3')).toBe(cellsOf(parts(input).get('xl/worksheets/sheet1.xml')!).get('A3'));
    expect(cells.get('B12')).toBe('<c r="B12"><f>SUM(B2:B11)</f><v>54</v></c>');
    expect(cells.get('E13')).toBe('<c r="E13"><f t="array" ref="E13">SUM(B2:B11*2)</f><v>108</v></c>');
    // The shared formula still holds for every member, so it stays shared, its range moved.
    expect(cells.get('D2')).toBe('<c r="D2"><f t="shared" ref="D2:D11" si="0">B2*2</f><v>4</v></c>');
  });

  it('moves merges, conditional formats, validation, hyperlinks, page breaks and the print area', () => {
    const sheet = p.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<mergeCell ref="A13:B13"/>');
    expect(sheet).toContain('<conditionalFormatting sqref="B2:B11 D13">');
    expect(sheet).toContain('<formula>$B2&gt;$B$12/9</formula>');
    expect(sheet).toContain(
      '<dataValidation type="whole" sqref="C2:C11"><formula1>0</formula1><formula2>$B$12</formula2>',
    );
    expect(sheet).toContain('<hyperlink ref="A12" location="Logg!B12" display="Summa"/>');
    expect(sheet).toContain('<hyperlink ref="A9" r:id="rId5"/>'); // A8 +2 −1
    expect(sheet).toContain('<brk id="10" max="16383" man="1"/>');
    expect(p.get('xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Logg!$A$1:$G$13</definedName>',
    );
    expect(p.get('xl/workbook.xml')).toContain('<definedName name="Antal">Logg!$B$2:$B$11</definedName>');
  });

  it('moves formulas, validation and hyperlinks in other sheets that refer to the moved rows', () => {
    const other = p.get('xl/worksheets/sheet2.xml')!;
    expect(other).toContain('<f>Logg!B12</f>');
    expect(other).toContain('<f>SUM(Logg!B2:B11)</f>');
    expect(other).toContain('<f>Logg!B3</f>');
    expect(other).toContain('<formula1>Logg!$A$2:$A$11</formula1>');
    expect(other).toContain(`location="'Logg'!A11"`);
  });

  it('moves the table, drawing anchors, notes and their shapes; a note on a deleted row goes', () => {
    expect(p.get('xl/tables/table1.xml')).toContain('ref="F1:G10"><autoFilter ref="F1:G10"/>');
    expect(p.get('xl/tables/table1.xml')).toContain(
      '<calculatedColumnFormula>Logg!$B$2*2</calculatedColumnFormula>',
    );
    const drawing = p.get('xl/drawings/drawing1.xml')!;
    const rows = [...drawing.matchAll(/<xdr:row>(\d+)<\/xdr:row>/g)].map((m) => Number(m[1]));
    // Moves and resizes (7..11 → 9..12), sits above the insert (0..1), absolute (8..9 stays).
    expect(rows).toEqual([8, 12, 0, 1, 8, 9]);
    const comments = p.get('xl/comments1.xml')!;
    expect(comments).toContain('<comment ref="B10" authorId="0">');
    expect(comments).not.toContain('Stryks');
    const vml = p.get('xl/drawings/vmlDrawing1.vml')!;
    expect(vml).toContain('<x:Row>9</x:Row>');
    expect(vml).toContain('<x:Anchor> 2, 15, 8, 10, 4, 31, 12, 9</x:Anchor>');
    expect(vml).not.toContain('_x0000_s1026');
  });

  it('leaves parts that do not hang off the moved rows as they were', () => {
    expect(changedParts(input, output)).toEqual([
      'xl/comments1.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/tables/table1.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
  });
});

describe('undoing a shared formula group where rows moved under its members', () => {
  it('gives each member its own formula when sharing would no longer hold', async () => {
    // D2:D10 = B{row} − B2 (relative below, absolute row 2 above): a row inserted inside moves
    // the members' own references differently from the master's.
    const data = [];
    for (let r = 2; r <= 10; r++)
      data.push(
        row(
          r,
          c(`B${r}`, r),
          r === 2
            ? '<c r="D2"><f t="shared" ref="D2:D10" si="0">B2-B$2+B$12</f><v>0</v></c>'
            : `<c r="D${r}"><f t="shared" si="0"/><v>0</v></c>`,
        ),
      );
    const input = buildXlsx({
      sheets: [{ name: 'Logg', body: `<sheetData>${data.join('')}${row(12, c('B12', 1))}</sheetData>` }],
    });
    const host = await ExcelHost.fromXlsx(input);
    host.install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Logg').getRange('6:6').insert('Down');
      await ctx.sync();
    });
    const output = await host.toXlsx();
    const again = await ExcelHost.fromXlsx(output);
    expect(again.snapshot()).toEqual(host.snapshot());
    expect(again.cell('Logg', 'D11')?.formula).toBe('=B11-B$2+B$13');
  });
});

describe('what cannot be moved is refused before anything is produced', () => {
  async function refusal(
    input: Uint8Array,
    edit: (ws: Excel.Worksheet) => void,
  ): Promise<{ code: string; text: string }> {
    const host = await ExcelHost.fromXlsx(input);
    host.install();
    await Excel.run(async (ctx) => {
      edit(ctx.workbook.worksheets.getItem('Logg'));
      await ctx.sync();
    });
    const e = await host.toXlsx().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MessageError);
    const m = (e as MessageError).msg;
    return { code: m.code, text: render('sv', m) };
  }

  it('a chart whose series covers the moved rows, naming the chart, its sheet and the range', async () => {
    const withChart = buildXlsx({
      sheets: [
        {
          name: 'Logg',
          body: `<sheetData>${row(1, c('B1', 1))}${row(2, c('B2', 2))}${row(3, c('B3', 3))}</sheetData>`,
        },
        {
          name: 'Analys',
          body: '<sheetData/><drawing r:id="rId1"/>',
          rels: [['rId1', 'drawing', '../drawings/drawing1.xml']],
        },
      ],
      parts: {
        'xl/drawings/drawing1.xml': [
          'application/vnd.openxmlformats-officedocument.drawing+xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}>${anchor([0, 0], [5, 10], chartFrame('Nådda per månad'))}</xdr:wsDr>`,
        ],
        'xl/drawings/_rels/drawing1.xml.rels': [
          null,
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
        ],
        'xl/charts/chart1.xml': [
          'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
          chartXml('Logg!$B$1:$B$3'),
        ],
      },
    });
    const r = await refusal(withChart, (ws) => ws.getRange('2:2').insert('Down'));
    expect(r.code).toBe('file-save-blocked-chart');
    expect(r.text).toContain('”Nådda per månad” på fliken ”Analys” visar Logg!$B$1:$B$3');
    // Rows below the chart's data move nothing it shows: saved.
    const host = await ExcelHost.fromXlsx(withChart);
    host.install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Logg').getRange('5:5').insert('Down');
      await ctx.sync();
    });
    expect((await host.toXlsx()).length).toBeGreaterThan(0);
  });

  it('a pivot cache over the moved rows', async () => {
    const input = buildXlsx({
      sheets: [{ name: 'Logg', body: `<sheetData>${row(1, c('A1', 1))}${row(2, c('A2', 2))}</sheetData>` }],
      parts: {
        'xl/pivotCache/pivotCacheDefinition1.xml': [
          'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="1"><cacheSource type="worksheet"><worksheetSource ref="A1:A2" sheet="Logg"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>',
        ],
      },
    });
    const r = await refusal(input, (ws) => ws.getRange('2:2').delete('Up'));
    expect(r.code).toBe('file-save-blocked-pivot-source');
    expect(r.text).toContain('Logg!A1:A2');
  });

  it('an array formula the rows would cut', async () => {
    const input = buildXlsx({
      sheets: [
        {
          name: 'Logg',
          body: `<sheetData>${row(1, '<c r="C1"><f t="array" ref="C1:C3">A1:A3*2</f><v>2</v></c>')}${row(2, c('C2', 4))}${row(3, c('C3', 6))}</sheetData>`,
        },
      ],
    });
    const r = await refusal(input, (ws) => ws.getRange('2:2').insert('Down'));
    expect(r.code).toBe('file-save-blocked-array');
    expect(r.text).toContain('Logg!C1:C3');
  });

  it('a table whose header row is deleted', async () => {
    const r = await refusal(book(), (ws) => ws.getRange('1:1').delete('Up'));
    expect(r.code).toBe('file-save-blocked-table');
    expect(r.text).toContain('Tabell1');
  });
});
