// The summary tab's words (title, notes, headings, the chart's title) are written in the language
// the totals call is given: Swedish by default (the workbook's language), English on request.
// The numbers and formulas are the same in both.
import { TAB_NAMES } from '../../src/core/tabs';
import type { ExcelHost } from '../../src/host';
import { plan } from '../core/import/planFactory';
import { open, sheetsOf, TEMPLATE } from './helpers';

const SUMMARY = TAB_NAMES.summary;

async function withPlan() {
  const opened = await open(TEMPLATE);
  await opened.gateway.applyImport(
    await opened.gateway.previewImport(
      [
        plan({ name: 'Anna Lindqvist', activities: [{ training: 'HiS6', plannedNumber: '20' }] }),
        plan({ name: 'Bo Ek', unit: '', activities: [{ training: 'Yoga', unit: '', plannedNumber: '5' }] }),
      ],
      'plan',
    ),
  );
  return opened;
}

const columnA = (host: ExcelHost) => host.values(SUMMARY, 'A1:A60').map((r) => String(r[0] ?? ''));
const chartTitle = (host: ExcelHost) =>
  (sheetsOf(host.snapshot()).find((s) => s.name === SUMMARY)!.charts as { title?: string }[])[0]?.title;

describe('the summary tab’s language', () => {
  it('is Swedish by default', async () => {
    const { host, gateway } = await withPlan();
    await gateway.refreshTotals();
    const a = columnA(host);
    expect(a[0]).toBe('Sammanställning av spridningen');
    expect(a).toEqual(
      expect.arrayContaining(['Per utbildning', 'Okänd eller ingen utbildning', 'Hela regionen']),
    );
    expect(host.values(SUMMARY, 'B1:F60').flat()).toContain('Planerat (3.a)');
    expect(chartTitle(host)).toBe('Mål, planerat och nådda per utbildning');
  });

  it('is English when asked, with the same numbers and formulas', async () => {
    const sv = await withPlan();
    await sv.gateway.refreshTotals('sv');
    const { host, gateway } = await withPlan();
    const view = await gateway.refreshTotals('en');
    const a = columnA(host);
    expect(a[0]).toBe('Summary of the spread');
    expect(a).toEqual(expect.arrayContaining(['Per training', 'Unknown or no training', 'The whole region']));
    expect(a.join('\n')).not.toMatch(/\b(inte|Nådda|räknas|Målen|Totalt)\b/);
    expect(host.values(SUMMARY, 'B1:F60').flat()).toContain('Planned (3.a)');
    expect(chartTitle(host)).toBe('Goal, planned and reached per training');
    const formulas = (h: ExcelHost) =>
      h
        .values(SUMMARY, 'B1:F60')
        .map((_, i) => ['B', 'C', 'D', 'E', 'F'].map((c) => h.cell(SUMMARY, `${c}${i + 1}`)?.formula ?? ''));
    expect(formulas(host)).toEqual(formulas(sv.host));
    expect(view.perTraining.map((r) => r.label)).toContainEqual({
      code: 'totals-without',
      params: { dimension: 'training' },
    });
  });
});
