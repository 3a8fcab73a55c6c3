// Settings, named items, freeze panes, auto filter and charts.
import { freshHost, runError } from './hostTestUtils';

describe('settings', () => {
  test('add, read, overwrite, list and delete; values are any JSON', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-add-member(1)
    // "Sets or adds the specified setting to the workbook."
    // https://learn.microsoft.com/javascript/api/excel/excel.setting#excel-excel-setting-value-member "Represents the value stored for this setting."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.settings;
      s.add('mappning', { plan: { person: 'Namn' }, år: 2016 });
      s.add('ångra', [1, 2, 3]);
      s.add('ångra', ['ersatt']);
      const a = s.getItem('mappning');
      const missing = s.getItemOrNullObject('saknas');
      a.load('value');
      s.load('items');
      await ctx.sync();
      expect(a.value).toEqual({ plan: { person: 'Namn' }, år: 2016 });
      expect(missing.isNullObject).toBe(true);
      expect(s.items.map((i): unknown[] => [i.key, i.value as unknown])).toEqual([
        ['mappning', { plan: { person: 'Namn' }, år: 2016 }],
        ['ångra', ['ersatt']],
      ]);
      s.getItem('mappning').delete();
      await ctx.sync();
    });
    expect((host.snapshot() as { settings: unknown }).settings).toEqual({ ångra: ['ersatt'] });
    const err = await runError(async (ctx) => {
      ctx.workbook.settings.getItem('mappning').load('value');
      await ctx.sync();
    });
    expect(err.code).toBe('ItemNotFound');
  });
});

describe('named items', () => {
  test('add a name for a range, read its formula and value, get its range; a duplicate fails', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)
    // "Adds a new name to the collection of the given scope."
    freshHost();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('3.b Saml');
      const ws = ctx.workbook.worksheets.getItem('3.b Saml');
      const n = ctx.workbook.names.add('Nadda', ws.getRange('J2:J40'));
      n.load('name, type, formula, value');
      const range = ctx.workbook.names.getItem('nadda').getRange();
      range.load('address');
      const none = ctx.workbook.names.getItemOrNullObject('Saknas');
      await ctx.sync();
      expect([n.name, n.type, n.formula, n.value]).toEqual([
        'Nadda',
        'Range',
        "='3.b Saml'!$J$2:$J$40",
        "'3.b Saml'!$J$2:$J$40",
      ]);
      expect(range.address).toBe("'3.b Saml'!J2:J40");
      expect(none.isNullObject).toBe(true);
    });
    const err = await runError(async (ctx) => {
      ctx.workbook.names.add('NADDA', '=1');
      await ctx.sync();
    });
    expect(err.code).toBe('ItemAlreadyExists');
  });
});

describe('freeze panes and auto filter', () => {
  test('freezeRows, getLocationOrNullObject, unfreeze', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
    // freezeRows: "Freeze the top row or rows of the worksheet in place." getLocationOrNullObject: "Gets a range
    // that describes the frozen cells in the active worksheet view. ... If there is no frozen pane, then this
    // method will return an object with its isNullObject property set to true."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const fp = ctx.workbook.worksheets.getItem('Blad1').freezePanes;
      const none = fp.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      fp.freezeRows(3);
      const loc = fp.getLocationOrNullObject();
      loc.load('address');
      await ctx.sync();
      expect(loc.address).toBe('Blad1!1:3');
    });
    expect((host.snapshot() as { sheets: { frozen: unknown }[] }).sheets[0].frozen).toEqual({
      rows: 3,
      columns: 0,
    });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').freezePanes.unfreeze();
      await ctx.sync();
    });
    expect((host.snapshot() as { sheets: { frozen: unknown }[] }).sheets[0].frozen).toEqual({
      rows: 0,
      columns: 0,
    });
  });

  test('autoFilter apply / enabled / remove', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.autofilter — apply: "Applies the AutoFilter to a range."
    // enabled: "Specifies if the AutoFilter is enabled." remove: "Removes the AutoFilter for the range."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.autoFilter.apply(ws.getRange('A3:K40'));
      ws.autoFilter.load('enabled');
      await ctx.sync();
      expect(ws.autoFilter.enabled).toBe(true);
    });
    expect((host.snapshot() as { sheets: { autoFilter: unknown }[] }).sheets[0].autoFilter).toBe('A3:K40');
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').autoFilter.remove();
      await ctx.sync();
    });
    expect((host.snapshot() as { sheets: { autoFilter: unknown }[] }).sheets[0].autoFilter).toBeNull();
  });
});

describe('charts', () => {
  test('add a column chart, name it, title it, position it, find it, delete it', async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
    // "Creates a new chart." setPosition: "Positions the chart relative to cells on the worksheet."
    const host = freshHost();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1:B3').values = [
        ['Utbildning', 'Nådda'],
        ['HiS1', 20],
        ['HiS6', 35],
      ];
      const chart = ws.charts.add(
        Excel.ChartType.columnClustered,
        ws.getRange('A1:B3'),
        Excel.ChartSeriesBy.columns,
      );
      chart.name = 'Nådda per utbildning';
      chart.title.text = 'Nådda';
      chart.setPosition('D2', 'J15');
      await ctx.sync();
      const found = ws.charts.getItemOrNullObject('Nådda per utbildning');
      found.load('name, chartType');
      ws.charts.load('items/name');
      await ctx.sync();
      expect(found.chartType).toBe('ColumnClustered');
      expect(ws.charts.items.map((c) => c.name)).toEqual(['Nådda per utbildning']);
    });
    const chart = (
      host.snapshot() as { sheets: { charts: { title: string; position: unknown; seriesBy: string }[] }[] }
    ).sheets[0].charts[0];
    expect(chart).toMatchObject({
      title: 'Nådda',
      position: { start: 'D2', end: 'J15' },
      seriesBy: 'Columns',
    });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').charts.getItem('Nådda per utbildning').delete();
      await ctx.sync();
    });
    expect((host.snapshot() as { sheets: { charts: unknown[] }[] }).sheets[0].charts).toEqual([]);
  });
});
