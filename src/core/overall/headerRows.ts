// A header row further down an overall plan's sheet: the header of a second overall-plan table
// (read with its own columns) or of another kind of table (a contact list, an activity list),
// whose rows are no assignments. Only whole-cell header texts count here, so a data row whose
// cell begins with a header word ("Region Öst") is not taken for a header.
import type { CellValue } from '../headers/cell';
import { columnDefs, type TableKind } from '../headers/columns';
import { headerKey } from '../headers/headerWords';
import type { OverallColumn } from '../model';

/** Each kind's columns by every exact header text (header and variants, as keys). */
function exactKeys(kind: TableKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const def of columnDefs(kind))
    for (const text of [def.header, ...def.variants]) map.set(headerKey(text), def.column);
  return map;
}

const OVERALL = exactKeys('overall');
const OTHERS = [exactKeys('contacts'), exactKeys('plan')];

function exactColumns(row: readonly CellValue[], keys: Map<string, string>): Map<string, number> {
  const found = new Map<string, number>();
  row.forEach((v, col) => {
    if (typeof v !== 'string') return;
    const column = keys.get(headerKey(v));
    if (column !== undefined && !found.has(column)) found.set(column, col);
  });
  return found;
}

export type HeaderRowKind =
  { kind: 'overall'; columns: Partial<Record<OverallColumn, number>> } | { kind: 'other' } | null;

/** What header, if any, a row is: two whole-cell header texts at least (for an overall plan: the person's and the training's or the goal's). */
export function headerRowKind(row: readonly CellValue[]): HeaderRowKind {
  const overall = exactColumns(row, OVERALL);
  if (overall.has('person') && (overall.has('training') || overall.has('goal')))
    return {
      kind: 'overall',
      columns: Object.fromEntries(overall),
    };
  if (OTHERS.some((keys) => exactColumns(row, keys).size >= 2) || overall.size >= 2) return { kind: 'other' };
  return null;
}
