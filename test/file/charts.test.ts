// Charts: the one the add-in adds to its summary is written as a chart part anchored where it
// was put; one it deletes (the previous summary chart) goes with its parts; the coordinator's
// own charts stay as they are.
import { ExcelHost } from '../../src/host';
import { MessageError } from '../../src/core/messages';
import { buildXlsx, c, changedParts, parts, row } from './support/packages';

const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';
const OWN_CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Analys!$B$2:$B$3</c:f></c:numRef></c:val></c:ser></c:pieChart></c:plotArea></c:chart></c:chartSpace>';

/** The summary tab with the coordinator's own pie chart in its drawing. */
function book(): Uint8Array {
  return buildXlsx({
    sheets: [
      {
        name: 'Analys',
        body: `<sheetData>${row(1, c('A1', 'Utbildning', { t: 'str' }), c('B1', 'Mål', { t: 'str' }))}${row(2, c('A2', 'HiS6', { t: 'str' }), c('B2', 30))}${row(3, c('A3', 'HiS9', { t: 'str' }), c('B3', 20))}</sheetData><drawing r:id="rId1"/>`,
        rels: [['rId1', 'drawing', '../drawings/drawing1.xml']],
      },
    ],
    parts: {
      'xl/drawings/drawing1.xml': [
        'application/vnd.openxmlformats-officedocument.drawing+xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Egen tårta"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      ],
      'xl/drawings/_rels/drawing1.xml.rels': [
        null,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
      ],
      'xl/charts/chart1.xml': [
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
        OWN_CHART,
      ],
    },
  });
}

async function addSummaryChart(host: ExcelHost, sheet: string, deleteOld = false): Promise<void> {
  host.uninstall();
  host.install();
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const charts = ws.charts.load('items/name');
    await ctx.sync();
    if (deleteOld) for (const ch of charts.items) if (ch.name === 'Spridningslogg – nådda') ch.delete();
    const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Auto');
    chart.name = 'Spridningslogg – nådda';
    chart.title.text = 'Mål per utbildning';
    chart.setPosition('H2', 'P22');
    await ctx.sync();
  });
}

describe('charts', () => {
  it('reads the file’s charts by name', async () => {
    const host = await ExcelHost.fromXlsx(book());
    host.install();
    const names = await Excel.run(async (ctx) => {
      const charts = ctx.workbook.worksheets.getItem('Analys').charts.load('items/name');
      await ctx.sync();
      return charts.items.map((ch) => ch.name);
    });
    expect(names).toEqual(['Egen tårta']);
  });

  it('writes an added chart into the sheet’s drawing beside the coordinator’s, which stays as it was', async () => {
    const input = book();
    const host = await ExcelHost.fromXlsx(input);
    await addSummaryChart(host, 'Analys');
    const output = await host.toXlsx();
    expect(changedParts(input, output)).toEqual([
      '[Content_Types].xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    const p = parts(output);
    const chart = p.get('xl/charts/chart2.xml')!;
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<c:f>Analys!$B$1</c:f>');
    expect(chart).toContain('<c:f>Analys!$A$2:$A$3</c:f>');
    expect(chart).toContain('<c:f>Analys!$B$2:$B$3</c:f>');
    expect(chart).toContain('<a:t>Mål per utbildning</a:t>');
    const drawing = p.get('xl/drawings/drawing1.xml')!;
    expect(drawing).toContain('name="Egen tårta"');
    expect(drawing).toMatch(
      /<xdr:from><xdr:col>7<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>1<\/xdr:row>/,
    );
    expect(drawing).toContain('<xdr:cNvPr id="3" name="Spridningslogg – nådda"/>');
    expect(p.get('xl/charts/chart1.xml')).toBe(OWN_CHART);
  });

  it('replaces its own chart on the next save: the old chart part goes, the coordinator’s stays', async () => {
    const host = await ExcelHost.fromXlsx(book());
    await addSummaryChart(host, 'Analys');
    const first = await host.toXlsx();
    const again = await ExcelHost.fromXlsx(first);
    await addSummaryChart(again, 'Analys', true);
    const second = await again.toXlsx();
    const p = parts(second);
    expect(p.has('xl/charts/chart2.xml')).toBe(false);
    expect(p.get('xl/charts/chart1.xml')).toBe(OWN_CHART);
    expect(p.get('[Content_Types].xml')).not.toContain('chart2.xml');
    expect(p.get('xl/drawings/_rels/drawing1.xml.rels')).not.toContain('chart2.xml');
    const drawing = p.get('xl/drawings/drawing1.xml')!;
    expect(drawing.match(/Spridningslogg – nådda/g)).toHaveLength(1);
    expect(drawing.match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    const third = await ExcelHost.fromXlsx(second);
    expect(third.workbook.sheets[0].charts.map((ch) => ch.name)).toEqual([
      'Egen tårta',
      'Spridningslogg – nådda',
    ]);
  });

  it('gives a sheet without a drawing one (the summary tab the add-in creates)', async () => {
    const input = buildXlsx({
      sheets: [{ name: 'Blad1', body: `<sheetData>${row(1, c('A1', 1))}</sheetData>` }],
    });
    const host = await ExcelHost.fromXlsx(input);
    host.install();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('4. Sammanställning');
      ws.getRange('A1:B3').values = [
        ['Utbildning', 'Mål'],
        ['HiS6', 30],
        ['HiS9', 20],
      ];
      await ctx.sync();
    });
    await addSummaryChart(host, '4. Sammanställning');
    const p = parts(await host.toXlsx());
    expect(p.get('xl/worksheets/sheet2.xml')).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(p.get('xl/worksheets/_rels/sheet2.xml.rels')).toContain('../drawings/drawing1.xml');
    expect(p.get('xl/charts/chart1.xml')).toContain("<c:f>'4. Sammanställning'!$B$2:$B$3</c:f>");
    expect(p.get('[Content_Types].xml')).toContain('/xl/drawings/drawing1.xml');
  });

  it('refuses a change to a chart of the file it cannot write (nothing produced)', async () => {
    const host = await ExcelHost.fromXlsx(book());
    host.install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Analys').charts.getItem('Egen tårta').title.text = 'Ny rubrik';
      await ctx.sync();
    });
    const e = await host.toXlsx().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MessageError);
    expect((e as MessageError).msg).toEqual({
      code: 'file-save-chart-changed',
      params: { chart: 'Egen tårta', sheet: 'Analys' },
    });
  });
});
