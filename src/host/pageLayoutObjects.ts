// Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9): enough to print a
// sheet as the add-in wants it — orientation, paper size, centred, a print area of one or more
// ranges, manual page breaks between rows. The save writes them (pageSetup, printOptions,
// rowBreaks and the sheet's _xlnm.Print_Area name) once the add-in has set any of them; a
// file's own page setup is not read, so until then it is kept untouched. Members the emulator
// does not model (margins, headers, zoom, print titles) answer ApiNotFound.
import { columnLetters, parseAddress, quoteSheetName, type Rect } from './address';
import { HostError } from './errors';
import {
  HostCollection,
  HostObject,
  argBool,
  argInt,
  argString,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { RangeAreasObject } from './rangeAreasObject';
import { RangeObject, rangeArgument } from './rangeObject';
import { PAPER_CODES, type SheetModel } from './workbookModel';

const ORIENTATIONS = ['Portrait', 'Landscape'];

export class PageLayoutObject extends HostObject {
  readonly typeName = 'PageLayout';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    const page = this.sheet.page;
    const touch = () => {
      page.touched = true;
    };
    return {
      Orientation: {
        get: () => page.orientation,
        set: (v) => {
          const o = argString(v, 'orientation');
          if (!ORIENTATIONS.includes(o))
            throw new HostError('InvalidArgument', `orientation must be one of ${ORIENTATIONS.join(', ')}.`);
          page.orientation = o as 'Portrait' | 'Landscape';
          touch();
        },
      },
      PaperSize: {
        get: () => page.paperSize,
        set: (v) => {
          const size = argString(v, 'paperSize');
          const known = Object.keys(PAPER_CODES).find((k) => k.toLowerCase() === size.toLowerCase());
          if (!known)
            throw new HostError(
              'InvalidArgument',
              `paperSize "${size}" is not one the Spridningslogg Excel emulator knows (${Object.keys(PAPER_CODES).join(', ')}).`,
            );
          page.paperSize = known;
          touch();
        },
      },
      CenterHorizontally: {
        get: () => page.centerHorizontally,
        set: (v) => {
          page.centerHorizontally = argBool(v, 'centerHorizontally');
          touch();
        },
      },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    const page = this.sheet.page;
    const areas = (): RangeAreasObject | null =>
      page.printArea
        ? new RangeAreasObject(
            this.env,
            this.sheet,
            page.printArea.map((r) => ({ ...r })),
          )
        : null;
    return {
      SetPrintArea: (printArea) => {
        page.printArea = printAreaRects(this.env, this.sheet, printArea);
        page.touched = true;
      },
      GetPrintAreaOrNullObject: () => areas(),
      GetPrintArea: () => {
        const a = areas();
        if (!a) throw new HostError('ItemNotFound', 'The sheet has no print area.');
        return a;
      },
    };
  }
}

/** A print area given as a Range, a RangeAreas or an address of one or more areas ("A1:F40,H2:P22"). */
function printAreaRects(env: HostEnv, sheet: SheetModel, v: unknown): Rect[] {
  if (v instanceof RangeAreasObject) {
    if (v.sheet !== sheet) throw new HostError('InvalidArgument', 'printArea is on another sheet.');
    return v.areas.map((r) => ({ ...r }));
  }
  if (v instanceof RangeObject) {
    if (v.sheet !== sheet) throw new HostError('InvalidArgument', 'printArea is on another sheet.');
    return [{ ...v.rect }];
  }
  const text = argString(v, 'printArea');
  return text.split(',').map((part) => {
    const p = parseAddress(part.trim());
    if (!p) throw new HostError('InvalidArgument', `printArea: "${part}" is not a valid address.`);
    if (p.sheet !== undefined && env.wb.findSheet(p.sheet) !== sheet)
      throw new HostError('InvalidArgument', 'printArea is on another sheet.');
    return { r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 };
  });
}

/** Worksheet.horizontalPageBreaks: the manual breaks between rows. */
export class PageBreakCollectionObject extends HostCollection {
  readonly typeName = 'PageBreakCollection';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  items(): HostObject[] {
    return this.sheet.page.rowBreaks.map((r) => new PageBreakObject(this.env, this.sheet, r));
  }
  /** An item by its position, or by the id the client re-paths a loaded item with ("row-12"). */
  indexer(key: unknown): HostObject {
    const id = typeof key === 'string' ? /^row-(\d+)$/.exec(key) : null;
    if (id) {
      const row = Number(id[1]);
      if (!this.sheet.page.rowBreaks.includes(row))
        throw new HostError('ItemNotFound', 'The page break has been deleted.');
      return new PageBreakObject(this.env, this.sheet, row);
    }
    return this.at(key);
  }
  private at(i: unknown): PageBreakObject {
    const n = argInt(i, 'index');
    const row = this.sheet.page.rowBreaks[n];
    if (row === undefined) throw new HostError('ItemNotFound', `No page break at index ${n}.`);
    return new PageBreakObject(this.env, this.sheet, row);
  }
  protected override props(): Record<string, PropSpec> {
    return { Count: { get: () => this.sheet.page.rowBreaks.length } };
  }
  protected override methods(): Record<string, MethodSpec> {
    const page = this.sheet.page;
    return {
      Add: (pageBreakRange) => {
        const { sheet, rect } = rangeArgument(this.env, this.sheet, pageBreakRange, 'pageBreakRange');
        if (sheet !== this.sheet)
          throw new HostError('InvalidArgument', 'pageBreakRange is on another sheet.');
        if (rect.r0 === 0)
          throw new HostError('InvalidArgument', 'A page break cannot go above the first row.');
        if (!page.rowBreaks.includes(rect.r0)) {
          page.rowBreaks.push(rect.r0);
          page.rowBreaks.sort((a, b) => a - b);
        }
        page.touched = true;
        return new PageBreakObject(this.env, this.sheet, rect.r0);
      },
      RemovePageBreaks: () => {
        page.rowBreaks = [];
        page.touched = true;
      },
      GetItem: (i) => this.at(i),
      GetCount: () => page.rowBreaks.length,
    };
  }
}

export class PageBreakObject extends HostObject {
  readonly typeName = 'PageBreak';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
    private readonly row: number,
  ) {
    super(env);
  }
  override identity(): Record<string, unknown> {
    return { _Id: `row-${this.row}` };
  }
  override defaultSelect(): string[] {
    return ['RowIndex', 'ColumnIndex'];
  }
  protected override props(): Record<string, PropSpec> {
    return { RowIndex: { get: () => this.row }, ColumnIndex: { get: () => 0 } };
  }
  protected override methods(): Record<string, MethodSpec> {
    const page = this.sheet.page;
    return {
      Delete: () => {
        page.rowBreaks = page.rowBreaks.filter((r) => r !== this.row);
        page.touched = true;
      },
      GetCellAfterBreak: () =>
        new RangeObject(this.env, this.sheet, { r0: this.row, c0: 0, r1: this.row, c1: 0 }),
    };
  }
}

/** The print area as a defined name's formula, absolute as Excel writes it ("'4. Sammanställning'!$A$1:$F$40,…"). */
export function printAreaFormula(sheet: SheetModel): string | null {
  const areas = sheet.page.printArea;
  if (!areas || areas.length === 0) return null;
  const abs = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return areas.map((a) => `${quoteSheetName(sheet.name)}!${abs(a.r0, a.c0)}:${abs(a.r1, a.c1)}`).join(',');
}
