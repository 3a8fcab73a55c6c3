// Small .xlsx packages written part by part (the XML as Excel writes it), for tests of reading
// and saving: each test says exactly which features the file holds.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The <worksheet> children (sheetData and the rest), in schema order. */
  body: string;
  state?: 'hidden' | 'veryHidden';
  /** Relationships of the sheet part: [id, type suffix, target]. */
  rels?: [string, string, string][];
}

export interface BookSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[];
  /** <cellXfs> children; the first is the default. */
  cellXfs?: string[];
  fonts?: string[];
  fills?: string[];
  borders?: string[];
  numFmts?: string[];
  /** Children of <workbook> after <sheets> (definedNames, calcPr …). */
  workbookTail?: string;
  workbookPr?: string;
  /** More parts: name → [content type or null (a Default covers it), text or bytes]. */
  parts?: Record<string, [string | null, string | Uint8Array]>;
  /** More workbook relationships: [id, type suffix, target]. */
  workbookRels?: [string, string, string][];
  /** More package relationships. */
  rootRels?: [string, string, string][];
  /** The workbook part's content type (default: a plain .xlsx). */
  workbookType?: string;
}

const RELTYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const relType = (t: string) => (t.startsWith('http') ? t : RELTYPE + t);

function rels(list: [string, string, string][]): string {
  return (
    HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list
      .map(([id, t, target]) => `<Relationship Id="${id}" Type="${relType(t)}" Target="${target}"/>`)
      .join('') +
    '</Relationships>'
  );
}

export function buildXlsx(spec: BookSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: [string, string][] = [
    [
      '/xl/workbook.xml',
      spec.workbookType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    ],
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
  ];
  const wbRels: [string, string, string][] = [['rIdStyles', 'styles', 'styles.xml']];
  spec.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    files[part] = strToU8(
      `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">${sheet.body}</worksheet>`,
    );
    overrides.push([`/${part}`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    wbRels.push([`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]);
    if (sheet.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(rels(sheet.rels));
  });
  if (spec.sharedStrings) {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    files['xl/sharedStrings.xml'] = strToU8(
      `${HEAD}<sst xmlns="${MAIN_NS}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">` +
        spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
        '</sst>',
    );
    overrides.push([
      '/xl/sharedStrings.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    ]);
    wbRels.push(['rIdSst', 'sharedStrings', 'sharedStrings.xml']);
  }
  const fonts = spec.fonts ?? [
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  ];
  const fills = spec.fills ?? [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  const borders = spec.borders ?? ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  const xfs = spec.cellXfs ?? ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  files['xl/styles.xml'] = strToU8(
    `${HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (spec.numFmts ? `<numFmts count="${spec.numFmts.length}">${spec.numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}"><workbookPr${spec.workbookPr ?? ''}/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      spec.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      `</sheets>${spec.workbookTail ?? '<calcPr calcId="191029"/>'}</workbook>`,
  );
  for (const [name, [type, content]] of Object.entries(spec.parts ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
    if (type) overrides.push([`/${name}`, type]);
  }
  files['xl/_rels/workbook.xml.rels'] = strToU8(rels([...wbRels, ...(spec.workbookRels ?? [])]));
  files['_rels/.rels'] = strToU8(
    rels([['rId1', 'officeDocument', 'xl/workbook.xml'], ...(spec.rootRels ?? [])]),
  );
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered);
}

/** The parts of a package as text (binary parts as latin-1). */
export function parts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([k, v]) => [k, strFromU8(v, !/\.(xml|rels|vml)$/.test(k))]));
}

/** Names of the parts that differ (added, removed or changed) between two packages. */
export function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = parts(a);
  const pb = parts(b);
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names].filter((n) => pa.get(n) !== pb.get(n)).sort();
}

/** The <c> elements of a sheet's XML by reference, as written. */
export function cellsOf(sheetXml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<c\s[^>]*?r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
  for (let m = re.exec(sheetXml); m; m = re.exec(sheetXml)) out.set(m[1], m[0]);
  return out;
}

/** A row of cells: `row(3, ['A', 'n', 5], ['B', 's', 0])` with type and value (or formula). */
export function c(
  ref: string,
  value: string | number,
  opts: { t?: string; s?: number; f?: string } = {},
): string {
  const t = opts.t ? ` t="${opts.t}"` : '';
  const s = opts.s ? ` s="${opts.s}"` : '';
  const f = opts.f !== undefined ? `<f>${opts.f}</f>` : '';
  const v = value === '' ? '' : `<v>${value}</v>`;
  return `<c r="${ref}"${s}${t}>${f}${v}</c>`;
}

export function row(r: number, ...cells: string[]): string {
  return `<row r="${r}">${cells.join('')}</row>`;
}
