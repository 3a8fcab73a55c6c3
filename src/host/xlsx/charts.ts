// Charts in a workbook file. Reading: every chart of a sheet's drawing becomes a chart of the
// emulator (its name and place), so the add-in can find and delete one it added before. Saving:
// a chart the add-in added is written as a chart part (a clustered column chart over its source
// range, series by columns or rows as Excel picks them) anchored in the sheet's drawing; a chart
// it deleted loses its anchor, its part and the parts only it used.
import { strFromU8 } from 'fflate';
import { readRelationships, relsPathFor, resolvePart } from '../../core/xlsx/opc';
import type { WorkbookPackage } from '../../core/xlsx/workbookPackage';
import {
  XmlScanner,
  attributes,
  escapeAttr,
  escapeText,
  forEachAttribute,
  innerText,
} from '../../core/xlsx/xmlScan';
import { cellName, columnLetters, parseAddress, quoteSheetName, type Rect } from '../address';
import type { ChartModel, WorkbookModel } from '../workbookModel';

export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const EMU_PER_POINT = 12700;

/** A chart as the file holds it: which drawing, which anchor of it (0-based), which chart part. */
export interface FileChart {
  drawing: string;
  anchor: number;
  chart: string;
  name: string;
  from: string | null;
  to: string | null;
}

/** The sheet's drawing part, if it has one. */
export function drawingOf(pkg: WorkbookPackage, sheetPart: string): { part: string; relId: string } | null {
  const rels = relsPathFor(sheetPart);
  if (!pkg.zip.has(rels)) return null;
  const rel = readRelationships(strFromU8(pkg.zip.read(rels))).find(
    (r) => r.kind === 'drawing' && !r.external,
  );
  if (!rel) return null;
  const part = resolvePart(sheetPart, rel.target);
  return pkg.zip.has(part) ? { part, relId: rel.id } : null;
}

/** The charts anchored in a sheet's drawing, in anchor order. */
export function readCharts(pkg: WorkbookPackage, sheetPart: string): FileChart[] {
  const drawing = drawingOf(pkg, sheetPart);
  if (!drawing) return [];
  const text = strFromU8(pkg.zip.read(drawing.part));
  const relsPart = relsPathFor(drawing.part);
  const rels = pkg.zip.has(relsPart) ? readRelationships(strFromU8(pkg.zip.read(relsPart))) : [];
  const byId = new Map(
    rels.filter((r) => !r.external).map((r) => [r.id, resolvePart(drawing.part, r.target)]),
  );
  const out: FileChart[] = [];
  const s = new XmlScanner(text);
  let index = -1;
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind !== 'open' || !/^(twoCellAnchor|oneCellAnchor|absoluteAnchor)$/.test(tag.local)) continue;
    index++;
    const close = s.skipElement(tag);
    const inner = new XmlScanner(text, tag.end);
    let name = '';
    let chart: string | undefined;
    const marks: Record<string, { col: number; row: number }> = {};
    let which = '';
    let col = 0;
    for (let t = inner.next(); t && t.start < close.start; t = inner.next()) {
      if (t.kind === 'close') continue;
      if (t.local === 'from' || t.local === 'to') which = t.local;
      else if (t.local === 'col' && t.kind === 'open' && which)
        col = Number(innerText(text, t, inner.skipElement(t)));
      else if (t.local === 'row' && t.kind === 'open' && which) {
        marks[which] = { col, row: Number(innerText(text, t, inner.skipElement(t))) };
        which = '';
      } else if (t.local === 'cNvPr' && !name) name = attributes(text, t).get('name') ?? '';
      else if (t.local === 'chart') {
        forEachAttribute(text, t, (n, v) => {
          if (n.endsWith(':id')) chart = byId.get(v);
        });
      }
    }
    if (!chart) continue;
    const at = (m?: { col: number; row: number }) => (m ? cellName(m.row, m.col) : null);
    out.push({ drawing: drawing.part, anchor: index, chart, name, from: at(marks.from), to: at(marks.to) });
  }
  return out;
}

/** What of a chart the file writer keeps track of (a change to anything else is not written). */
export function chartState(c: ChartModel): string {
  return JSON.stringify({
    type: c.type,
    source: c.source,
    seriesBy: c.seriesBy,
    title: c.title,
    position: c.position,
  });
}

const BAR_TYPES: Record<string, { dir: 'col' | 'bar'; grouping: string }> = {
  ColumnClustered: { dir: 'col', grouping: 'clustered' },
  ColumnStacked: { dir: 'col', grouping: 'stacked' },
  ColumnStacked100: { dir: 'col', grouping: 'percentStacked' },
  BarClustered: { dir: 'bar', grouping: 'clustered' },
  BarStacked: { dir: 'bar', grouping: 'stacked' },
  BarStacked100: { dir: 'bar', grouping: 'percentStacked' },
};

/** Chart types the writer can produce. */
export function writableChartType(type: string): boolean {
  return type in BAR_TYPES || type === 'Line' || type === 'Pie';
}

function ref(sheet: string, rect: Rect): string {
  const a = `$${columnLetters(rect.c0)}$${rect.r0 + 1}`;
  const b = `$${columnLetters(rect.c1)}$${rect.r1 + 1}`;
  return `${quoteSheetName(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** The chart part for a chart the add-in added, over its source range. */
export function chartPartXml(chart: ChartModel, model: WorkbookModel): string {
  const source = chart.source;
  const sheet = source ? model.sheetById(source.sheetId) : undefined;
  const series: string[] = [];
  if (source && sheet) {
    const r = source.rect;
    const rows = r.r1 - r.r0;
    const cols = r.c1 - r.c0;
    const byColumns = chart.seriesBy === 'Columns' || (chart.seriesBy !== 'Rows' && rows >= cols);
    const count = byColumns ? cols : rows;
    for (let i = 1; i <= count; i++) {
      const name = byColumns
        ? { ...r, c0: r.c0 + i, c1: r.c0 + i, r1: r.r0 }
        : { ...r, r0: r.r0 + i, r1: r.r0 + i, c1: r.c0 };
      const cats = byColumns ? { ...r, r0: r.r0 + 1, c1: r.c0 } : { ...r, c0: r.c0 + 1, r1: r.r0 };
      const vals = byColumns
        ? { r0: r.r0 + 1, r1: r.r1, c0: r.c0 + i, c1: r.c0 + i }
        : { r0: r.r0 + i, r1: r.r0 + i, c0: r.c0 + 1, c1: r.c1 };
      series.push(
        `<c:ser><c:idx val="${i - 1}"/><c:order val="${i - 1}"/>` +
          `<c:tx><c:strRef><c:f>${escapeText(ref(sheet.name, name))}</c:f></c:strRef></c:tx>` +
          (chart.type === 'Line'
            ? '<c:marker><c:symbol val="none"/></c:marker>'
            : chart.type === 'Pie'
              ? ''
              : '<c:invertIfNegative val="0"/>') +
          `<c:cat><c:strRef><c:f>${escapeText(ref(sheet.name, cats))}</c:f></c:strRef></c:cat>` +
          `<c:val><c:numRef><c:f>${escapeText(ref(sheet.name, vals))}</c:f></c:numRef></c:val></c:ser>`,
      );
    }
  }
  const axes =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>' +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  const ids = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const bar = BAR_TYPES[chart.type] ?? BAR_TYPES.ColumnClustered;
  const plot =
    chart.type === 'Line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>${ids}</c:lineChart>${axes}`
      : chart.type === 'Pie'
        ? `<c:pieChart><c:varyColors val="1"/>${series.join('')}<c:firstSliceAng val="0"/></c:pieChart>`
        : `<c:barChart><c:barDir val="${bar.dir}"/><c:grouping val="${bar.grouping}"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="150"/>${bar.grouping === 'clustered' ? '' : '<c:overlap val="100"/>'}${ids}</c:barChart>${axes}`;
  const title = chart.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>${title}` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function marker(tag: string, a1: string): string {
  const p = parseAddress(a1) ?? { r0: 0, c0: 0 };
  return `<xdr:${tag}><xdr:col>${p.c0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.r0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The anchor of a chart the add-in added: between cells (setPosition) or at points. */
export function chartAnchorXml(chart: ChartModel, relId: string, shapeId: number): string {
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttr(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
  const pos = chart.position;
  if (pos?.start && pos.end)
    return `<xdr:twoCellAnchor>${marker('from', pos.start)}${marker('to', pos.end)}${frame}</xdr:twoCellAnchor>`;
  const emu = (pt: number) => Math.round(pt * EMU_PER_POINT);
  if (pos?.start)
    return `<xdr:oneCellAnchor>${marker('from', pos.start)}<xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>${frame}</xdr:oneCellAnchor>`;
  return `<xdr:absoluteAnchor><xdr:pos x="${emu(chart.left)}" y="${emu(chart.top)}"/><xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>${frame}</xdr:absoluteAnchor>`;
}

export function emptyDrawing(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`;
}

/**
 * A drawing with some anchors removed (by index), names changed (index → name) and new anchors
 * appended; the rest as written. Also the largest shape id in it (new shapes need their own).
 */
export function editDrawing(
  text: string,
  remove: ReadonlySet<number>,
  rename: ReadonlyMap<number, string>,
  append: string[],
): string {
  const s = new XmlScanner(text);
  const root = s.next();
  if (!root) return text;
  let out = '';
  let pos = 0;
  let index = -1;
  if (root.kind === 'open') {
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.kind === 'close' && tag.name === root.name) {
        out += text.slice(pos, tag.start) + append.join('');
        pos = tag.start;
        break;
      }
      if (tag.kind !== 'open' && tag.kind !== 'empty') continue;
      if (!/^(twoCellAnchor|oneCellAnchor|absoluteAnchor)$/.test(tag.local)) {
        if (tag.kind === 'open') s.skipElement(tag);
        continue;
      }
      index++;
      const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
      out += text.slice(pos, tag.start);
      if (!remove.has(index)) {
        let anchor = text.slice(tag.start, end);
        const name = rename.get(index);
        if (name !== undefined)
          anchor = anchor.replace(/(<[\w:]*cNvPr\b[^>]*?\bname=")[^"]*(")/, `$1${escapeAttr(name)}$2`);
        out += anchor;
      }
      pos = end;
    }
    return out + text.slice(pos);
  }
  return `${text.slice(0, root.end - 2)}>${append.join('')}</${root.name}>${text.slice(root.end)}`;
}

/** The largest cNvPr id in a drawing (0 when none). */
export function maxShapeId(text: string): number {
  let max = 0;
  const s = new XmlScanner(text);
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local === 'cNvPr' && tag.kind !== 'close')
      max = Math.max(max, Number(attributes(text, tag).get('id') ?? 0) || 0);
  }
  return max;
}
