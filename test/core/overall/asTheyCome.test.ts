// One test per rule of "Overall plans as they come" (docs/domain.md): each fails without its rule.
import type { CellValue } from '../../../src/core/headers/cell';
import { readOverallPlan } from '../../../src/core/overall/readOverallPlan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const read = (values: CellValue[][], merges: string[] = []) =>
  readOverallPlan(values, merges, 'Ö', 1, 0, DEFAULT_SETTINGS);
const people = (values: CellValue[][], merges: string[] = []) =>
  read(values, merges).assignments.map((a) => [a.person, a.training.code, a.goal.value]);
const reports = (values: CellValue[][], merges: string[] = []) =>
  read(values, merges).problems.map((p) => [p.code, p.where.row]);

const HEADER: CellValue[] = ['Utbildning', 'Verksamhet', 'Spridningsledare', 'Mål antal'];

describe('notes, dates and signatures below or beside the table are no assignments', () => {
  it('a note under the table in the person column (the bug of issue 19) is reported, not a person', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', 'VC Söder', 'Bo Ek', 20],
      ['', '', 'Senast ändrad av Karin Berg 2017-01-15', ''],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS1', 30],
      ['Bo Ek', 'HiS1', 20],
    ]);
    expect(reports(values)).toEqual([['overall-row-note', 4]]);
  });
  it('a note in the training column does not become the training of the rows under it', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['Obs! Målen gäller vt 2017', '', '', ''],
      ['', '', 'Karin Berg', ''],
    ];
    expect(people(values)).toEqual([['Anna Lindqvist', 'HiS1', 30]]);
    expect(reports(values)).toEqual([
      ['overall-row-note', 3],
      ['overall-row-name-only', 4],
    ]);
  });
  it('a signature with a date in the goal column is reported, not an assignment of 42 750 people', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', '', 'Karin Berg', 42750],
    ];
    expect(people(values)).toEqual([['Anna Lindqvist', 'HiS1', 30]]);
    expect(reports(values)).toEqual([['overall-row-note', 3]]);
  });
  it('a name alone after a blank row is reported as having nothing assigned', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', '', '', ''],
      ['', '', 'Karin Berg', ''],
    ];
    expect(people(values)).toEqual([['Anna Lindqvist', 'HiS1', 30]]);
    expect(reports(values)).toEqual([['overall-row-name-only', 4]]);
  });
  it('notes beside the table are not part of it; a note in an extra column of the table is reported', () => {
    const values: CellValue[][] = [
      ['Nr', ...HEADER, '', ''],
      [1, 'HiS1', 'VC Norr', 'Anna Lindqvist', 30, '', 'Uppdaterad 12/1'],
      ['', '', '', '', '', '', 'Målen är preliminära'],
      [7, '', '', '', '', '', ''],
      ['Senast ändrad 15/1', '', '', '', '', '', ''],
    ];
    expect(people(values)).toEqual([['Anna Lindqvist', 'HiS1', 30]]);
    expect(reports(values)).toEqual([['overall-row-note', 5]]);
  });
  it('a placeholder or two people in the person column are reported, not assignments', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Vakant', 30],
      ['HiS2', 'VC Norr', 'Anna och Bo', 10],
    ];
    expect(people(values)).toEqual([]);
    expect(reports(values)).toEqual([
      ['overall-row-not-a-name', 2],
      ['overall-row-not-a-name', 3],
    ]);
  });
});

describe('training headings, blocks and merged cells', () => {
  it('a training on a row of its own above its block belongs to each row of the block; a name alone in a block is an assignment', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS6 Migration och psykisk hälsa – grundkurs', '', '', ''],
      ['', 'VC Norr', 'Anna Lindqvist', 15],
      ['', '', 'Bo Ek', ''],
      ['Lifespan Integration (HiS8)', '', '', ''],
      ['', 'BUP', 'Cecilia Berg', 5],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS6', 15],
      ['Bo Ek', 'HiS6', null],
      ['Cecilia Berg', 'HiS8', 5],
    ]);
    expect(reports(values)).toEqual([]);
  });
  it('a heading merged across the table, even when its first cell is the person column', () => {
    const values: CellValue[][] = [
      ['Spridningsledare', 'Utbildning', 'Mål antal'],
      ['Insatser vid trauma', '', ''],
      ['Anna Lindqvist', '', 12],
    ];
    expect(people(values, ['A2:C2'])).toEqual([['Anna Lindqvist', 'HiS7', 12]]);
  });
  it('without a training column the headings give the trainings', () => {
    const values: CellValue[][] = [
      ['Spridningsledare', 'Mål antal'],
      ['HiS2', ''],
      ['Anna Lindqvist', 12],
      ['HiS4', ''],
      ['Bo Ek', 3],
    ];
    const r = read(values);
    expect(r.assignments.map((a) => [a.person, a.training.code, a.cells.training])).toEqual([
      ['Anna Lindqvist', 'HiS2', 'A2'],
      ['Bo Ek', 'HiS4', 'A4'],
    ]);
    expect(r.problems).toEqual([]);
  });
  it('a person merged down over two rows is the person of both', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 10],
      ['HiS6', 'VC Norr', '', 5],
    ];
    expect(people(values, ['C2:C3'])).toEqual([
      ['Anna Lindqvist', 'HiS1', 10],
      ['Anna Lindqvist', 'HiS6', 5],
    ]);
  });
  it('a heading that fits several trainings gives each row an ambiguous-training problem naming them', () => {
    const values: CellValue[][] = [
      HEADER,
      ['Migration och psykisk hälsa', '', '', ''],
      ['', 'VC', 'Anna Lindqvist', 10],
    ];
    const r = read(values);
    expect(r.assignments[0].training).toMatchObject({
      code: null,
      candidates: ['HiS6', 'HiS9', 'HiS10', 'HiS11'],
    });
    expect(r.problems.map((p) => [p.code, p.where.cell])).toEqual([['overall-ambiguous-training', 'A2']]);
  });
});

describe('subtotals, totals and a second table', () => {
  it('unlabelled subtotals and totals (a number equal to the goals above) are no goals without a person', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', 'VC Söder', 'Bo Ek', 20],
      ['', '', '', 50],
      ['HiS2', 'VC Norr', 'Cecilia Berg', 5],
      ['', '', '', 5],
      ['', '', '', 55],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS1', 30],
      ['Bo Ek', 'HiS1', 20],
      ['Cecilia Berg', 'HiS2', 5],
    ]);
    expect(reports(values)).toEqual([]);
  });
  it('a goal that is no sum of the rows above, without a person, is still reported', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['HiS2', 'BUP', '', 12],
    ];
    expect(reports(values)).toEqual([['overall-goal-without-person', 3]]);
  });
  it('a label in a free-text column still makes a row without a person a sum row', () => {
    const values: CellValue[][] = [
      [...HEADER, 'Kommentar'],
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30, ''],
      ['', '', '', 30, 'Summa'],
      ['', '', 'Bo Ek', 5, ''],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS1', 30],
      ['Bo Ek', null, 5],
    ]);
  });
  it('a second table of another kind is reported once and its rows are not read', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', '', '', ''],
      ['Namn', 'E-post', 'Telefon', ''],
      ['Karin Berg', 'karin@example.se', '010-1', ''],
      ['Per Ström', 'per@example.se', '010-2', ''],
    ];
    expect(people(values)).toEqual([['Anna Lindqvist', 'HiS1', 30]]);
    expect(reports(values)).toEqual([['overall-other-table', 4]]);
  });
  it('a second overall-plan table further down is read with its own columns', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC Norr', 'Anna Lindqvist', 30],
      ['', '', '', ''],
      ['Plan för hösten', '', '', ''],
      ['Namn', 'Mål antal', 'Utbildning', ''],
      ['Bo Ek', 7, 'HiS13', ''],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS1', 30],
      ['Bo Ek', 'HiS13', 7],
    ]);
    // the title above the second table heads no row: nothing is lost, nothing to report
    expect(reports(values)).toEqual([]);
  });
  it('goals as text are read as numbers', () => {
    const values: CellValue[][] = [
      HEADER,
      ['HiS1', 'VC', 'Anna Lindqvist', '30'],
      ['HiS1', 'VC', 'Bo Ek', 'ca 10 personer'],
    ];
    expect(people(values)).toEqual([
      ['Anna Lindqvist', 'HiS1', 30],
      ['Bo Ek', 'HiS1', 10],
    ]);
  });
});
