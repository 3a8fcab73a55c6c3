// Creating a missing tab of the log with the template's layout (core's templateLayout, the same
// description scripts/make-template.ts builds assets/template.xlsx from), only on the user's
// word. One request to check the name is free, one to create the tab.
import { address } from '../../core/import/grid';
import { HEADER_FILL, NAME_FILL, NAME_FILL_ROWS, templateLayout } from '../../core/import/templateLayout';
import type { TabKind } from '../../core/model';
import { TAB_NAMES } from '../../core/tabs';
import { runExcel, supportsExcelApi } from '../excelRun';
import { msg } from '../../core/messages';
import { GatewayError } from '../gatewayError';
import { readBookInfo } from '../readBook';
import { toInput } from '../writeOps';

export async function createTab(kind: TabKind): Promise<void> {
  const layout = templateLayout(kind);
  if (layout === null)
    throw new GatewayError('not-yet', msg('workbook-tab-made-by-totals', { tab: TAB_NAMES[kind] }));
  await runExcel(async (context) => {
    const info = await readBookInfo(context);
    const existing = info.tabs[kind];
    if (existing !== null)
      throw new GatewayError('tab-exists', msg('workbook-tab-exists', { tab: existing }));
    if (info.names.some((n) => n.toLowerCase() === layout.name.toLowerCase()))
      throw new GatewayError('tab-exists', msg('workbook-sheet-name-taken', { name: layout.name }));
    const ws = context.workbook.worksheets.add(layout.name);
    const width = Math.max(1, layout.headers.length);
    layout.lines.forEach((line, i) => {
      if (line === '') return;
      const cell = ws.getRange(address(i, 0));
      cell.formulas = [[toInput(line)]];
      if (i === 0) cell.format.font.bold = true;
    });
    layout.widths.forEach((w, i) => {
      ws.getRange(
        `${address(0, i).replace(/\d+$/, '')}:${address(0, i).replace(/\d+$/, '')}`,
      ).format.columnWidth = w * 7;
    });
    if (layout.headers.length > 0) {
      const h = layout.lines.length;
      const header = ws.getRange(`${address(h, 0)}:${address(h, width - 1)}`);
      header.formulas = [layout.headers.map((t) => toInput(t))];
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      if (layout.yellowColumn !== null) {
        ws.getRange(address(h, layout.yellowColumn)).format.fill.color = NAME_FILL;
        ws.getRange(
          `${address(h + 1, layout.yellowColumn)}:${address(h + NAME_FILL_ROWS, layout.yellowColumn)}`,
        ).format.fill.color = NAME_FILL;
      }
      if (supportsExcelApi('1.7')) ws.freezePanes.freezeRows(h + 1);
      if (supportsExcelApi('1.9')) ws.autoFilter.apply(header);
    }
    await context.sync();
  });
}
