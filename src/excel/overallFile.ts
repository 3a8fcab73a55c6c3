// The overall spread plan from its own .xlsx file (picked in the pane, or given to the CLI):
// the sheet that looks like an overall plan, as values and merged areas, ready for the core's
// readOverallPlan. The file is read by the core's bounded reader (core/xlsx/readSheetValues.ts)
// under the same caps as a workbook; what it refuses is said as a file that cannot be the plan.
import type { CellValue } from '../core/headers/cell';
import type { CellGrid } from '../core/headers/cell';
import { findHeader, HEADER_SEARCH_ROWS } from '../core/headers/findHeader';
import { type Message, MessageError, msg } from '../core/messages';
import type { OverallAssignment, Settings } from '../core/model';
import { type OverallPlanReading, readOverallPlan } from '../core/overall/readOverallPlan';
import { readSheetValues } from '../core/xlsx/readSheetValues';
import type { WorkbookCaps } from '../core/xlsx/workbookPackage';
import { GatewayError } from './gatewayError';

/** One sheet of the file as the core reads it: values from A1, '' for empty, merged cells empty except the top-left. */
export interface OverallSheet {
  fileName: string;
  sheet: string;
  values: CellValue[][];
  merges: string[];
  /** Each cell's number format where it is not General (null there): dates stay dates when copied into the log. */
  numberFormats?: (string | null)[][];
}

/** What the reader's refusal of `file` means for an overall plan. */
function refusal(m: Message, file: string): GatewayError {
  switch (m.code) {
    case 'file-legacy-or-encrypted':
    case 'file-encrypted':
      return new GatewayError('unusable-file', msg('workbook-overall-file-locked', { file }));
    case 'file-not-xlsx':
      return new GatewayError('unusable-file', msg('workbook-overall-file-not-xlsx', { file }));
    case 'file-damaged':
      return new GatewayError('unusable-file', msg('workbook-overall-file-unreadable', { file }));
    case 'file-no-sheets':
      return new GatewayError(
        'no-header',
        msg('workbook-overall-file-no-plan', { file, sheets: [], rows: HEADER_SEARCH_ROWS }),
      );
    default:
      // A cap (size, parts, cells, merges, texts) or a binary .xlsb: the reader's own sentence says which.
      return new GatewayError('unusable-file', msg('workbook-overall-file-refused', { file }), [m]);
  }
}

/**
 * Every sheet of an .xlsx as values and merges, under the workbook caps (`caps` lowers them, for
 * tests). Throws a GatewayError when the file is no readable .xlsx or is over a cap.
 */
export function readXlsxSheets(
  bytes: Uint8Array,
  fileName: string,
  caps: Partial<WorkbookCaps> = {},
): OverallSheet[] {
  try {
    return readSheetValues(bytes, fileName, caps).map((s) => ({ fileName, ...s }));
  } catch (e) {
    if (e instanceof MessageError) throw refusal(e.msg, fileName);
    throw e;
  }
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
  await Promise.resolve(); // a refusal is a rejected promise, as callers expect
  const sheets = readXlsxSheets(bytes, fileName);
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
