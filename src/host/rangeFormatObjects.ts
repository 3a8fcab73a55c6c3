// Range.format and its fill and font: per-cell formats, column widths, autofit. A property
// read over cells that differ answers null, as Excel does.
import { MAX_ROWS } from './address';
import { HostError } from './errors';
import { HostObject, argBool, argColor, type HostEnv, type MethodSpec, type PropSpec } from './hostObject';
import { formatCellText } from './numberFormat';
import type { RangeObject } from './rangeObject';
import { assertWritable } from './rangeObject';
import type { CellData, CellFormat } from './workbookModel';

/** Excel's default column width: 8.43 characters = 64 px = 48 pt. */
export const DEFAULT_COLUMN_WIDTH_PT = 48;

/** The one value a format property has over a range, or null when cells differ. */
function uniform<T>(range: RangeObject, get: (cell: CellData) => T | undefined, fallback: T): T | null {
  let stored = 0;
  let value: T | undefined;
  let mixed = false;
  range.sheet.forEachIn(range.rect, (_r, _c, cell) => {
    stored++;
    const v = get(cell) ?? fallback;
    if (value === undefined) value = v;
    else if (v !== value) mixed = true;
  });
  if (stored < range.rowCount * range.columnCount) {
    if (value === undefined) value = fallback;
    else if (value !== fallback) mixed = true;
  }
  return mixed ? null : (value as T);
}

function setAll(range: RangeObject, key: keyof CellFormat, value: unknown): void {
  assertWritable(range.sheet);
  const { r0, r1, c0, c1 } = range.rect;
  // Excel keeps whole-column formats apart from the cells; the emulator stores formats per cell,
  // so it refuses (loudly) rather than materialise a million cells.
  if (range.rowCount * range.columnCount > 100_000) {
    throw new HostError(
      'ApiNotFound',
      `Formatting more than 100 000 cells at once (${range.address()}, e.g. whole columns) is not supported by the Spridningslogg Excel emulator.`,
    );
  }
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = range.sheet.ensure(r, c);
      (cell as unknown as Record<string, unknown>)[key] = value;
      if (value === undefined) delete cell[key];
      range.sheet.tidy(r, c);
    }
  }
}

export class RangeFormatObject extends HostObject {
  readonly typeName = 'RangeFormat';
  constructor(
    env: HostEnv,
    private readonly range: RangeObject,
  ) {
    super(env);
  }

  protected override props(): Record<string, PropSpec> {
    const range = this.range;
    const sheet = range.sheet;
    return {
      WrapText: {
        get: () => uniform(range, (c) => c.wrapText, false),
        set: (v) => setAll(range, 'wrapText', argBool(v, 'wrapText') || undefined),
      },
      ColumnWidth: {
        get: () => {
          const widths = new Set<number>();
          for (let c = range.rect.c0; c <= range.rect.c1 && widths.size < 2; c++)
            widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT);
          return widths.size === 1 ? [...widths][0] : null;
        },
        set: (v) => {
          if (typeof v !== 'number' || !(v >= 0) || v > 255 * 7)
            throw new HostError('InvalidArgument', 'columnWidth must be a number of points.');
          assertWritable(sheet);
          for (let c = range.rect.c0; c <= range.rect.c1; c++) sheet.columnWidths.set(c, v);
        },
      },
    };
  }

  protected override navs(): Record<string, () => HostObject | null> {
    return {
      Fill: () => new RangeFillObject(this.env, this.range),
      Font: () => new RangeFontObject(this.env, this.range),
    };
  }

  protected override methods(): Record<string, MethodSpec> {
    return {
      AutofitColumns: () => {
        const range = this.range;
        assertWritable(range.sheet);
        const longest = new Map<number, number>();
        range.sheet.forEachIn(range.rect, (_r, c, cell) => {
          const text =
            cell.formula !== undefined && cell.value === null
              ? ''
              : formatCellText(cell.value, cell.numberFormat, this.env.locale, this.env.wb.date1904);
          const len = Math.max(...text.split('\n').map((l) => l.length));
          longest.set(c, Math.max(longest.get(c) ?? 0, cell.bold ? len * 1.1 : len));
        });
        for (let c = range.rect.c0; c <= range.rect.c1; c++) {
          const chars = longest.get(c);
          // About 7 px per character plus 5 px padding, 0.75 pt per px (Calibri 11).
          if (chars) range.sheet.columnWidths.set(c, Math.round((chars * 7 + 5) * 0.75 * 100) / 100);
          else if (range.rect.r0 === 0 && range.rect.r1 === MAX_ROWS - 1) range.sheet.columnWidths.delete(c);
        }
      },
      // Row heights are not modelled: autofitting them has nothing to change here.
      AutofitRows: () => undefined,
    };
  }
}

export class RangeFillObject extends HostObject {
  readonly typeName = 'RangeFill';
  constructor(
    env: HostEnv,
    private readonly range: RangeObject,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Color: {
        get: () => uniform(this.range, (c) => c.fill, '#FFFFFF'),
        // A blank value resets the property: no fill.
        set: (v) => setAll(this.range, 'fill', v === '' ? undefined : argColor(v, 'fill.color')),
      },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    return { Clear: () => setAll(this.range, 'fill', undefined) };
  }
}

export class RangeFontObject extends HostObject {
  readonly typeName = 'RangeFont';
  constructor(
    env: HostEnv,
    private readonly range: RangeObject,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    const range = this.range;
    return {
      Bold: {
        get: () => uniform(range, (c) => c.bold, false),
        set: (v) => setAll(range, 'bold', argBool(v, 'font.bold') || undefined),
      },
      Italic: {
        get: () => uniform(range, (c) => c.italic, false),
        set: (v) => setAll(range, 'italic', argBool(v, 'font.italic') || undefined),
      },
      Color: {
        get: () => uniform(range, (c) => c.fontColor, '#000000'),
        set: (v) => {
          const color = v === '' ? '#000000' : argColor(v, 'font.color');
          setAll(range, 'fontColor', color === '#000000' ? undefined : color);
        },
      },
      Name: { get: () => 'Calibri' },
      Size: { get: () => 11 },
    };
  }
}
