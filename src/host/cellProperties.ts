// Range.getCellProperties (ExcelApi 1.9): one object per cell holding the properties the load
// options ask for, nested as the options are (`{ format: { fill: { color: true } } }` answers
// `{ format: { fill: { color: '#FFFF00' } } }` for each cell). Keys are the client's camelCase
// names, as Excel sends them; a property not asked for (or asked with false) is not sent. Only
// what the emulator models is answered: an option it does not know answers ApiNotFound naming it.
import { formatAddress } from './address';
import { HostError } from './errors';
import { DEFAULT_COLUMN_WIDTH_PT } from './rangeFormatObjects';
import type { CellData, SheetModel } from './workbookModel';
import type { Rect } from './address';

/** What a cell answers for one option: (cell, row, column) → value. */
type Getter = (cell: CellData | undefined, r: number, c: number) => unknown;

interface Tree {
  [key: string]: Getter | Tree;
}

function tree(sheet: SheetModel): Tree {
  const one = (r: number, c: number) => formatAddress(sheet.name, { r0: r, r1: r, c0: c, c1: c });
  return {
    address: (_cell, r, c) => one(r, c),
    addressLocal: (_cell, r, c) => one(r, c),
    format: {
      // No fill reads as white, as Range.format.fill.color does.
      fill: { color: (cell) => cell?.fill ?? '#FFFFFF' },
      font: {
        bold: (cell) => cell?.bold ?? false,
        italic: (cell) => cell?.italic ?? false,
        color: (cell) => cell?.fontColor ?? '#000000',
        name: () => 'Calibri',
        size: () => 11,
      },
      wrapText: (cell) => cell?.wrapText ?? false,
      columnWidth: (_cell, _r, c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT,
    },
  };
}

/** The options as getters, checked once (not per cell). */
function compile(options: unknown, known: Tree, path: string): Part[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new HostError(
      'InvalidArgument',
      `${path || 'cellPropertiesLoadOptions'} must be an object of load options.`,
    );
  }
  const out: Part[] = [];
  for (const [key, want] of Object.entries(options as Record<string, unknown>)) {
    const name = path ? `${path}.${key}` : key;
    const spec = known[key];
    if (!spec) {
      throw new HostError(
        'ApiNotFound',
        `Range.getCellProperties: the property ${name} is not supported by the Spridningslogg Excel emulator.`,
      );
    }
    if (want === false || want === undefined || want === null) continue;
    if (typeof spec === 'function') {
      if (want !== true) throw new HostError('InvalidArgument', `${name} must be true or false.`);
      out.push([key, spec]);
    } else {
      const below = compile(want, spec, name);
      if (below.length > 0) out.push([key, below]);
    }
  }
  return out;
}

type Part = [string, Getter | Part[]];

function answer(parts: Part[], cell: CellData | undefined, r: number, c: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, part] of parts)
    out[key] = typeof part === 'function' ? part(cell, r, c) : answer(part, cell, r, c);
  return out;
}

/** The answer of Range.getCellProperties(options) over `rect` of `sheet`: rows of cell objects. */
export function cellProperties(sheet: SheetModel, rect: Rect, options: unknown): Record<string, unknown>[][] {
  const parts = compile(options, tree(sheet), '');
  const rows: Record<string, unknown>[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = sheet.rows.get(r);
    const line: Record<string, unknown>[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(answer(parts, row?.get(c), r, c));
    rows.push(line);
  }
  return rows;
}
