// Range: a rectangle of one sheet. Reads and writes values, formulas, number formats and
// formats; navigates to neighbouring ranges; inserts and deletes cells (shifting the rest).
import {
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  formatAddress,
  intersect,
  parseAddress,
  type Rect,
} from './address';
import { writeInput } from './cellInput';
import { cellProperties } from './cellProperties';
import { HostError } from './errors';
import {
  HostObject,
  argBool,
  argInt,
  argString,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { formatCellText } from './numberFormat';
import { RangeFormatObject } from './rangeFormatObjects';
import { RangeAreasObject } from './rangeAreasObject';
import { WorksheetObject } from './worksheetObject';
import { shiftFormula } from './formulaReferences';
import { clearFormat, isBlank, shiftRect, type CellData, type SheetModel } from './workbookModel';

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new HostError(
      'AccessDenied',
      `The sheet '${sheet.name}' is protected; unprotect it before changing it.`,
    );
  }
}

export function checkRect(rect: Rect): Rect {
  if (
    rect.r0 < 0 ||
    rect.c0 < 0 ||
    rect.r1 >= MAX_ROWS ||
    rect.c1 >= MAX_COLUMNS ||
    rect.r0 > rect.r1 ||
    rect.c0 > rect.c1
  ) {
    throw new HostError('InvalidArgument', 'The range would lie outside the worksheet grid.');
  }
  return rect;
}

/** Resolves a range argument: another Range object or an address on `sheet`. */
export function rangeArgument(
  env: HostEnv,
  sheet: SheetModel,
  v: unknown,
  what: string,
): { sheet: SheetModel; rect: Rect } {
  if (v instanceof RangeObject) return { sheet: v.sheet, rect: { ...v.rect } };
  if (typeof v === 'string') {
    const p = parseAddress(v);
    if (!p) throw new HostError('InvalidArgument', `${what}: "${v}" is not a valid address.`);
    const target = p.sheet === undefined ? sheet : env.wb.findSheet(p.sheet);
    if (!target) throw new HostError('ItemNotFound', `${what}: no sheet named '${p.sheet}'.`);
    return { sheet: target, rect: { r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 } };
  }
  throw new HostError('InvalidArgument', `${what} must be a Range or an address.`);
}

type Grid = unknown[][];

export class RangeObject extends HostObject {
  readonly typeName = 'Range';
  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    /** Mutable: a kept (tracked) range moves when cells are inserted or deleted before it. */
    readonly rect: Rect,
  ) {
    super(env);
  }

  private alive(): void {
    if (!this.env.wb.sheets.includes(this.sheet))
      throw new HostError(
        'InvalidReference',
        `The sheet '${this.sheet.name}' of this range has been deleted.`,
      );
  }
  override get(name: string): unknown {
    this.alive();
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    this.alive();
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    this.alive();
    return super.call(name, args);
  }

  get rowCount(): number {
    return this.rect.r1 - this.rect.r0 + 1;
  }
  get columnCount(): number {
    return this.rect.c1 - this.rect.c0 + 1;
  }

  private make(rect: Rect): RangeObject {
    return new RangeObject(this.env, this.sheet, checkRect(rect));
  }

  private grid<T>(fn: (cell: CellData | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.r0; r <= this.rect.r1; r++) {
      const row = this.sheet.rows.get(r);
      const line = new Array<T>(this.columnCount);
      for (let c = this.rect.c0; c <= this.rect.c1; c++) line[c - this.rect.c0] = fn(row?.get(c), r, c);
      out.push(line);
    }
    return out;
  }

  /** One value per cell, or one value for all; null entries leave a cell unchanged. */
  private writeGrid(
    input: unknown,
    what: string,
    apply: (cell: CellData, v: unknown, where: string) => void,
  ): void {
    assertWritable(this.sheet);
    const where = (r: number, c: number) => formatAddress(this.sheet.name, { r0: r, r1: r, c0: c, c1: c });
    const each = (r: number, c: number, v: unknown) => {
      if (v === null || v === undefined) return;
      apply(this.sheet.ensure(r, c), v, where(r, c));
      this.sheet.tidy(r, c);
    };
    if (input === null || input === undefined) {
      throw new HostError(
        'InvalidArgument',
        `${what} cannot be set to null; use null only inside a 2-D array.`,
      );
    }
    if (!Array.isArray(input)) {
      for (let r = this.rect.r0; r <= this.rect.r1; r++)
        for (let c = this.rect.c0; c <= this.rect.c1; c++) each(r, c, input);
      return;
    }
    const rows = input as Grid;
    if (
      rows.length !== this.rowCount ||
      rows.some((row) => !Array.isArray(row) || row.length !== this.columnCount)
    ) {
      throw new HostError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${this.rowCount}x${this.columnCount}).`,
      );
    }
    rows.forEach((row, i) => row.forEach((v, j) => each(this.rect.r0 + i, this.rect.c0 + j, v)));
  }

  address(): string {
    return formatAddress(this.sheet.name, this.rect);
  }

  protected override props(): Record<string, PropSpec> {
    const locale = this.env.locale;
    return {
      Address: { get: () => this.address() },
      AddressLocal: { get: () => this.address() },
      RowIndex: { get: () => this.rect.r0 },
      ColumnIndex: { get: () => this.rect.c0 },
      RowCount: { get: () => this.rowCount },
      ColumnCount: { get: () => this.columnCount },
      CellCount: { get: () => this.rowCount * this.columnCount },
      IsEntireRow: { get: () => this.rect.c0 === 0 && this.rect.c1 === MAX_COLUMNS - 1 },
      IsEntireColumn: { get: () => this.rect.r0 === 0 && this.rect.r1 === MAX_ROWS - 1 },
      Values: {
        get: () => this.grid((cell) => cell?.value ?? ''),
        set: (v) =>
          this.writeGrid(v, 'values', (cell, x, where) => writeInput(cell, x, where, this.env.wb.date1904)),
      },
      Formulas: {
        get: () => this.grid((cell) => cell?.formula ?? cell?.value ?? ''),
        set: (v) =>
          this.writeGrid(v, 'formulas', (cell, x, where) => writeInput(cell, x, where, this.env.wb.date1904)),
      },
      NumberFormat: {
        get: () => this.grid((cell) => cell?.numberFormat ?? 'General'),
        set: (v) =>
          this.writeGrid(v, 'numberFormat', (cell, x) => {
            const f = argString(x, 'numberFormat');
            if (f === 'General' || f === '') delete cell.numberFormat;
            else cell.numberFormat = f;
          }),
      },
      Text: {
        get: () =>
          this.grid((cell) =>
            formatCellText(cell?.value ?? null, cell?.numberFormat, locale, this.env.wb.date1904),
          ),
      },
      ValueTypes: {
        get: () =>
          this.grid((cell) => {
            const v = cell?.value ?? null;
            if (v === null || v === '') return 'Empty';
            if (typeof v === 'number') return 'Double';
            if (typeof v === 'boolean') return 'Boolean';
            return /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v) ? 'Error' : 'String';
          }),
      },
    };
  }

  override defaultSelect(): string[] {
    return [
      'Address',
      'AddressLocal',
      'RowIndex',
      'ColumnIndex',
      'RowCount',
      'ColumnCount',
      'CellCount',
      'Values',
      'Formulas',
      'NumberFormat',
      'Text',
      'ValueTypes',
    ];
  }

  protected override navs(): Record<string, () => HostObject | null> {
    return {
      Format: () => new RangeFormatObject(this.env, this),
      Worksheet: () => new WorksheetObject(this.env, this.sheet),
    };
  }

  protected override methods(): Record<string, MethodSpec> {
    const r = this.rect;
    const other = (v: unknown, what: string) => {
      const o = rangeArgument(this.env, this.sheet, v, what);
      if (o.sheet !== this.sheet) throw new HostError('InvalidArgument', `${what} is on another sheet.`);
      return o.rect;
    };
    return {
      GetCell: (row, col) =>
        this.make({
          r0: r.r0 + argInt(row, 'row'),
          c0: r.c0 + argInt(col, 'column'),
          r1: r.r0 + (row as number),
          c1: r.c0 + (col as number),
        }),
      GetRow: (i) => this.make({ ...r, r0: r.r0 + argInt(i, 'row'), r1: r.r0 + (i as number) }),
      GetColumn: (i) => this.make({ ...r, c0: r.c0 + argInt(i, 'column'), c1: r.c0 + (i as number) }),
      GetEntireRow: () => this.make({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }),
      GetEntireColumn: () => this.make({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }),
      GetLastRow: () => this.make({ ...r, r0: r.r1 }),
      GetLastColumn: () => this.make({ ...r, c0: r.c1 }),
      GetLastCell: () => this.make({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }),
      GetRowsAbove: (n = 1) => this.make({ ...r, r0: r.r0 - argInt(n, 'count'), r1: r.r0 - 1 }),
      GetRowsBelow: (n = 1) => this.make({ ...r, r0: r.r1 + 1, r1: r.r1 + argInt(n, 'count') }),
      GetColumnsBefore: (n = 1) => this.make({ ...r, c0: r.c0 - argInt(n, 'count'), c1: r.c0 - 1 }),
      GetColumnsAfter: (n = 1) => this.make({ ...r, c0: r.c1 + 1, c1: r.c1 + argInt(n, 'count') }),
      GetOffsetRange: (dr, dc) =>
        this.make({
          r0: r.r0 + argInt(dr, 'rowOffset'),
          r1: r.r1 + (dr as number),
          c0: r.c0 + argInt(dc, 'columnOffset'),
          c1: r.c1 + (dc as number),
        }),
      GetResizedRange: (dr, dc) =>
        this.make({ ...r, r1: r.r1 + argInt(dr, 'deltaRows'), c1: r.c1 + argInt(dc, 'deltaColumns') }),
      GetAbsoluteResizedRange: (rows, cols) =>
        this.make({
          r0: r.r0,
          c0: r.c0,
          r1: r.r0 + argInt(rows, 'numRows') - 1,
          c1: r.c0 + argInt(cols, 'numColumns') - 1,
        }),
      GetIntersection: (o) => {
        const x = intersect(r, other(o, 'anotherRange'));
        if (!x) throw new HostError('ItemNotFound', 'The ranges do not intersect.');
        return this.make(x);
      },
      GetIntersectionOrNullObject: (o) => {
        const x = intersect(r, other(o, 'anotherRange'));
        return x ? this.make(x) : null;
      },
      GetBoundingRect: (o) => this.make(boundingRect(r, other(o, 'anotherRange'))),
      GetCellProperties: (options) => cellProperties(this.sheet, r, options),
      GetUsedRange: (valuesOnly = false) => {
        const u = this.sheet.usedRect(valuesOnly === true, r);
        if (!u) throw new HostError('ItemNotFound', 'There are no used cells in the range.');
        return this.make(u);
      },
      GetUsedRangeOrNullObject: (valuesOnly = false) => {
        const u = this.sheet.usedRect(valuesOnly === true, r);
        return u ? this.make(u) : null;
      },
      GetMergedAreasOrNullObject: () => {
        const areas = this.sheet.merges.filter((m) => intersect(m, r));
        return areas.length ? new RangeAreasObject(this.env, this.sheet, areas) : null;
      },
      // The client calls this before it splits a write of more than 1500 cells into row chunks.
      _ValidateArraySize: (rows, cols) => {
        if (rows !== this.rowCount || cols !== this.columnCount) {
          throw new HostError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (range ${this.rowCount}x${this.columnCount}, array ${String(rows)}x${String(cols)}).`,
          );
        }
      },
      Merge: (across = false) => this.merge(argBool(across, 'across')),
      Unmerge: () => {
        assertWritable(this.sheet);
        this.sheet.merges = this.sheet.merges.filter((m) => !intersect(m, r));
      },
      Insert: (shift) => this.shift(shift, true),
      Delete: (shift) => {
        this.shift(shift, false);
      },
      Clear: (applyTo = 'All') => this.clear(argString(applyTo, 'applyTo')),
      Select: () => {
        if (this.sheet.visibility !== 'Visible')
          throw new HostError('InvalidOperation', `The sheet '${this.sheet.name}' is hidden.`);
        this.env.wb.activeSheetId = this.sheet.id;
        this.env.wb.selection = { sheetId: this.sheet.id, rect: { ...r } };
      },
    };
  }

  private merge(across: boolean): void {
    assertWritable(this.sheet);
    const r = this.rect;
    const areas: Rect[] = across
      ? Array.from({ length: this.rowCount }, (_, i) => ({ r0: r.r0 + i, r1: r.r0 + i, c0: r.c0, c1: r.c1 }))
      : [{ ...r }];
    for (const area of areas) {
      if (area.r0 === area.r1 && area.c0 === area.c1) continue;
      this.sheet.merges = this.sheet.merges.filter((m) => !intersect(m, area));
      // Excel keeps the upper-left value of a merged area and drops the others.
      this.sheet.forEachIn(area, (row, col, cell) => {
        if (row === area.r0 && col === area.c0) return;
        this.sheet.mark(row, col);
        cell.value = null;
        delete cell.formula;
        if (isBlank(cell)) this.sheet.remove(row, col);
      });
      this.sheet.merges.push(area);
    }
  }

  private shift(direction: unknown, insert: boolean): RangeObject | undefined {
    assertWritable(this.sheet);
    const r = this.rect;
    const d = argString(direction, 'shift');
    const vertical = insert ? d === 'Down' : d === 'Up';
    const horizontal = insert ? d === 'Right' : d === 'Left';
    if (!vertical && !horizontal) {
      throw new HostError(
        'InvalidArgument',
        `shift must be ${insert ? '"Down" or "Right"' : '"Up" or "Left"'}, not "${d}".`,
      );
    }
    const count = vertical ? this.rowCount : this.columnCount;
    const at = vertical ? r.r0 : r.c0;
    const [band0, band1] = vertical ? [r.c0, r.c1] : [r.r0, r.r1];
    if (insert) {
      const limit = vertical ? MAX_ROWS : MAX_COLUMNS;
      let lost = false;
      this.sheet.forEachCell((row, col, cell) => {
        const [a, b] = vertical ? [row, col] : [col, row];
        if (b >= band0 && b <= band1 && a + count >= limit && !isBlank(cell)) lost = true;
      });
      if (lost)
        throw new HostError('InvalidOperation', 'Inserting would push non-empty cells off the worksheet.');
    }
    const own = { ...r };
    const shift = { vertical, at, count: insert ? count : -count, band0, band1 };
    this.sheet.applyShift(shift);
    // Excel moves the references of every formula (and name) that points into the shifted cells.
    const name = this.sheet.name;
    this.env.wb.rewriteFormulas((formula, sheetName) => shiftFormula(formula, sheetName, name, shift));
    for (const sheet of this.env.wb.sheets) {
      for (const chart of sheet.charts) {
        if (chart.source?.sheetId !== this.sheet.id) continue;
        const moved = shiftRect(chart.source.rect, shift);
        if (moved && moved !== 'conflict') chart.source.rect = moved;
      }
    }
    return insert ? this.make(own) : undefined;
  }

  private clear(applyTo: string): void {
    assertWritable(this.sheet);
    const r = this.rect;
    const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    if (!contents && !formats && applyTo !== 'Hyperlinks' && applyTo !== 'RemoveHyperlinks') {
      throw new HostError('InvalidArgument', `applyTo "${applyTo}" is not a ClearApplyTo value.`);
    }
    // The emulator keeps no hyperlinks, so clearing them changes nothing.
    const touched: [number, number][] = [];
    this.sheet.forEachIn(r, (row, col, cell) => {
      if (contents) {
        cell.value = null;
        delete cell.formula;
      }
      if (formats) clearFormat(cell);
      this.sheet.mark(row, col);
      touched.push([row, col]);
    });
    for (const [row, col] of touched) this.sheet.tidy(row, col);
    if (formats)
      this.sheet.merges = this.sheet.merges.filter(
        (m) => !(m.r0 >= r.r0 && m.r1 <= r.r1 && m.c0 >= r.c0 && m.c1 <= r.c1),
      );
  }
}
