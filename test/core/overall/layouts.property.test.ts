// Overall plans as they come (docs/domain.md): for generated sheets in every layout of
// layouts.ts, the reader finds exactly the assignments, with their trainings, units and goals,
// and reports exactly the rows that are not part of the table (notes, a signature, another table).
import fc from 'fast-check';
import { readOverallPlan } from '../../../src/core/overall/readOverallPlan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { type Column, generateSheet, type Layout, PEOPLE, type PlannedAssignment, UNITS } from './layouts';

const SKIPPED = new Set([
  'overall-row-note',
  'overall-row-not-a-name',
  'overall-row-name-only',
  'overall-other-table',
  'overall-goal-without-person',
]);

const CODES = ['HiS1', 'HiS2', 'HiS4', 'HiS6', 'HiS7', 'HiS8', 'HiS9', 'HiS12', 'HiS13'];

const assignments: fc.Arbitrary<PlannedAssignment[]> = fc
  .uniqueArray(
    fc.record({
      person: fc.constantFrom(...PEOPLE),
      code: fc.constantFrom(...CODES),
      unit: fc.constantFrom(...UNITS),
      goal: fc.integer({ min: 1, max: 60 }),
    }),
    { minLength: 1, maxLength: 12, selector: (a) => `${a.person}|${a.code}` },
  )
  // Blocks by training, as the generator writes them.
  .map((list) => {
    const order = [...new Set(list.map((a) => a.code))];
    return order.flatMap((c) =>
      list
        .filter((a) => a.code === c)
        .map((a) => ({ ...a, email: `${a.person.split(/[ ,]/)[0].toLowerCase()}@example.se` })),
    );
  });

const layout: fc.Arbitrary<Layout> = fc.record({
  rowsAbove: fc.integer({ min: 0, max: 3 }),
  columns: fc
    .tuple(
      fc.subarray<Column>(['unit', 'email', 'period', 'comment', 'nr', 'phone']),
      fc.infiniteStream(fc.nat()).map((s) => s),
    )
    .map(([extra]) => ['training', 'person', 'goal', ...extra] as Column[])
    .chain((cols) => fc.shuffledSubarray(cols, { minLength: cols.length, maxLength: cols.length })),
  variantHeaders: fc.boolean(),
  training: fc.constantFrom(
    'every-row',
    'first-of-block',
    'heading-row',
    'merged-heading',
    'merged-down',
    'headings-only',
  ),
  trainingText: fc.constantFrom('code', 'name', 'name (code)', 'code – name', 'leading words'),
  blankBetweenBlocks: fc.boolean(),
  subtotals: fc.constantFrom('none', 'labelled', 'unlabelled'),
  total: fc.constantFrom('none', 'labelled', 'unlabelled'),
  goalsAsText: fc.boolean(),
  notesBeside: fc.boolean(),
  notesBelow: fc.boolean(),
  signatureBelow: fc.boolean(),
  secondTable: fc.boolean(),
});

describe('readOverallPlan on generated layouts (property)', () => {
  it('finds exactly the assignments and reports exactly the rows outside the table', () => {
    fc.assert(
      fc.property(assignments, layout, (planned, l) => {
        const sheet = generateSheet(planned, l);
        const reading = readOverallPlan(
          sheet.values,
          sheet.merges,
          'Övergripande plan',
          1,
          0,
          DEFAULT_SETTINGS,
        );
        const hasUnit = l.columns.includes('unit');
        expect(
          reading.assignments.map((a) => ({
            person: a.person,
            code: a.training.code,
            unit: a.unit,
            goal: a.goal.value,
            row: a.row,
          })),
        ).toEqual(
          sheet.expected.map((a) => ({
            person: a.person,
            code: a.code,
            unit: hasUnit ? a.unit : '',
            goal: a.goal,
            row: a.row,
          })),
        );
        const reported = reading.problems.filter((p) => SKIPPED.has(p.code));
        expect(reported.map((p) => p.where.row)).toEqual(sheet.skipped);
        expect(reading.problems.filter((p) => !SKIPPED.has(p.code))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
