// Reading is bounded: the package, its parts, what they inflate to, and the cells, merges and
// texts they hold each have a cap, met with a clear message naming the file and what is too
// big; a damaged package is named as such; genuine Excel features are no damage.
import { zipSync, strToU8 } from 'fflate';
import { MessageError } from '../../src/core/messages';
import { ExcelHost } from '../../src/host';
import { render } from '../../src/messages/render';
import type { WorkbookCaps } from '../../src/core/xlsx/workbookPackage';
import { buildXlsx, c, changedParts, row } from './support/packages';

async function refusal(
  bytes: Uint8Array,
  caps?: Partial<WorkbookCaps>,
): Promise<{ code: string; text: string }> {
  const e = await ExcelHost.fromXlsx(bytes, { fileName: 'logg.xlsx', ...(caps ? { caps } : {}) }).catch(
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(MessageError);
  const m = (e as MessageError).msg;
  return { code: m.code, text: render('sv', m) };
}

function rows(n: number, merges = 0): string {
  let xml = '<sheetData>';
  for (let r = 1; r <= n; r++) xml += row(r, c(`A${r}`, r), c(`B${r}`, r % 7, { t: 's' }));
  xml += '</sheetData>';
  if (merges) {
    xml += `<mergeCells count="${merges}">`;
    for (let r = 1; r <= merges; r++) xml += `<mergeCell ref="C${r}:D${r}"/>`;
    xml += '</mergeCells>';
  }
  return xml;
}

const strings = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('caps', () => {
  it('the package itself', async () => {
    const r = await refusal(buildXlsx({ sheets: [{ name: 'Logg', body: rows(5) }] }), { maxFileBytes: 1000 });
    expect(r.code).toBe('file-too-large');
    expect(r.text).toMatch(/^logg\.xlsx är [\d,.]+ MB, större än/);
  });

  it('the number of parts', async () => {
    const r = await refusal(buildXlsx({ sheets: [{ name: 'Logg', body: rows(5) }] }), { maxParts: 5 });
    expect(r.code).toBe('file-too-many-parts');
  });

  it('a part that inflates past its cap (a zip bomb) is stopped without inflating it', async () => {
    const bomb = `<sheetData>${'<row/>'.repeat(2_000_000)}</sheetData>`; // 12 MB of XML, a few KB packed
    const bytes = buildXlsx({ sheets: [{ name: 'Logg', body: bomb }] });
    expect(bytes.length).toBeLessThan(100_000);
    const r = await refusal(bytes, { maxPartBytes: 1024 * 1024 });
    expect(r.code).toBe('file-part-too-large');
    expect(r.text).toContain('xl/worksheets/sheet1.xml');
  });

  it('all parts together', async () => {
    const bytes = buildXlsx({
      sheets: [1, 2, 3].map((i) => ({ name: `Blad${i}`, body: rows(2000) })),
      sharedStrings: strings,
    });
    expect((await refusal(bytes, { maxTotalBytes: 200_000 })).code).toBe('file-too-large-inflated');
  });

  it('cells, merges and shared strings', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Logg', body: rows(100, 50) }], sharedStrings: strings });
    const cells = await refusal(bytes, { maxCells: 150 });
    expect(cells.code).toBe('file-too-many-cells');
    expect(cells.text).toContain('”Logg”');
    expect((await refusal(bytes, { maxMerges: 10 })).code).toBe('file-too-many-merges');
    expect((await refusal(bytes, { maxSharedStrings: 3 })).code).toBe('file-too-many-shared-strings');
    await expect(ExcelHost.fromXlsx(bytes)).resolves.toBeInstanceOf(ExcelHost);
  });
});

describe('damage', () => {
  it('a part whose size or checksum does not match its zip entry', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Logg', body: rows(50) }] });
    // Flip a byte inside the compressed sheet: inflating fails or the checksum does not match.
    const broken = bytes.slice();
    const at = findEntryData(broken, 'xl/worksheets/sheet1.xml');
    broken[at + 20] ^= 0xff;
    const r = await refusal(broken);
    expect(r.code).toBe('file-damaged');
    expect(r.text).toContain('xl/worksheets/sheet1.xml');
  });

  it('a document type declaration (which could declare entities) in a part', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Logg', body: rows(2) }] });
    const files = {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    };
    void bytes;
    expect((await refusal(zipSync(files))).code).toBe('file-damaged');
  });
});

describe('genuine Excel features are read, and kept on save', () => {
  it('icon filters, XML maps, custom XML, sparklines, slicer and x14 extensions, a chart sheet, controls', async () => {
    const ext =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Listor!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E2:E50</xm:sqref></x14:dataValidation></x14:dataValidations></ext>' +
      '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Logg!A2:A5</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';
    const input = buildXlsx({
      sheets: [
        {
          name: 'Logg',
          body:
            `<sheetData>${row(1, c('A1', 1))}${row(2, c('A2', 2))}</sheetData>` +
            '<autoFilter ref="A1:A2"><filterColumn colId="0"><iconFilter iconSet="3Arrows" iconId="0"/></filterColumn></autoFilter>' +
            '<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice><mc:Fallback/></mc:AlternateContent>' +
            ext,
        },
        { name: 'Listor', body: `<sheetData>${row(1, c('A1', 0, { t: 's' }))}</sheetData>` },
      ],
      sharedStrings: ['Anna'],
      workbookRels: [
        [
          'rIdMap',
          'http://schemas.openxmlformats.org/officeDocument/2006/relationships/xmlMaps',
          'xmlMaps.xml',
        ],
        ['rIdCs', 'chartsheet', 'chartsheets/sheet1.xml'],
      ],
      parts: {
        'xl/xmlMaps.xml': [
          'application/xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<MapInfo xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" SelectionNamespaces=""><Schema ID="Schema1"><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/></Schema><Map ID="1" Name="Rot_Mappning" RootElement="Rot" SchemaID="Schema1" ShowImportExportValidationErrors="false" AutoFit="true" Append="false" PreserveSortAFLayout="true" PreserveFormat="true"/></MapInfo>',
        ],
        'customXml/item1.xml': [
          null,
          '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
        ],
        'xl/chartsheets/sheet1.xml': [
          'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
        ],
      },
    });
    const host = await ExcelHost.fromXlsx(input);
    expect(host.sheetNames()).toEqual(['Logg', 'Listor']);
    host.install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Listor').getRange('B1').values = [[5]];
      await ctx.sync();
    });
    const output = await host.toXlsx();
    expect(changedParts(input, output)).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
  });
});

/** Where an entry's compressed data starts (from its local header). */
function findEntryData(bytes: Uint8Array, name: string): number {
  const want = strToU8(name);
  for (let i = 0; i < bytes.length - 30; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 3 || bytes[i + 3] !== 4) continue;
    const n = bytes[i + 26] | (bytes[i + 27] << 8);
    const e = bytes[i + 28] | (bytes[i + 29] << 8);
    const candidate = bytes.subarray(i + 30, i + 30 + n);
    if (candidate.length === want.length && candidate.every((b, k) => b === want[k])) return i + 30 + n + e;
  }
  throw new Error(`no entry ${name}`);
}
