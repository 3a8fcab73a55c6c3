// Worksheet.charts: enough of charts for a column chart of the totals (add, name, title,
// position, delete). The chart keeps its source range; nothing is drawn.
import { cellName } from './address';
import { HostError } from './errors';
import {
  HostCollection,
  HostObject,
  argInt,
  argString,
  type HostEnv,
  type MethodSpec,
  type PropSpec,
} from './hostObject';
import { rangeArgument } from './rangeObject';
import type { ChartModel, SheetModel } from './workbookModel';

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export class ChartCollectionObject extends HostCollection {
  readonly typeName = 'ChartCollection';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  items(): HostObject[] {
    return this.sheet.charts.map((c) => new ChartObject(this.env, this.sheet, c));
  }
  private find(key: unknown): ChartModel | undefined {
    const k = String(key).toLowerCase();
    return (
      this.sheet.charts.find((c) => c.name.toLowerCase() === k) ??
      this.sheet.charts.find((c) => c.id.toLowerCase() === k)
    );
  }
  indexer(key: unknown): HostObject {
    const c = this.find(key);
    if (!c) throw new HostError('ItemNotFound', `No chart named '${String(key)}'.`);
    return new ChartObject(this.env, this.sheet, c);
  }
  protected override props(): Record<string, PropSpec> {
    return { Count: { get: () => this.sheet.charts.length } };
  }
  protected override methods(): Record<string, MethodSpec> {
    return {
      Add: (type, source, seriesBy = 'Auto') => {
        const t = argString(type, 'type');
        const by = argString(seriesBy, 'seriesBy');
        if (!SERIES_BY.includes(by))
          throw new HostError('InvalidArgument', `seriesBy must be one of ${SERIES_BY.join(', ')}.`);
        const src = rangeArgument(this.env, this.sheet, source, 'sourceData');
        const model: ChartModel = {
          id: this.env.wb.newChartId(),
          name: `Diagram ${this.sheet.charts.length + 1}`,
          type: t,
          source: { sheetId: src.sheet.id, rect: src.rect },
          seriesBy: by,
          title: '',
          position: null,
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        this.sheet.charts.push(model);
        return new ChartObject(this.env, this.sheet, model);
      },
      GetItem: (name) => this.indexer(name),
      GetItemOrNullObject: (name) => {
        const c = this.find(name);
        return c ? new ChartObject(this.env, this.sheet, c) : null;
      },
      GetItemAt: (i) => {
        const c = this.sheet.charts[argInt(i, 'index')];
        if (!c) throw new HostError('ItemNotFound', `No chart at index ${String(i)}.`);
        return new ChartObject(this.env, this.sheet, c);
      },
      GetCount: () => this.sheet.charts.length,
    };
  }
}

export class ChartObject extends HostObject {
  readonly typeName = 'Chart';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
    readonly chart: ChartModel,
  ) {
    super(env);
  }
  override identity(): Record<string, unknown> {
    return { Id: this.chart.id };
  }
  private alive(): ChartModel {
    if (!this.sheet.charts.includes(this.chart))
      throw new HostError('ItemNotFound', 'The chart has been deleted.');
    return this.chart;
  }
  protected override props(): Record<string, PropSpec> {
    const c = this.chart;
    const num = (key: 'top' | 'left' | 'width' | 'height'): PropSpec => ({
      get: () => c[key],
      set: (v) => {
        if (typeof v !== 'number' || !(v >= 0))
          throw new HostError('InvalidArgument', `${key} must be a number of points.`);
        this.alive()[key] = v;
      },
    });
    return {
      Name: {
        get: () => c.name,
        set: (v) => {
          this.alive().name = argString(v, 'name');
        },
      },
      Id: { get: () => c.id },
      ChartType: {
        get: () => c.type,
        set: (v) => {
          this.alive().type = argString(v, 'chartType');
        },
      },
      Top: num('top'),
      Left: num('left'),
      Width: num('width'),
      Height: num('height'),
    };
  }
  protected override navs(): Record<string, () => HostObject | null> {
    return { Title: () => new ChartTitleObject(this.env, this.alive()) };
  }
  protected override methods(): Record<string, MethodSpec> {
    const cellArg = (v: unknown, what: string) => {
      const { rect } = rangeArgument(this.env, this.sheet, v, what);
      return cellName(rect.r0, rect.c0);
    };
    return {
      SetPosition: (start, end) => {
        const chart = this.alive();
        chart.position = { start: cellArg(start, 'startCell') };
        if (end !== undefined && end !== null) chart.position.end = cellArg(end, 'endCell');
      },
      SetData: (source, seriesBy = 'Auto') => {
        const chart = this.alive();
        const src = rangeArgument(this.env, this.sheet, source, 'sourceData');
        chart.source = { sheetId: src.sheet.id, rect: src.rect };
        chart.seriesBy = argString(seriesBy, 'seriesBy');
      },
      Delete: () => {
        this.sheet.charts.splice(this.sheet.charts.indexOf(this.alive()), 1);
      },
    };
  }
}

export class ChartTitleObject extends HostObject {
  readonly typeName = 'ChartTitle';
  constructor(
    env: HostEnv,
    private readonly chart: ChartModel,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Text: {
        get: () => this.chart.title,
        set: (v) => {
          this.chart.title = argString(v, 'title.text');
        },
      },
      Visible: { get: () => this.chart.title !== '' },
    };
  }
}
