// RangeAreas (Range.getMergedAreasOrNullObject): several rectangles of one sheet.
import { formatAddress, type Rect } from './address';
import {
  HostCollection,
  HostObject,
  argInt,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { HostError } from './errors';
import { RangeObject } from './rangeObject';
import type { SheetModel } from './workbookModel';

export class RangeAreasObject extends HostObject {
  readonly typeName = 'RangeAreas';
  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    readonly areas: Rect[],
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Address: { get: () => this.areas.map((a) => formatAddress(this.sheet.name, a)).join(',') },
      AddressLocal: { get: () => this.areas.map((a) => formatAddress(this.sheet.name, a)).join(',') },
      AreaCount: { get: () => this.areas.length },
      CellCount: { get: () => this.areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0) },
    };
  }
  protected override navs(): Record<string, () => HostObject | null> {
    return { Areas: () => new RangeCollectionObject(this.env, this.sheet, this.areas) };
  }
}

export class RangeCollectionObject extends HostCollection {
  readonly typeName = 'RangeCollection';
  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    readonly areas: Rect[],
  ) {
    super(env);
  }
  items(): HostObject[] {
    return this.areas.map((a) => new RangeObject(this.env, this.sheet, { ...a }));
  }
  indexer(key: unknown): HostObject {
    return this.at(key);
  }
  private at(i: unknown): HostObject {
    const n = argInt(i, 'index');
    if (n < 0 || n >= this.areas.length) throw new HostError('ItemNotFound', `No area at index ${n}.`);
    return new RangeObject(this.env, this.sheet, { ...this.areas[n] });
  }
  protected override methods(): Record<string, MethodSpec> {
    return { GetItemAt: (i) => this.at(i), GetCount: () => this.areas.length };
  }
}
