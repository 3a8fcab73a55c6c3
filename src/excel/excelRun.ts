// The one place that starts Excel batches and asks which API the host supports.
//
// Every batch runs with `delayForCellEdit: true` (a batch that starts while the user is typing
// in a cell would otherwise fail). `mergeUndoGroup: true` (ExcelApi 1.20) is added where the host
// says it supports 1.20, so an import's syncs are one step on Excel's own undo stack. Note: the
// npm build of the client (@microsoft/office-js 1.1.110) does not read `mergeUndoGroup` (only
// `delayForCellEdit`); the CDN client that production loads does. Passing it is harmless.

const LEVELS = [
  '1.20',
  '1.19',
  '1.18',
  '1.17',
  '1.16',
  '1.15',
  '1.14',
  '1.13',
  '1.12',
  '1.11',
  '1.10',
  '1.9',
  '1.8',
  '1.7',
  '1.6',
  '1.5',
  '1.4',
  '1.3',
  '1.2',
  '1.1',
];

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

function requirements(): Requirements | null {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  return office?.context?.requirements ?? null;
}

/** Whether the host supports ExcelApi `version`; false when it cannot say. */
export function supportsExcelApi(version: string): boolean {
  const req = requirements();
  if (!req) return false;
  try {
    return req.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** The highest ExcelApi level the host reports, e.g. "1.7" (null when it cannot say). */
export function excelApiLevel(): string | null {
  for (const v of LEVELS) if (supportsExcelApi(v)) return v;
  return null;
}

export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options: Excel.RunOptions = { delayForCellEdit: true };
  if (supportsExcelApi('1.20')) options.mergeUndoGroup = true;
  return Excel.run(options, batch);
}
