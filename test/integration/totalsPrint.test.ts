// The summary tab prints on A4 landscape with one section per page (issue 16, point 4): set
// through Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9) by the real client
// against the emulator, saved as <pageSetup>, <printOptions>, <rowBreaks> and the sheet's
// _xlnm.Print_Area, read back by another reader (exceljs); a refresh of a saved workbook keeps
// one print area and its own breaks only; Excel 2019 (ExcelApi 1.7 claimed) gets none and the
// pane is told so.
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs/dist/exceljs.min.js';
import { TAB_NAMES } from '../../src/core/tabs';
import { ExcelHost, type HostProfile } from '../../src/host';
import { createGateway } from '../../src/excel/createGateway';
import { plan } from '../core/import/planFactory';
import { NOW, open, TEMPLATE } from './helpers';

const SUMMARY = TAB_NAMES.summary;

async function setUp(profile: HostProfile = 'web') {
  const opened = await open(TEMPLATE, profile);
  opened.host.setValues(TAB_NAMES.overall, 'A4', [
    ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 30, 'vt 2017', ''],
    ['HiS9', 'BUP', 'Bo Ek', 'bo@example.se', 20, 'vt 2017', ''],
  ]);
  const plans = [
    plan({ name: 'Anna Lindqvist', activities: [{ training: 'HiS6', plannedNumber: '20' }] }),
    plan({
      name: 'Bo Ek',
      unit: 'BUP',
      activities: [{ training: 'HiS9', unit: 'BUP', plannedNumber: '12' }],
    }),
  ];
  await opened.gateway.applyImport(await opened.gateway.previewImport(plans, 'plan'));
  return opened;
}

/** Rows (1-based) of the section headings on the summary sheet. */
function sectionRows(host: ExcelHost): number[] {
  const headings = ['Per utbildning', 'Per verksamhet', 'Per spridningsledare', 'Totalt'];
  return host
    .values(SUMMARY, 'A1:A80')
    .map((r, i) => (headings.includes(String(r[0])) ? i + 1 : 0))
    .filter((r) => r > 0);
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

function summaryPart(files: Record<string, string>): string {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  const rId = new RegExp(`<sheet [^>]*name="${SUMMARY}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)!;
  return files[`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`];
}

test('A4 landscape, centred, table and chart as the print area, a page per section', async () => {
  const { host, gateway } = await setUp();
  const view = await gateway.refreshTotals();
  expect(view.printLayout).toBe(true);
  const sections = sectionRows(host);
  expect(sections).toHaveLength(4);

  const layout = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SUMMARY);
    const page = ws.pageLayout.load(['orientation', 'paperSize', 'centerHorizontally']);
    const area = ws.pageLayout.getPrintAreaOrNullObject().load('address');
    const breaks = ws.horizontalPageBreaks.load('items/rowIndex');
    await context.sync();
    return {
      orientation: page.orientation,
      paper: page.paperSize,
      centred: page.centerHorizontally,
      area: area.address,
      breaks: breaks.items.map((b) => b.rowIndex + 1),
    };
  });
  const last = host.values(SUMMARY, 'A1:A80').findIndex((r) => r[0] === 'Hela regionen') + 1;
  expect(layout).toEqual({
    orientation: 'Landscape',
    paper: 'A4',
    centred: true,
    area: `'${SUMMARY}'!A1:F${last},'${SUMMARY}'!H2:P22`,
    // Title, notes and the first section on page 1; each other section starts a page.
    breaks: sections.slice(1),
  });

  // Saved as Excel writes it, and read back so by another reader.
  const bytes = host.save().bytes;
  const files = parts(bytes);
  const sheetXml = summaryPart(files);
  expect(sheetXml).toMatch(
    /<printOptions horizontalCentered="1"\/><pageMargins [^>]*\/><pageSetup paperSize="9" orientation="landscape"\/><rowBreaks count="3" manualBreakCount="3">/,
  );
  for (const row of sections.slice(1))
    expect(sheetXml).toContain(`<brk id="${row - 1}" max="16383" man="1"/>`);
  const index = [...files['xl/workbook.xml'].matchAll(/<sheet /g)].length - 1; // the summary is the sheet added last
  expect(files['xl/workbook.xml']).toContain(
    `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${SUMMARY}'!$A$1:$F$${last},'${SUMMARY}'!$H$2:$P$22</definedName>`,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  const ws = book.getWorksheet(SUMMARY)!;
  expect(ws.pageSetup.orientation).toBe('landscape');
  expect(ws.pageSetup.paperSize).toBe(9);
});

test('a refresh of the saved workbook keeps one print area and only its own page breaks', async () => {
  const { host, gateway } = await setUp();
  await gateway.refreshTotals();
  // The coordinator's own page break below the add-in's area, saved in the file.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SUMMARY).horizontalPageBreaks.add('A70');
    await context.sync();
  });
  const reopened = await ExcelHost.fromXlsx(host.save().bytes);
  reopened.install();
  const again = createGateway({ now: () => NOW });
  await again.refreshTotals();
  const breaks = await Excel.run(async (context) => {
    const b = context.workbook.worksheets.getItem(SUMMARY).horizontalPageBreaks.load('items/rowIndex');
    await context.sync();
    return b.items.map((x) => x.rowIndex + 1);
  });
  expect(breaks).toEqual([...sectionRows(reopened).slice(1), 70]);
  const files = parts(reopened.save().bytes);
  expect(files['xl/workbook.xml'].match(/_xlnm\.Print_Area/g)).toHaveLength(1);
  expect(summaryPart(files).match(/<pageSetup /g)).toHaveLength(1);
  expect(summaryPart(files).match(/<rowBreaks /g)).toHaveLength(1);
});

test('Excel 2019 (no ExcelApi 1.9): the summary is written without a print layout, and the pane is told', async () => {
  const { host, gateway } = await setUp('desktop-2019');
  const view = await gateway.refreshTotals();
  expect(view.printLayout).toBe(false);
  expect(host.sheetNames()).toContain(SUMMARY);
  const sheetXml = summaryPart(parts(host.save().bytes));
  expect(sheetXml).not.toContain('<pageSetup');
  expect(sheetXml).not.toContain('<rowBreaks');
});
