// The in-memory workbook the host edits: sheets of sparse cells with their formats, merges,
// frozen panes, filters, protection, column widths, charts, and the workbook's names and
// settings. Plain data plus the operations that keep it consistent (shifting on insert/delete).
import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import { HostError } from './errors';
import type { SourceWorkbook } from './xlsx/source';

export type CellValue = string | number | boolean;

export interface CellFormat {
  numberFormat?: string;
  /** '#RRGGBB' */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** '#RRGGBB' */
  fontColor?: string;
  wrapText?: boolean;
}

/** One cell. `value` null = empty. A formula cell keeps its last known result in `value`. */
export interface CellData extends CellFormat {
  value: CellValue | null;
  formula?: string;
  /**
   * The cell's format in the opened file (its index into the file's cell formats): borders,
   * fonts and alignment the emulator does not model live there. A saved cell starts from it.
   */
  xf?: number;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: { sheetId: string; rect: Rect } | null;
  seriesBy: string;
  title: string;
  /** Anchor cells (setPosition) or points; whatever the add-in set last. */
  position: { start: string; end?: string } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  /** A chart of the opened file: where it is (xlsx/charts.ts) and its state as read. */
  file?: { drawing: string; anchor: number; chart: string; state: string };
}

/** Paper sizes the emulator knows, with their code in a file's <pageSetup paperSize>. */
export const PAPER_CODES: Readonly<Record<string, number>> = {
  Letter: 1,
  Tabloid: 3,
  Legal: 5,
  Executive: 7,
  A3: 8,
  A4: 9,
  A5: 11,
  B4: 12,
  B5: 13,
};

/**
 * A sheet's page layout as the add-in set it (Worksheet.pageLayout, horizontalPageBreaks;
 * ExcelApi 1.9). The emulator does not read a file's own page setup: until the add-in sets
 * something (`touched`) the file's is kept as it is and the getters answer Excel's defaults.
 */
export interface PageModel {
  orientation: 'Portrait' | 'Landscape';
  /** A key of PAPER_CODES. */
  paperSize: string;
  centerHorizontally: boolean;
  /** The print area's rectangles, null for the whole used range. */
  printArea: Rect[] | null;
  /** Manual page breaks: the 0-based rows that start a new page, ascending. */
  rowBreaks: number[];
  touched: boolean;
}

export function defaultPage(): PageModel {
  return {
    orientation: 'Portrait',
    paperSize: 'A4',
    centerHorizontally: false,
    printArea: null,
    rowBreaks: [],
    touched: false,
  };
}

export interface NamedItemModel {
  name: string;
  /** "=Blad1!$A$1" */
  formula: string;
  comment: string;
  visible: boolean;
}

const FORMAT_KEYS: (keyof CellFormat)[] = ['numberFormat', 'fill', 'bold', 'italic', 'fontColor', 'wrapText'];

export function hasFormat(cell: CellData): boolean {
  return cell.xf !== undefined || FORMAT_KEYS.some((k) => cell[k] !== undefined);
}

export function isBlank(cell: CellData): boolean {
  return cell.value === null && cell.formula === undefined && !hasFormat(cell);
}

export function clearFormat(cell: CellData): void {
  for (const k of FORMAT_KEYS) delete cell[k];
  delete cell.xf;
}

/** How a rectangle survives a shift: moved/resized, removed, or cut in a way Excel refuses. */
type RectFate = Rect | null | 'conflict';

/** A shift of cells along one axis: rows (vertical) or columns, inside a band of the other axis. */
export interface Shift {
  vertical: boolean;
  /** First row (vertical) or column where cells are inserted/deleted. */
  at: number;
  /** Number of rows/columns inserted (> 0) or deleted (< 0). */
  count: number;
  /** The band of the other axis that moves (columns for a vertical shift). */
  band0: number;
  band1: number;
}

function along(rect: Rect, vertical: boolean): [number, number, number, number] {
  return vertical ? [rect.r0, rect.r1, rect.c0, rect.c1] : [rect.c0, rect.c1, rect.r0, rect.r1];
}

function rebuild(vertical: boolean, a0: number, a1: number, b0: number, b1: number): Rect {
  return vertical ? { r0: a0, r1: a1, c0: b0, c1: b1 } : { r0: b0, r1: b1, c0: a0, c1: a1 };
}

export function shiftRect(rect: Rect, s: Shift): RectFate {
  const [a0, a1, b0, b1] = along(rect, s.vertical);
  const inBand = b0 >= s.band0 && b1 <= s.band1;
  const disjoint = b1 < s.band0 || b0 > s.band1;
  if (disjoint) return rect;
  if (s.count > 0) {
    if (a1 < s.at) return rect;
    if (!inBand) return 'conflict';
    if (a0 >= s.at) return rebuild(s.vertical, a0 + s.count, a1 + s.count, b0, b1);
    return rebuild(s.vertical, a0, a1 + s.count, b0, b1);
  }
  const n = -s.count;
  const end = s.at + n - 1;
  if (a1 < s.at) return rect;
  if (!inBand) return 'conflict';
  if (a0 > end) return rebuild(s.vertical, a0 - n, a1 - n, b0, b1);
  const n0 = a0 < s.at ? a0 : s.at;
  const n1 = a1 > end ? a1 - n : s.at - 1;
  return n1 < n0 ? null : rebuild(s.vertical, n0, n1, b0, b1);
}

/** A sheet's settings as the opened file holds them, moved along with inserted/deleted rows. */
export interface SheetBaseline {
  merges: Rect[];
  autoFilter: Rect | null;
  frozen: { rows: number; columns: number };
  columnWidths: Map<number, number>;
  tabColor: string | null;
  protected: boolean;
  visibility: SheetVisibility;
  name: string;
}

/** Where a sheet came from in the opened file. */
export interface SheetSource {
  /** The worksheet's part ("xl/worksheets/sheet3.xml"). */
  part: string;
}

export class SheetModel {
  id: string;
  name: string;
  visibility: SheetVisibility = 'Visible';
  /** row -> column -> cell */
  readonly rows = new Map<number, Map<number, CellData>>();
  merges: Rect[] = [];
  frozen = { rows: 0, columns: 0 };
  autoFilter: Rect | null = null;
  protected = false;
  /** Column widths in points, by column index, where known. */
  columnWidths = new Map<number, number>();
  tabColor: string | null = null;
  charts: ChartModel[] = [];
  /** Page layout and manual page breaks the add-in set (see PageModel). */
  page: PageModel = defaultPage();
  /** Live rectangles of kept Range references: Excel moves them with inserted/deleted cells. */
  readonly tracked = new Set<Rect>();
  /** The file this sheet was read from (null: added since), and its settings there. */
  source: SheetSource | null = null;
  baseline: SheetBaseline | null = null;
  /** Cells written since the file was read (row → columns), in today's positions. */
  readonly written = new Map<number, Set<number>>();
  /** Rows and columns inserted or deleted since the file was read, in order. */
  readonly shifts: Shift[] = [];
  /**
   * The style a new cell takes from its row or column in the opened file (Excel formats a cell
   * typed into a formatted row or column that way); set by the file reader.
   */
  inheritedFormat: ((r: number, c: number) => (CellFormat & { xf?: number }) | undefined) | null = null;
  /** Rows with a style of their own in the file (row → style index), moved with inserted/deleted rows. */
  rowStyles = new Map<number, number>();

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  cell(r: number, c: number): CellData | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** The cell at (r, c), created when missing, and marked as written. */
  ensure(r: number, c: number): CellData {
    this.mark(r, c);
    return this.load(r, c);
  }

  /** Marks a cell as written since the file was read (the save writes it anew). */
  mark(r: number, c: number): void {
    let cols = this.written.get(r);
    if (!cols) this.written.set(r, (cols = new Set<number>()));
    cols.add(c);
  }

  /** The cell at (r, c), created when missing, without marking it (for reading a file). */
  load(r: number, c: number): CellData {
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Map<number, CellData>()));
    let cell = row.get(c);
    if (!cell) {
      cell = { value: null };
      const inherited = this.inheritedFormat?.(r, c);
      if (inherited) Object.assign(cell, inherited);
      row.set(c, cell);
    }
    return cell;
  }

  remove(r: number, c: number): void {
    this.mark(r, c);
    const row = this.rows.get(r);
    if (!row) return;
    row.delete(c);
    if (row.size === 0) this.rows.delete(r);
  }

  /** Drops the cell when nothing is left in it. */
  tidy(r: number, c: number): void {
    const cell = this.cell(r, c);
    if (cell && isBlank(cell)) this.remove(r, c);
  }

  forEachCell(fn: (r: number, c: number, cell: CellData) => void): void {
    for (const [r, row] of this.rows) for (const [c, cell] of row) fn(r, c, cell);
  }

  /** Cells inside a rectangle, without visiting the empty ones (ranges may be whole columns). */
  forEachIn(rect: Rect, fn: (r: number, c: number, cell: CellData) => void): void {
    for (const [r, row] of this.rows) {
      if (r < rect.r0 || r > rect.r1) continue;
      for (const [c, cell] of row) if (c >= rect.c0 && c <= rect.c1) fn(r, c, cell);
    }
  }

  /** The smallest rectangle holding every used cell (with values only, or also formatted ones). */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let out: Rect | null = null;
    const visit = (r: number, c: number, cell: CellData) => {
      const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
      if (!used) return;
      if (!out) out = { r0: r, r1: r, c0: c, c1: c };
      else
        out = {
          r0: Math.min(out.r0, r),
          r1: Math.max(out.r1, r),
          c0: Math.min(out.c0, c),
          c1: Math.max(out.c1, c),
        };
    };
    if (within) this.forEachIn(within, visit);
    else this.forEachCell(visit);
    return out;
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) cells and moves everything after them: cells
   * with their formats, merges, the filter, kept ranges, and column widths for whole columns.
   * Throws InvalidOperation (changing nothing) when a merged area would be cut.
   */
  applyShift(s: Shift): void {
    const mergeFates = this.merges.map((m) => shiftRect(m, s));
    if (mergeFates.includes('conflict')) {
      throw new HostError(
        'InvalidOperation',
        'Cannot shift cells: a merged area crosses the edge of the range.',
      );
    }
    const limit = s.vertical ? MAX_ROWS : MAX_COLUMNS;
    const moved: [number, number, CellData][] = [];
    this.forEachCell((r, c, cell) => {
      const [a, b] = s.vertical ? [r, c] : [c, r];
      if (b < s.band0 || b > s.band1 || a < s.at) {
        moved.push([r, c, cell]);
        return;
      }
      let na: number;
      if (s.count > 0) na = a + s.count;
      else if (a < s.at - s.count)
        return; // deleted
      else na = a + s.count;
      if (na >= limit) return;
      moved.push(s.vertical ? [na, c, cell] : [r, na, cell]);
    });
    this.rows.clear();
    for (const [r, c, cell] of moved) {
      let row = this.rows.get(r);
      if (!row) this.rows.set(r, (row = new Map<number, CellData>()));
      row.set(c, cell);
    }
    this.merges = mergeFates.filter((m): m is Rect => m !== null && m !== 'conflict');
    this.shiftWritten(s, limit);
    if (s.vertical && s.band0 === 0 && s.band1 === MAX_COLUMNS - 1 && this.rowStyles.size > 0) {
      const styles = new Map<number, number>();
      for (const [r, xf] of this.rowStyles) {
        if (r < s.at) styles.set(r, xf);
        else if (s.count > 0) styles.set(r + s.count, xf);
        else if (r >= s.at - s.count) styles.set(r + s.count, xf);
      }
      this.rowStyles = styles;
    }
    this.shifts.push({ ...s });
    if (this.baseline) {
      const b = this.baseline;
      b.merges = b.merges
        .map((m) => shiftRect(m, s))
        .filter((m): m is Rect => m !== null && m !== 'conflict');
      if (b.autoFilter) {
        const f = shiftRect(b.autoFilter, s);
        b.autoFilter = f === 'conflict' ? b.autoFilter : f;
      }
    }
    if (this.autoFilter) {
      const f = shiftRect(this.autoFilter, s);
      this.autoFilter = f === 'conflict' ? this.autoFilter : f;
    }
    for (const t of this.tracked) {
      const f = shiftRect(t, s);
      if (f && f !== 'conflict') Object.assign(t, f);
    }
    const wholeColumns = !s.vertical && s.band0 === 0 && s.band1 === MAX_ROWS - 1;
    if (wholeColumns) {
      const widths = new Map<number, number>();
      for (const [c, w] of this.columnWidths) {
        if (c < s.at) widths.set(c, w);
        else if (s.count > 0) widths.set(c + s.count, w);
        else if (c >= s.at - s.count) widths.set(c + s.count, w);
      }
      this.columnWidths = widths;
    }
  }

  private shiftWritten(s: Shift, limit: number): void {
    if (this.written.size === 0) return;
    const moved = new Map<number, Set<number>>();
    const put = (r: number, c: number) => {
      let cols = moved.get(r);
      if (!cols) moved.set(r, (cols = new Set<number>()));
      cols.add(c);
    };
    for (const [r, cols] of this.written) {
      for (const c of cols) {
        const [a, b] = s.vertical ? [r, c] : [c, r];
        if (b < s.band0 || b > s.band1 || a < s.at) {
          put(r, c);
          continue;
        }
        if (s.count < 0 && a < s.at - s.count) continue; // deleted
        const na = a + s.count;
        if (na >= limit) continue;
        if (s.vertical) put(na, c);
        else put(r, na);
      }
    }
    this.written.clear();
    for (const [r, cols] of moved) this.written.set(r, cols);
  }
}

export class WorkbookModel {
  /** The opened file (null for a workbook made in memory); see xlsx/saveWorkbook.ts. */
  source: SourceWorkbook | null = null;
  /** The 1904 date system (Mac Excel's old default): serial 0 is 1904-01-01. */
  date1904 = false;
  /** The workbook's structure is protected: Excel refuses to add, delete, move, rename or hide sheets. */
  structureProtected = false;
  sheets: SheetModel[] = [];
  /** Keyed by lower-case name; Excel's names are case-insensitive. */
  readonly names = new Map<string, NamedItemModel>();
  /** Add-in settings (Office.context.document.settings / workbook.settings), insertion ordered. */
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  private nextId = 1;
  private nextChartId = 1;

  newSheetId(): string {
    return `{${String(this.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`;
  }

  newChartId(): string {
    return `{C${String(this.nextChartId++).padStart(7, '0')}-0000-4000-8000-000000000000}`;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const key = String(nameOrId).toLowerCase();
    return (
      this.sheets.find((s) => s.name.toLowerCase() === key) ??
      this.sheets.find((s) => s.id.toLowerCase() === key)
    );
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Rewrites every formula of every sheet and every defined name (for shifts, renames, deletions). */
  rewriteFormulas(rewrite: (formula: string, sheetName: string | undefined) => string): void {
    for (const sheet of this.sheets) {
      sheet.forEachCell((_r, _c, cell) => {
        if (cell.formula !== undefined) cell.formula = rewrite(cell.formula, sheet.name);
      });
    }
    for (const item of this.names.values()) item.formula = rewrite(item.formula, undefined);
  }

  activeSheet(): SheetModel {
    return (
      this.sheetById(this.activeSheetId ?? '') ??
      this.sheets.find((s) => s.visibility === 'Visible') ??
      this.sheets[0]
    );
  }
}
