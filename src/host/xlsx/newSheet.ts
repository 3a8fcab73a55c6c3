// A worksheet the add-in added (the summary, a tab it set up, the undo journal) written whole
// from the emulator's model: cells with their formats, column widths, frozen panes, filter,
// merges, protection, tab colour.
import { cellName, formatLocal } from '../address';
import type { SheetModel } from '../workbookModel';
import { cellXml } from './cellXml';
import { pageSetupXml, printOptionsXml, rowBreaksXml } from './pageSetup';
import { formatOf } from './patchSheet';
import { pointsToWidth } from './readWorkbook';
import type { StyleEditor } from './styles';

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function newSheetXml(
  sheet: SheetModel,
  styles: StyleEditor | null,
  drawingRelId?: string,
): { xml: string; cells: number } {
  let cells = 0;
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">`;
  if (sheet.tabColor) xml += `<sheetPr><tabColor rgb="FF${sheet.tabColor.slice(1)}"/></sheetPr>`;
  const used = sheet.usedRect(false);
  xml += `<dimension ref="${used ? formatLocal(used) : 'A1'}"/>`;
  const f = sheet.frozen;
  if (f.rows || f.columns) {
    const pane = f.rows && f.columns ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
    const split = `${f.columns ? ` xSplit="${f.columns}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''}`;
    xml +=
      `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellName(f.rows, f.columns)}" ` +
      `activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
  } else xml += '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = [...sheet.columnWidths].sort((a, b) => a[0] - b[0]);
  if (widths.length) {
    xml += '<cols>';
    for (const [c, pt] of widths)
      xml += `<col min="${c + 1}" max="${c + 1}" width="${pointsToWidth(pt)}" customWidth="1"/>`;
    xml += '</cols>';
  }
  xml += '<sheetData>';
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const row = sheet.rows.get(r)!;
    let body = '';
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      const cell = row.get(c)!;
      const style = styles ? styles.xfFor(cell.xf ?? 0, formatOf(cell)) : 0;
      body += cellXml(r, c, cell, style);
      cells++;
    }
    if (body) xml += `<row r="${r + 1}">${body}</row>`;
  }
  xml += '</sheetData>';
  if (sheet.protected) xml += '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
  if (sheet.autoFilter) xml += `<autoFilter ref="${formatLocal(sheet.autoFilter)}"/>`;
  if (sheet.merges.length) {
    xml += `<mergeCells count="${sheet.merges.length}">`;
    for (const m of sheet.merges) xml += `<mergeCell ref="${formatLocal(m)}"/>`;
    xml += '</mergeCells>';
  }
  if (sheet.page.touched) xml += printOptionsXml('', sheet.page, null);
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (sheet.page.touched) xml += pageSetupXml('', sheet.page, null) + rowBreaksXml('', sheet.page);
  if (drawingRelId) xml += `<drawing r:id="${drawingRelId}"/>`;
  xml += '</worksheet>';
  return { xml, cells };
}
