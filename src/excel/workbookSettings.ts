// The add-in's values in workbook.settings (travel with the file): the settings (programme
// year, deadlines, catalogue) and the column mappings the user pointed at.
import { storedJson } from '../core/storedJson';

export const SETTINGS_KEY = 'spridningslogg.settings';
export const COLUMNS_KEY = 'spridningslogg.columns';

/** Column mappings per tab kind: canonical column → the header text the user pointed at. */
export type ColumnMappings = Partial<Record<string, Partial<Record<string, string>>>>;

export function parseColumnMappings(value: unknown): ColumnMappings {
  const data = storedJson(value);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: ColumnMappings = {};
  for (const [kind, map] of Object.entries(data as Record<string, unknown>)) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) continue;
    const cols: Partial<Record<string, string>> = {};
    for (const [col, header] of Object.entries(map as Record<string, unknown>))
      if (typeof header === 'string') cols[col] = header;
    out[kind] = cols;
  }
  return out;
}
