// Reading and writing .xlsx with exceljs. Kept: values, formulas (their cached results are
// read as the cell's last known value; on save formulas are written WITHOUT cached results so
// a real spreadsheet recalculates them), number formats, solid fills, bold/italic/font colour,
// wrap text, merges, frozen panes, auto filter range, sheet order, visibility, tab colour,
// protection (without password), column widths, defined names that refer to ranges, the active
// sheet, and the add-in's settings (see webExtensionSettings.ts). NOT kept: charts (exceljs
// neither reads nor writes them), theme colours (no RGB to resolve), borders, row heights,
// data validation, conditional formats, comments.
// The self-contained build: works in jest's jsdom, in Node and in webpack alike.
import * as ExcelJS from 'exceljs/dist/exceljs.min.js';
import { cellName, formatLocal, parseAddress, type Rect } from './address';
import { HostFileError } from './errors';
import { dateToSerial } from './numberFormat';
import { readWebExtensionSettings, writeWebExtensionSettings } from './webExtensionSettings';
import { WorkbookModel, type CellData, type CellValue } from './workbookModel';

const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function dateValue(d: Date): number {
  const serial = (d.getTime() - EPOCH_1899_12_30) / 86400000;
  if (serial >= 61) return serial;
  return (
    dateToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) + (serial - Math.floor(serial))
  );
}

function scalar(v: unknown): CellValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateValue(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    if ('result' in o) return scalar(o.result);
  }
  return null;
}

function argbToHex(color: unknown): string | undefined {
  const argb = (color as { argb?: unknown } | undefined)?.argb;
  if (typeof argb !== 'string') return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : undefined;
}

function hexToArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** Excel column width in characters (Calibri 11) ↔ points: 7 px per character + 5 px padding, 0.75 pt per px. */
const charsToPoints = (w: number) => Math.round((w * 7 + 5) * 0.75 * 100) / 100;
const pointsToChars = (pt: number) => Math.max(0, Math.round(((pt / 0.75 - 5) / 7) * 100) / 100);

function readCell(cell: ExcelJS.Cell): CellData {
  const data: CellData = { value: null };
  const t = cell.type;
  if (t === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    if (formula) data.formula = `=${formula}`;
    data.value = scalar((cell.value as { result?: unknown } | null)?.result ?? null);
  } else if (t !== ExcelJS.ValueType.Merge) {
    data.value = scalar(cell.value);
  }
  if (data.value === '') data.value = null;
  const numFmt = cell.numFmt;
  if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') data.numberFormat = numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const hex = argbToHex(fill.fgColor);
    if (hex) data.fill = hex;
  }
  const font = cell.font;
  if (font?.bold) data.bold = true;
  if (font?.italic) data.italic = true;
  const color = argbToHex(font?.color);
  if (color && color !== '#000000') data.fontColor = color;
  if (cell.alignment?.wrapText) data.wrapText = true;
  return data;
}

function filterRect(filter: unknown): Rect | null {
  if (!filter) return null;
  if (typeof filter === 'string') return parseAddress(filter);
  const f = filter as { from?: unknown; to?: unknown };
  const part = (p: unknown) =>
    typeof p === 'string'
      ? p
      : p && typeof p === 'object'
        ? cellName(Number((p as { row: number }).row) - 1, Number((p as { column: number }).column) - 1)
        : null;
  const a = part(f.from);
  const b = part(f.to);
  return a && b ? parseAddress(`${a}:${b}`) : null;
}

export async function readXlsx(input: Uint8Array | ArrayBuffer): Promise<WorkbookModel> {
  const bytes = toBytes(input);
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new HostFileError(
      'Filen kan inte öppnas: den är antingen lösenordsskyddad eller sparad i det gamla .xls-formatet. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.',
    );
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new HostFileError(
      'Filen är ingen Excel-arbetsbok (.xlsx): innehållet är inte ett xlsx-paket. Välj en fil som sparats som Excel-arbetsbok.',
    );
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new HostFileError(
      'Filen kunde inte läsas som Excel-arbetsbok (.xlsx); den kan vara skadad eller ofullständig. Öppna den i Excel, spara den på nytt och försök igen.',
    );
  }
  if (book.worksheets.length === 0) {
    throw new HostFileError(
      'Filen innehåller inga kalkylblad och kan därför inte användas som Excel-arbetsbok.',
    );
  }
  const model = new WorkbookModel();
  // exceljs lists sheets in workbook (tab) order.
  for (const ws of book.worksheets) {
    const sheet = model.addSheet(ws.name);
    const state = ws.state as string;
    sheet.visibility = state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const data = readCell(cell);
        if (data.value !== null || data.formula !== undefined || Object.keys(data).length > 1) {
          Object.assign(sheet.ensure(rowNumber - 1, colNumber - 1), data);
        }
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const r = parseAddress(m);
      if (r) sheet.merges.push({ r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1 });
    }
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') sheet.frozen = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    const filter = filterRect(ws.autoFilter);
    if (filter) sheet.autoFilter = { r0: filter.r0, c0: filter.c0, r1: filter.r1, c1: filter.c1 };
    (ws.columns ?? []).forEach((col, i) => {
      if (typeof col.width === 'number') sheet.columnWidths.set(i, charsToPoints(col.width));
    });
    const tab = argbToHex(ws.properties?.tabColor);
    if (tab) sheet.tabColor = tab;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (protection?.sheet) sheet.protected = true;
  }
  const names = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  for (const n of names) {
    if (!n.ranges?.length) continue;
    model.names.set(n.name.toLowerCase(), {
      name: n.name,
      formula: `=${n.ranges.join(',')}`,
      comment: '',
      visible: true,
    });
  }
  const active = (book.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  if (typeof active === 'number' && model.sheets[active]) model.activeSheetId = model.sheets[active].id;
  for (const [k, v] of readWebExtensionSettings(bytes)) model.settings.set(k, v);
  return model;
}

export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const state =
      sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
    const views: Partial<ExcelJS.WorksheetView>[] =
      sheet.frozen.rows || sheet.frozen.columns
        ? [
            {
              state: 'frozen',
              xSplit: sheet.frozen.columns,
              ySplit: sheet.frozen.rows,
              topLeftCell: cellName(sheet.frozen.rows, sheet.frozen.columns),
            },
          ]
        : [];
    const ws = book.addWorksheet(sheet.name, {
      state,
      views: views,
      properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : undefined,
    });
    for (const [c, pt] of sheet.columnWidths) ws.getColumn(c + 1).width = pointsToChars(pt);
    sheet.forEachCell((r, c, data) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (data.formula !== undefined) cell.value = { formula: data.formula.slice(1) };
      else if (data.value !== null) cell.value = data.value;
      if (data.numberFormat) cell.numFmt = data.numberFormat;
      if (data.fill)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(data.fill) } };
      if (data.bold || data.italic || data.fontColor) {
        cell.font = {
          ...(data.bold ? { bold: true } : {}),
          ...(data.italic ? { italic: true } : {}),
          ...(data.fontColor ? { color: { argb: hexToArgb(data.fontColor) } } : {}),
        };
      }
      if (data.wrapText) cell.alignment = { wrapText: true };
    });
    for (const m of sheet.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    if (sheet.autoFilter) ws.autoFilter = formatLocal(sheet.autoFilter);
    if (sheet.protected) await ws.protect('', {});
  }
  for (const n of model.names.values()) {
    const ref = n.formula.slice(1);
    if (parseAddress(ref)?.sheet !== undefined) book.definedNames.add(ref, n.name);
  }
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  book.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, active),
      visibility: 'visible',
    },
  ];
  const written = new Uint8Array(await book.xlsx.writeBuffer());
  return writeWebExtensionSettings(written, model.settings);
}
