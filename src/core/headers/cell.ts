// A cell value as the excel layer reads it (Office.js `Range.values`: '' for an empty cell).
export type CellValue = string | number | boolean | null;

/** A 2-D block of cell values, row by row. */
export type CellGrid = readonly (readonly CellValue[])[];
