// A value the import writes into one cell. Strings are written as text (see textGuard.ts);
// a numberFormat is set only where the value needs one (dates), other formats stay as they are.

export interface CellOut {
  value: string | number;
  numberFormat?: string;
  /** `value` is a formula ("=SUM(H6:H20)") to be written as such; only the import's own totals-row fix. */
  formula?: boolean;
  /** Fill colour the cell must have ("#FFFF00", the yellow name cells); set only if it differs. */
  fill?: string;
}

export const EMPTY: CellOut = { value: '' };

export function text(s: string): CellOut {
  return { value: s };
}
