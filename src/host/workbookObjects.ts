// The root Workbook and what hangs off it: the worksheet collection, application, named
// items and the add-in's settings.
import { formatLocal, parseAddress, quoteSheetName } from './address';
import { HostError } from './errors';
import { FunctionsObject } from './functionsObject';
import {
  HostCollection,
  HostObject,
  argBool,
  argString,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { RangeObject, rangeArgument } from './rangeObject';
import { WorksheetObject, assertStructureUnlocked, sheetNameProblem } from './worksheetObject';
import type { NamedItemModel } from './workbookModel';

export class WorkbookObject extends HostObject {
  readonly typeName = 'Workbook';
  protected override navs(): Record<string, () => HostObject | null> {
    return {
      Worksheets: () => new WorksheetCollectionObject(this.env),
      Names: () => new NamedItemCollectionObject(this.env),
      Settings: () => new SettingCollectionObject(this.env),
      Application: () => new ApplicationObject(this.env),
      Functions: () => new FunctionsObject(this.env),
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    const selected = () => {
      const wb = this.env.wb;
      const sheet = wb.activeSheet();
      const rect =
        wb.selection?.sheetId === sheet.id ? { ...wb.selection.rect } : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return new RangeObject(this.env, sheet, rect);
    };
    return {
      GetSelectedRange: selected,
      GetActiveCell: () => {
        const r = selected();
        return new RangeObject(this.env, r.sheet, {
          r0: r.rect.r0,
          c0: r.rect.c0,
          r1: r.rect.r0,
          c1: r.rect.c0,
        });
      },
    };
  }
}

export class ApplicationObject extends HostObject {
  readonly typeName = 'Application';
  protected override props(): Record<string, PropSpec> {
    const wb = this.env.wb;
    return {
      CalculationMode: {
        get: () => wb.calculationMode,
        set: (v) => {
          const mode = argString(v, 'calculationMode');
          if (mode !== 'Automatic' && mode !== 'AutomaticExceptTables' && mode !== 'Manual') {
            throw new HostError('InvalidArgument', `calculationMode "${mode}" is not a CalculationMode.`);
          }
          wb.calculationMode = mode;
        },
      },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    // The emulator has no formula engine; these requests have nothing to do here.
    return {
      Calculate: () => undefined,
      SuspendApiCalculationUntilNextSync: () => undefined,
      SuspendScreenUpdatingUntilNextSync: () => undefined,
    };
  }
}

export class WorksheetCollectionObject extends HostCollection {
  readonly typeName = 'WorksheetCollection';
  items(): HostObject[] {
    return this.env.wb.sheets.map((s) => new WorksheetObject(this.env, s));
  }
  indexer(key: unknown): HostObject {
    const s = this.env.wb.findSheet(String(key));
    if (!s) throw new HostError('ItemNotFound', `There is no sheet named '${String(key)}'.`);
    return new WorksheetObject(this.env, s);
  }
  protected override methods(): Record<string, MethodSpec> {
    const wb = this.env.wb;
    const visible = (visibleOnly: unknown) =>
      wb.sheets.filter((s) => visibleOnly !== true || s.visibility === 'Visible');
    return {
      GetItem: (key) => this.indexer(key),
      GetItemOrNullObject: (key) => {
        const s = wb.findSheet(String(key));
        return s ? new WorksheetObject(this.env, s) : null;
      },
      Add: (name) => {
        assertStructureUnlocked(wb);
        let n: string;
        if (name === undefined || name === null || name === '') {
          let i = wb.sheets.length + 1;
          while (wb.findSheet(`Blad${i}`)) i++;
          n = `Blad${i}`;
        } else n = argString(name, 'name');
        const problem = sheetNameProblem(n);
        if (problem) throw new HostError('InvalidArgument', problem);
        const clash = wb.sheets.find((s) => s.name.toLowerCase() === n.toLowerCase());
        if (clash) throw new HostError('ItemAlreadyExists', `A sheet named '${clash.name}' already exists.`);
        return new WorksheetObject(this.env, wb.addSheet(n));
      },
      GetActiveWorksheet: () => new WorksheetObject(this.env, wb.activeSheet()),
      GetCount: (visibleOnly) => visible(visibleOnly).length,
      GetFirst: (visibleOnly) => {
        const s = visible(visibleOnly)[0];
        if (!s) throw new HostError('ItemNotFound', 'There is no such sheet.');
        return new WorksheetObject(this.env, s);
      },
      GetLast: (visibleOnly) => {
        const list = visible(visibleOnly);
        const s = list[list.length - 1];
        if (!s) throw new HostError('ItemNotFound', 'There is no such sheet.');
        return new WorksheetObject(this.env, s);
      },
    };
  }
}

/** Names are plain identifiers: a letter or _ first, no spaces, not a cell reference. */
function nameProblem(name: string): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return `"${name}" is not a valid name.`;
  if (parseAddress(name) || /^[Rr]\d*[Cc]?\d*$/.test(name)) return `"${name}" looks like a cell reference.`;
  if (name.length > 255) return 'A name cannot be longer than 255 characters.';
  return null;
}

export class NamedItemCollectionObject extends HostCollection {
  readonly typeName = 'NamedItemCollection';
  items(): HostObject[] {
    return [...this.env.wb.names.values()].map((n) => new NamedItemObject(this.env, n.name));
  }
  indexer(key: unknown): HostObject {
    const item = this.env.wb.names.get(String(key).toLowerCase());
    if (!item) throw new HostError('ItemNotFound', `There is no name '${String(key)}'.`);
    return new NamedItemObject(this.env, item.name);
  }
  protected override methods(): Record<string, MethodSpec> {
    const wb = this.env.wb;
    return {
      Add: (name, reference, comment) => {
        const n = argString(name, 'name');
        const problem = nameProblem(n);
        if (problem) throw new HostError('InvalidArgument', problem);
        if (wb.names.has(n.toLowerCase()))
          throw new HostError('ItemAlreadyExists', `The name '${n}' already exists.`);
        let formula: string;
        if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
        else {
          const { sheet, rect } = rangeArgument(this.env, wb.activeSheet(), reference, 'reference');
          formula = `=${quoteSheetName(sheet.name)}!${absolute(formatLocal(rect))}`;
        }
        const item: NamedItemModel = {
          name: n,
          formula,
          comment: typeof comment === 'string' ? comment : '',
          visible: true,
        };
        wb.names.set(n.toLowerCase(), item);
        return new NamedItemObject(this.env, n);
      },
      GetItem: (name) => this.indexer(name),
      GetItemOrNullObject: (name) => {
        const item = wb.names.get(String(name).toLowerCase());
        return item ? new NamedItemObject(this.env, item.name) : null;
      },
      GetCount: () => wb.names.size,
    };
  }
}

function absolute(local: string): string {
  return local
    .split(':')
    .map((part) =>
      part.replace(
        /^([A-Z]+)?(\d+)?$/,
        (_m, col?: string, row?: string) => `${col ? '$' + col : ''}${row ? '$' + row : ''}`,
      ),
    )
    .join(':');
}

export class NamedItemObject extends HostObject {
  readonly typeName = 'NamedItem';
  constructor(
    env: HostEnv,
    private readonly name: string,
  ) {
    super(env);
  }
  private item(): NamedItemModel {
    const item = this.env.wb.names.get(this.name.toLowerCase());
    if (!item) throw new HostError('ItemNotFound', `There is no name '${this.name}'.`);
    return item;
  }
  override identity(): Record<string, unknown> {
    return { _Id: this.name };
  }
  private target(): { sheetName: string; rect: ReturnType<typeof parseAddress> } | null {
    const p = parseAddress(this.item().formula.slice(1));
    return p && p.sheet !== undefined ? { sheetName: p.sheet, rect: p } : null;
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Name: { get: () => this.item().name },
      Type: {
        get: () => {
          const f = this.item().formula;
          if (this.target()) return 'Range';
          if (/^="/.test(f)) return 'String';
          if (/^=-?\d/.test(f)) return 'Double';
          if (/^=(TRUE|FALSE)$/i.test(f)) return 'Boolean';
          if (f === '=#REF!') return 'Error';
          return 'Formula';
        },
      },
      Value: {
        get: () => {
          const f = this.item().formula.slice(1);
          return /^"(.*)"$/.exec(f)?.[1] ?? f;
        },
      },
      Formula: {
        get: () => this.item().formula,
        set: (v) => {
          const f = argString(v, 'formula');
          this.item().formula = f.startsWith('=') ? f : `=${f}`;
        },
      },
      Visible: {
        get: () => this.item().visible,
        set: (v) => {
          this.item().visible = argBool(v, 'visible');
        },
      },
      Comment: {
        get: () => this.item().comment,
        set: (v) => {
          this.item().comment = argString(v, 'comment');
        },
      },
      Scope: { get: () => 'Workbook' },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    const range = () => {
      const t = this.target();
      const sheet = t ? this.env.wb.findSheet(t.sheetName) : undefined;
      return t && t.rect && sheet
        ? new RangeObject(this.env, sheet, { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r1, c1: t.rect.c1 })
        : null;
    };
    return {
      Delete: () => {
        this.item();
        this.env.wb.names.delete(this.name.toLowerCase());
      },
      GetRange: () => {
        const r = range();
        if (!r) throw new HostError('InvalidOperation', `The name '${this.name}' does not refer to a range.`);
        return r;
      },
      GetRangeOrNullObject: () => range(),
    };
  }
}

export class SettingCollectionObject extends HostCollection {
  readonly typeName = 'SettingCollection';
  items(): HostObject[] {
    return [...this.env.wb.settings.keys()].map((k) => new SettingObject(this.env, k));
  }
  indexer(key: unknown): HostObject {
    const k = String(key);
    if (!this.env.wb.settings.has(k)) throw new HostError('ItemNotFound', `There is no setting '${k}'.`);
    return new SettingObject(this.env, k);
  }
  protected override methods(): Record<string, MethodSpec> {
    const settings = this.env.wb.settings;
    return {
      Add: (key, value) => {
        const k = argString(key, 'key');
        if (k === '') throw new HostError('InvalidArgument', 'A setting key cannot be empty.');
        if (value === undefined) throw new HostError('InvalidArgument', 'A setting needs a value.');
        settings.set(k, JSON.parse(JSON.stringify(value)));
        return new SettingObject(this.env, k);
      },
      GetItem: (key) => this.indexer(key),
      GetItemOrNullObject: (key) =>
        settings.has(String(key)) ? new SettingObject(this.env, String(key)) : null,
      GetCount: () => settings.size,
    };
  }
}

export class SettingObject extends HostObject {
  readonly typeName = 'Setting';
  constructor(
    env: HostEnv,
    private readonly key: string,
  ) {
    super(env);
  }
  override identity(): Record<string, unknown> {
    return { _Id: this.key };
  }
  private present(): void {
    if (!this.env.wb.settings.has(this.key))
      throw new HostError('ItemNotFound', `There is no setting '${this.key}'.`);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Key: { get: () => this.key },
      Value: {
        get: () => {
          this.present();
          return this.env.wb.settings.get(this.key);
        },
        set: (v) => {
          this.present();
          this.env.wb.settings.set(this.key, JSON.parse(JSON.stringify(v ?? null)));
        },
      },
    };
  }
  protected override methods(): Record<string, MethodSpec> {
    return {
      Delete: () => {
        this.present();
        this.env.wb.settings.delete(this.key);
      },
    };
  }
}
