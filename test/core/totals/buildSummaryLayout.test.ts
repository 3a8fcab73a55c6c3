import {
  buildSummaryLayout,
  type RoundTabLocation,
  type SummaryInput,
} from '../../../src/core/totals/buildSummaryLayout';
import { computeTotals } from '../../../src/core/totals/computeTotals';
import { render } from '../../../src/messages/render';
import {
  columnRange,
  countedNumbers,
  equalsAny,
  sheetRef,
  stringLiteral,
} from '../../../src/core/totals/formulaText';
import { summaryKeys } from '../../../src/core/totals/groups';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { TAB_NAMES } from '../../../src/core/tabs';
import { assignment, resetRows, row, snapshot } from '../flags/build';

beforeEach(resetRows);

const loc = (sheet: string): RoundTabLocation => ({
  sheet,
  columns: { person: 0, training: 1, unit: 4, plannedNumber: 'G', status: 'h', reached: 9 },
  firstDataRow: 2,
  lastDataRow: 500,
  excludeRows: [40],
});

function input(overallInBook: boolean): SummaryInput {
  const s = snapshot({
    overall: [
      assignment({ person: 'Anna Lindqvist', training: 'HiS1', goal: '30' }, 2),
      assignment({ person: 'Bo Ek', training: 'HiS2' }, 3),
    ],
    plan: [row('plan', { training: 'HiS "1"' }), row('plan', { person: 'Bo Ek', training: 'HiS2' })],
    aterrap1: [row('aterrap1', { status: 'Klar', reached: 3 })],
  });
  return {
    rounds: { plan: loc(TAB_NAMES.plan), aterrap1: loc(TAB_NAMES.aterrap1) },
    overall: overallInBook ? { sheet: "Region's plan", goalColumn: 4 } : null,
    keys: summaryKeys(s, DEFAULT_SETTINGS),
    goals: computeTotals(s, DEFAULT_SETTINGS),
  };
}

describe('formula text', () => {
  it('quotes sheet names and doubles apostrophes and quotes', () => {
    expect(sheetRef("Anna's plan")).toBe("'Anna''s plan'!");
    expect(columnRange('3.a Saml pers spr-plan PLAN', 6, 5, 9)).toBe(
      "'3.a Saml pers spr-plan PLAN'!$G$5:$G$9",
    );
    expect(stringLiteral('HiS "1"')).toBe('"HiS ""1"""');
    expect(equalsAny('R', [])).toBe('0');
    expect(countedNumbers('R')).toBe(
      '--(REPT(TRIM(R)&"e0",--ISNUMBER(-(TRIM(R)&"e0")))&REPT("0",1-ISNUMBER(-(TRIM(R)&"e0"))))',
    );
  });
});

describe('buildSummaryLayout', () => {
  const layout = buildSummaryLayout(input(true));
  const formulas = layout.cells.filter((c) => c.formula).map((c) => c.formula!);

  it('writes live formulas from the shared Excel 2019 / web subset', () => {
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) {
      expect(f.startsWith('=')).toBe(true);
      expect(f).not.toMatch(
        /\b(LET|LAMBDA|FILTER|XLOOKUP|UNIQUE|SORT|SEQUENCE|IFERROR|IFS|TEXTJOIN|CONCAT)\(/,
      );
      expect(f.length).toBeLessThan(8192);
      const open = (f.match(/\(/g) ?? []).length;
      expect((f.match(/\)/g) ?? []).length).toBe(open);
    }
  });

  it('reads the right sheets and columns, skips sum rows and counts only done rows for reached', () => {
    const planned = layout.cells.find((c) =>
      c.formula?.includes("'3.a Saml pers spr-plan PLAN'!$G$2:$G$500"),
    );
    expect(planned).toBeDefined();
    expect(planned!.formula).toContain('(ROW(');
    expect(planned!.formula).toContain('<>40)');
    const reached = formulas.find((f) => f.includes("'3.b Saml pers spr-plan ÅTERRAP1'!$J$2:$J$500"))!;
    expect(reached).toContain('(TRIM(\'3.b Saml pers spr-plan ÅTERRAP1\'!$H$2:$H$500)="Genomförd")');
    expect(reached).toContain('="Klar")');
    expect(formulas.some((f) => f.includes('"HiS ""1"""'))).toBe(true);
    expect(formulas.some((f) => f.includes("'Region''s plan'!$E$2:$E$3") && f.includes('{2,3}'))).toBe(true);
  });

  it('writes 0 for a round whose tab is missing, and goals as values when the overall plan is a separate file', () => {
    const sep = buildSummaryLayout(input(false));
    const goals = sep.cells.filter((c) => c.address.startsWith('B') && typeof c.value === 'number');
    expect(goals.map((c) => c.value)).toContain(30);
    expect(sep.cells.some((c) => c.formula?.includes('Region'))).toBe(false);
    expect(layout.cells.some((c) => c.formula?.includes('ÅTERRAP2'))).toBe(false);
  });

  it('has a title, the note on what is counted, sections, a chart range and the used range', () => {
    const words = layout.cells.flatMap((c) => (typeof c.value === 'object' ? [c.value] : []));
    expect(words.map((m) => m.code)).toEqual(
      expect.arrayContaining([
        'totals-title',
        'totals-note-participants',
        'totals-section',
        'totals-whole-region',
      ]),
    );
    const texts = words.map((m) => render('sv', m));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Sammanställning av spridningen',
        'Per utbildning',
        'Per verksamhet',
        'Per spridningsledare',
        'Totalt',
      ]),
    );
    expect(texts.some((t) => t.includes('räknas två gånger'))).toBe(true);
    expect(texts.some((t) => t.includes('”ca 20”') && t.includes('INTE'))).toBe(true);
    expect(layout.chart.dataRange).toMatch(/^A\d+:E\d+$/);
    expect(layout.usedRange).toMatch(/^A1:F\d+$/);
    const lastRow = Number(layout.usedRange.split(':F')[1]);
    for (const c of layout.cells)
      expect(Number(c.address.replace(/^[A-Z]+/, ''))).toBeLessThanOrEqual(lastRow);
    expect(new Set(layout.cells.map((c) => c.address)).size).toBe(layout.cells.length);
  });
});
