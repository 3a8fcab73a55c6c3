// Worksheet and the objects hanging off it: protection, freeze panes, auto filter.
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from './address';
import { ChartCollectionObject } from './chartObjects';
import { PageBreakCollectionObject, PageLayoutObject } from './pageLayoutObjects';
import { mapReferences, renameSheetInFormula } from './formulaReferences';
import { HostError } from './errors';
import {
  HostObject,
  argColor,
  argInt,
  argString,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { RangeObject, assertWritable, checkRect, rangeArgument } from './rangeObject';
import type { SheetModel, SheetVisibility, WorkbookModel } from './workbookModel';

const VISIBILITIES: SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel's rules for a sheet name; returns the problem, or null when the name is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'A sheet name cannot be blank.';
  if (name.length > 31) return 'A sheet name cannot be longer than 31 characters.';
  if (/[:\\/?*[\]]/.test(name)) return 'A sheet name cannot contain : \\ / ? * [ or ].';
  if (name.startsWith("'") || name.endsWith("'"))
    return 'A sheet name cannot begin or end with an apostrophe.';
  if (name.toLowerCase() === 'history') return '"History" is a reserved sheet name.';
  return null;
}

/** Excel refuses to add, delete, move, rename or hide sheets of a workbook whose structure is protected. */
export function assertStructureUnlocked(wb: WorkbookModel): void {
  if (wb.structureProtected)
    throw new HostError(
      'AccessDenied',
      "The workbook's structure is protected; unprotect the workbook first.",
    );
}

export function renameSheet(wb: WorkbookModel, sheet: SheetModel, name: string): void {
  assertStructureUnlocked(wb);
  const problem = sheetNameProblem(name);
  if (problem) throw new HostError('InvalidArgument', problem);
  const clash = wb.findSheet(name);
  if (clash && clash !== sheet && clash.name.toLowerCase() === name.toLowerCase()) {
    throw new HostError('ItemAlreadyExists', `A sheet named '${clash.name}' already exists.`);
  }
  const old = sheet.name;
  sheet.name = name;
  wb.rewriteFormulas((formula) => renameSheetInFormula(formula, old, name));
}

export class WorksheetObject extends HostObject {
  readonly typeName = 'Worksheet';
  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
  ) {
    super(env);
  }

  private alive(): SheetModel {
    if (!this.env.wb.sheets.includes(this.sheet))
      throw new HostError('ItemNotFound', 'The worksheet has been deleted.');
    return this.sheet;
  }

  override identity(): Record<string, unknown> {
    return { Id: this.sheet.id };
  }

  private range(rect: Rect): RangeObject {
    return new RangeObject(this.env, this.alive(), checkRect(rect));
  }

  protected override props(): Record<string, PropSpec> {
    const wb = this.env.wb;
    const sheet = this.sheet;
    return {
      Name: { get: () => sheet.name, set: (v) => renameSheet(wb, this.alive(), argString(v, 'name')) },
      Id: { get: () => sheet.id },
      Position: {
        get: () => wb.sheets.indexOf(sheet),
        set: (v) => {
          assertStructureUnlocked(wb);
          const to = argInt(v, 'position');
          if (to < 0 || to >= wb.sheets.length)
            throw new HostError('InvalidArgument', `position must be 0..${wb.sheets.length - 1}.`);
          wb.sheets.splice(wb.sheets.indexOf(this.alive()), 1);
          wb.sheets.splice(to, 0, sheet);
        },
      },
      Visibility: {
        get: () => sheet.visibility,
        set: (v) => {
          assertStructureUnlocked(wb);
          const vis = argString(v, 'visibility') as SheetVisibility;
          if (!VISIBILITIES.includes(vis))
            throw new HostError('InvalidArgument', `visibility must be one of ${VISIBILITIES.join(', ')}.`);
          const othersVisible = wb.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
          if (vis !== 'Visible' && !othersVisible)
            throw new HostError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
          this.alive().visibility = vis;
          if (vis !== 'Visible' && wb.activeSheetId === sheet.id) {
            const next = wb.sheets.find((s) => s.visibility === 'Visible')!;
            wb.activeSheetId = next.id;
            if (wb.selection?.sheetId === sheet.id)
              wb.selection = { sheetId: next.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
          }
        },
      },
      TabColor: {
        get: () => sheet.tabColor ?? '',
        set: (v) => {
          sheet.tabColor = v === '' || v === null ? null : argColor(v, 'tabColor');
        },
      },
    };
  }

  protected override navs(): Record<string, () => HostObject | null> {
    return {
      Protection: () => new WorksheetProtectionObject(this.env, this.alive()),
      FreezePanes: () => new FreezePanesObject(this.env, this.alive()),
      AutoFilter: () => new AutoFilterObject(this.env, this.alive()),
      Charts: () => new ChartCollectionObject(this.env, this.alive()),
      PageLayout: () => new PageLayoutObject(this.env, this.alive()),
      HorizontalPageBreaks: () => new PageBreakCollectionObject(this.env, this.alive()),
    };
  }

  protected override methods(): Record<string, MethodSpec> {
    const wb = this.env.wb;
    return {
      GetRange: (address) => {
        if (address === undefined || address === null || address === '')
          return this.range({ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 });
        const text = argString(address, 'address');
        const p = parseAddress(text);
        if (!p) throw new HostError('InvalidArgument', `"${text}" is not a valid address.`);
        if (p.sheet !== undefined && p.sheet.toLowerCase() !== this.sheet.name.toLowerCase()) {
          throw new HostError('InvalidArgument', `The address "${text}" names another sheet.`);
        }
        return this.range(p);
      },
      GetRangeByIndexes: (row, col, rows, cols) => {
        const [r, c, n, m] = [
          argInt(row, 'startRow'),
          argInt(col, 'startColumn'),
          argInt(rows, 'rowCount'),
          argInt(cols, 'columnCount'),
        ];
        if (n < 1 || m < 1)
          throw new HostError('InvalidArgument', 'rowCount and columnCount must be at least 1.');
        return this.range({ r0: r, c0: c, r1: r + n - 1, c1: c + m - 1 });
      },
      GetCell: (row, col) => {
        const [r, c] = [argInt(row, 'row'), argInt(col, 'column')];
        return this.range({ r0: r, c0: c, r1: r, c1: c });
      },
      // "If the entire worksheet is blank, this function will return the top left cell."
      GetUsedRange: (valuesOnly = false) =>
        this.range(this.alive().usedRect(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }),
      GetUsedRangeOrNullObject: (valuesOnly = false) => {
        const u = this.alive().usedRect(valuesOnly === true);
        return u ? this.range(u) : null;
      },
      Activate: () => {
        const sheet = this.alive();
        if (sheet.visibility !== 'Visible')
          throw new HostError(
            'InvalidOperation',
            `The sheet '${sheet.name}' is hidden and cannot be activated.`,
          );
        wb.activeSheetId = sheet.id;
        if (wb.selection?.sheetId !== sheet.id)
          wb.selection = { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      Delete: () => {
        const sheet = this.alive();
        assertStructureUnlocked(wb);
        if (!wb.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
          throw new HostError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        }
        wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
        if (wb.activeSheetId === sheet.id)
          wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')!.id;
        if (wb.selection?.sheetId === sheet.id) wb.selection = null;
        // References to the deleted sheet lose their sheet: "=Plan!B2" becomes "=#REF!B2", as in Excel.
        const gone = sheet.name.toLowerCase();
        wb.rewriteFormulas((formula) =>
          mapReferences(formula, (ref, text) =>
            ref.sheet?.toLowerCase() === gone ? `#REF!${text.slice(ref.prefix.length)}` : undefined,
          ),
        );
      },
    };
  }
}

export class WorksheetProtectionObject extends HostObject {
  readonly typeName = 'WorksheetProtection';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return { Protected: { get: () => this.sheet.protected } };
  }
  protected override methods(): Record<string, MethodSpec> {
    return {
      // Passwords are not modelled: unprotect() always succeeds.
      Protect: () => {
        if (this.sheet.protected) throw new HostError('InvalidOperation', 'The sheet is already protected.');
        this.sheet.protected = true;
      },
      Unprotect: () => {
        this.sheet.protected = false;
      },
    };
  }
}

export class FreezePanesObject extends HostObject {
  readonly typeName = 'WorksheetFreezePanes';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  protected override methods(): Record<string, MethodSpec> {
    const f = this.sheet.frozen;
    const count = (v: unknown, max: number, what: string) => {
      const n = v === undefined || v === null ? 1 : argInt(v, what);
      if (n < 0 || n >= max) throw new HostError('InvalidArgument', `${what} is out of range.`);
      return n;
    };
    return {
      FreezeRows: (n) => {
        this.sheet.frozen = { rows: count(n, MAX_ROWS, 'count'), columns: 0 };
      },
      FreezeColumns: (n) => {
        this.sheet.frozen = { rows: 0, columns: count(n, MAX_COLUMNS, 'count') };
      },
      FreezeAt: (at) => {
        const { sheet, rect } = rangeArgument(this.env, this.sheet, at, 'frozenRange');
        if (sheet !== this.sheet) throw new HostError('InvalidArgument', 'frozenRange is on another sheet.');
        this.sheet.frozen = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
      },
      Unfreeze: () => {
        this.sheet.frozen = { rows: 0, columns: 0 };
      },
      GetLocationOrNullObject: () => {
        if (!f.rows && !f.columns) return null;
        return new RangeObject(this.env, this.sheet, {
          r0: 0,
          c0: 0,
          r1: f.rows ? f.rows - 1 : MAX_ROWS - 1,
          c1: f.columns ? f.columns - 1 : MAX_COLUMNS - 1,
        });
      },
    };
  }
}

export class AutoFilterObject extends HostObject {
  readonly typeName = 'AutoFilter';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Enabled: { get: () => this.sheet.autoFilter !== null },
      IsDataFiltered: { get: () => false },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    const current = () =>
      this.sheet.autoFilter ? new RangeObject(this.env, this.sheet, { ...this.sheet.autoFilter }) : null;
    return {
      Apply: (range, columnIndex, criteria) => {
        if (
          (columnIndex !== undefined && columnIndex !== null) ||
          (criteria !== undefined && criteria !== null)
        ) {
          throw new HostError(
            'ApiNotFound',
            'AutoFilter.apply with filter criteria is not supported by the Spridningslogg Excel emulator.',
          );
        }
        assertWritable(this.sheet);
        const target =
          range === undefined || range === null
            ? this.sheet.usedRect(false)
            : rangeArgument(this.env, this.sheet, range, 'range').rect;
        if (!target) throw new HostError('InvalidArgument', 'There is no range to filter.');
        this.sheet.autoFilter = { ...target };
      },
      Remove: () => {
        assertWritable(this.sheet);
        this.sheet.autoFilter = null;
      },
      GetRangeOrNullObject: () => current(),
      GetRange: () => {
        const r = current();
        if (!r) throw new HostError('ItemNotFound', 'The sheet has no auto filter.');
        return r;
      },
      ClearCriteria: () => undefined,
      Reapply: () => undefined,
    };
  }
}
