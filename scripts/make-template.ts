// Generates assets/template.xlsx, the Samlad spridningslogg the add-in ships: the tabs of
// domain.md laid out as src/core/import/templateLayout.ts says (frozen header rows, column
// widths, autofilter, yellow name cells). Run: node -r ./scripts/ts-register.cjs scripts/make-template.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  HEADER_FILL,
  TEMPLATE_TABS,
  templateLayout,
  NAME_FILL,
  NAME_FILL_ROWS,
} from '../src/core/import/templateLayout';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Spridningslogg';
  // Fixed dates keep the file byte-stable between runs.
  wb.created = new Date(Date.UTC(2016, 10, 1));
  wb.modified = new Date(Date.UTC(2016, 10, 1));
  for (const kind of TEMPLATE_TABS) {
    const layout = templateLayout(kind)!;
    const headerRow = layout.lines.length + 1;
    const ws = wb.addWorksheet(layout.name, {
      views: layout.headers.length > 0 ? [{ state: 'frozen', ySplit: headerRow }] : [],
    });
    layout.lines.forEach((line, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = line;
      if (i === 0) cell.font = { bold: true, size: 14 };
    });
    layout.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (layout.headers.length === 0) continue;
    layout.headers.forEach((h, i) => {
      const cell = ws.getCell(headerRow, i + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: argb(i === layout.yellowColumn ? NAME_FILL : HEADER_FILL) },
      };
    });
    ws.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: layout.headers.length },
    };
    if (layout.yellowColumn !== null) {
      for (let r = headerRow + 1; r <= headerRow + NAME_FILL_ROWS; r++) {
        ws.getCell(r, layout.yellowColumn + 1).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: argb(NAME_FILL) },
        };
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  const out = path.join(__dirname, '..', 'assets', 'template.xlsx');
  buildTemplate()
    .then((buf) => {
      fs.writeFileSync(out, buf);
      console.log(`Wrote ${out} (${buf.length} bytes)`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
