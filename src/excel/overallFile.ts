// The overall spread plan from its own .xlsx file (picked in the pane, or given to the CLI):
// the sheet that looks like an overall plan, as values and merged areas, ready for the core's
// readOverallPlan. exceljs is loaded only when a file is read, so it stays out of the pane's
// first bundle.
import type { CellGrid, CellValue } from '../core/headers/cell';
import { findHeader, HEADER_SEARCH_ROWS } from '../core/headers/findHeader';
import { msg } from '../core/messages';
import type { OverallAssignment, Settings } from '../core/model';
import { type OverallPlanReading, readOverallPlan } from '../core/overall/readOverallPlan';
import { GatewayError } from './gatewayError';

/** A plan larger than this is not an overall plan (and would only load the pane). */
export const MAX_OVERALL_FILE_BYTES = 20 * 1024 * 1024;

/** One sheet of the file as the core reads it: values from A1, '' for empty, merged cells empty except the top-left. */
export interface OverallSheet {
  fileName: string;
  sheet: string;
  values: CellValue[][];
  merges: string[];
  /** Each cell's number format where it is not General (dates stay dates when the sheet is copied into the log). */
  numberFormats?: (string | null)[][];
}

const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

function serial(d: Date): number {
  return (d.getTime() - EPOCH_1899_12_30) / 86_400_000;
}

function scalar(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[])
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('');
    if (typeof o.text === 'string') return o.text;
    if ('result' in o) return scalar(o.result);
    if ('formula' in o || 'sharedFormula' in o) return '';
  }
  return '';
}

/** Every sheet of an .xlsx as values and merges. Throws a GatewayError when the file is no readable .xlsx. */
export async function readXlsxSheets(bytes: Uint8Array, fileName: string): Promise<OverallSheet[]> {
  if (bytes.length > MAX_OVERALL_FILE_BYTES) {
    throw new GatewayError(
      'unusable-file',
      msg('workbook-overall-file-too-large', {
        file: fileName,
        megabytes: MAX_OVERALL_FILE_BYTES / 1024 / 1024,
      }),
    );
  }
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new GatewayError('unusable-file', msg('workbook-overall-file-locked', { file: fileName }));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new GatewayError('unusable-file', msg('workbook-overall-file-not-xlsx', { file: fileName }));
  }
  const ExcelJS = await import('exceljs/dist/exceljs.min.js');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new GatewayError('unusable-file', msg('workbook-overall-file-unreadable', { file: fileName }));
  }
  const out: OverallSheet[] = [];
  for (const ws of book.worksheets) {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: CellValue[] = [];
      const lineFormats: (string | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        // A merged cell's other cells are empty in Excel (exceljs repeats the master's value).
        line[colNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : scalar(cell.value);
        const format = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : null;
        lineFormats[colNumber - 1] = format === 'General' ? null : format;
      });
      values[rowNumber - 1] = line;
      formats[rowNumber - 1] = lineFormats;
      width = Math.max(width, line.length);
    });
    for (let r = 0; r < values.length; r++) {
      const line = values[r] ?? [];
      const lineFormats = formats[r] ?? [];
      values[r] = Array.from({ length: width }, (_, c) => line[c] ?? '');
      formats[r] = Array.from({ length: width }, (_, c) => lineFormats[c] ?? null);
    }
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    out.push({ fileName, sheet: ws.name, values, merges: [...merges], numberFormats: formats });
  }
  return out;
}

/** The sheet that looks most like an overall plan: a header with its columns (most found first; ties: the earlier sheet). */
export function pickOverallSheet(sheets: OverallSheet[], fileName: string): OverallSheet {
  let best: { sheet: OverallSheet; found: number } | null = null;
  for (const s of sheets) {
    const match = findHeader(s.values as CellGrid, 'overall');
    if (match === null || match.columns.person === undefined || match.columns.training === undefined)
      continue;
    const found = Object.keys(match.columns).length;
    if (best === null || found > best.found) best = { sheet: s, found };
  }
  if (best === null) {
    throw new GatewayError(
      'no-header',
      msg('workbook-overall-file-no-plan', {
        file: fileName,
        sheets: sheets.map((s) => s.sheet),
        rows: HEADER_SEARCH_ROWS,
      }),
    );
  }
  return best.sheet;
}

/** Where an assignment of a separate file is said to be: the file and the sheet. */
export function fileSheetLabel(s: OverallSheet): string {
  return `${s.fileName} – ${s.sheet}`;
}

/**
 * The assignments of the file's overall-plan sheet and what the reading reported. Their `sheet`
 * names the file and the sheet (they are not in the log). Errors the core reports (a required
 * column missing) are thrown.
 */
export function overallFromSheet(s: OverallSheet, settings: Settings): OverallPlanReading {
  const reading = readOverallPlan(s.values, s.merges, fileSheetLabel(s), 1, 0, settings);
  const error = reading.problems.find((p) => p.severity === 'error');
  if (error) throw new GatewayError('missing-columns', error.message);
  return reading;
}

/** Reads and checks an overall-plan file: the chosen sheet, or a GatewayError. */
export async function readOverallFile(
  bytes: Uint8Array,
  fileName: string,
  settings: Settings,
): Promise<{ sheet: OverallSheet; assignments: OverallAssignment[] }> {
  const sheets = await readXlsxSheets(bytes, fileName);
  const sheet = pickOverallSheet(sheets, fileName);
  const { assignments } = overallFromSheet(sheet, settings);
  if (assignments.length === 0) {
    throw new GatewayError(
      'unusable-file',
      msg('workbook-overall-file-empty', { file: fileName, sheet: sheet.sheet }),
    );
  }
  return { sheet, assignments };
}
