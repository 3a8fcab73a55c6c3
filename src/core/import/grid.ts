// A sheet's used area as read from the workbook, padded so that [0][0] is cell A1.

export interface Grid {
  sheet: string;
  /** Cell values ('' for empty), row by row from A1. */
  values: unknown[][];
  /** Formulas ("=SUM(…)") or the constant where there is none. */
  formulas: unknown[][];
  numberFormats: string[][];
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, values: [], formulas: [], numberFormats: [] };
}

/** Pads a used range read at 0-based (top, left) into a grid starting at A1. */
export function gridFromUsedRange(
  sheet: string,
  top: number,
  left: number,
  values: unknown[][],
  formulas: unknown[][],
  numberFormats: string[][],
): Grid {
  const width = left + (values[0]?.length ?? 0);
  const pad = <T>(rows: T[][], fill: T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < top; r++) out.push(new Array<T>(width).fill(fill));
    for (const row of rows) out.push([...new Array<T>(left).fill(fill), ...row]);
    return out;
  };
  return {
    sheet,
    values: pad(values, ''),
    formulas: pad(formulas, ''),
    numberFormats: pad(numberFormats, 'General'),
  };
}

export function cellValue(grid: Grid, row: number, col: number): unknown {
  return grid.values[row]?.[col] ?? '';
}

export function isEmptyValue(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** 0-based column → "A", "B", … "AA". */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column → "C7". */
export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A cell value as text: '' for empty, numbers and booleans as written, anything else as JSON. */
export function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
