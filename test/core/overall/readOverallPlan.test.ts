import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CellValue } from '../../../src/core/headers/cell';
import { parseArea } from '../../../src/core/overall/merges';
import { readOverallPlan } from '../../../src/core/overall/readOverallPlan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { render } from '../../../src/messages/render';

interface Fixture {
  sheet: string;
  firstRow: number;
  firstCol: number;
  values: CellValue[][];
  merges: string[];
  expected: {
    assignments: {
      training: string | null;
      unit: string;
      person: string;
      goal: number | null;
      row: number;
      goalCell: string;
    }[];
    readableGoalTotal: number;
    problemCodes: string[];
  };
}

const dir = path.join(__dirname, '../../fixtures/overall');
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('readOverallPlan on the fixtures', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(3));
  it.each(fixtures)('%s', (file) => {
    const fx = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Fixture;
    const { assignments, problems } = readOverallPlan(
      fx.values,
      fx.merges,
      fx.sheet,
      fx.firstRow,
      fx.firstCol,
      DEFAULT_SETTINGS,
    );
    expect(
      assignments.map((a) => ({
        training: a.training.code,
        unit: a.unit,
        person: a.person,
        goal: a.goal.value,
        row: a.row,
        goalCell: a.cells.goal,
      })),
    ).toEqual(fx.expected.assignments);
    expect(assignments.reduce((s, a) => s + (a.goal.value ?? 0), 0)).toBe(fx.expected.readableGoalTotal);
    expect(problems.map((p) => p.code).sort()).toEqual([...fx.expected.problemCodes].sort());
    for (const a of assignments) expect(a.sheet).toBe(fx.sheet);
  });
});

describe('readOverallPlan', () => {
  const settings = DEFAULT_SETTINGS;

  it('points a filled-down training at the cell it was written in', () => {
    const values: CellValue[][] = [
      ['Utbildning', 'Spridningsledare', 'Mål antal'],
      ['HiS1', 'Anna', 10],
      ['', 'Bo', 5],
    ];
    const { assignments } = readOverallPlan(values, [], 'Ö', 1, 0, settings);
    expect(assignments[1].training.code).toBe('HiS1');
    expect(assignments[1].cells.training).toBe('A2');
    expect(assignments[1].cells.person).toBe('B3');
  });

  it('does not fill a training down over a Summa row', () => {
    const values: CellValue[][] = [
      ['Utbildning', 'Spridningsledare', 'Mål antal'],
      ['HiS1', 'Anna', 10],
      ['Summa', '', 10],
      ['', 'Bo', 5],
    ];
    const { assignments, problems } = readOverallPlan(values, [], 'Ö', 1, 0, settings);
    expect(assignments.map((a) => a.training.raw)).toEqual(['HiS1', '']);
    expect(problems.map((p) => p.code)).toEqual(['overall-missing-training']);
    expect(problems[0].message).toEqual({
      code: 'overall-missing-training',
      params: { sheet: 'Ö', row: 4, person: 'Bo', cell: 'A4' },
    });
    expect(render('sv', problems[0].message)).toContain('Skriv in utbildningen i cell A4');
  });

  it('does not give a value merged across columns (a title) to other columns', () => {
    const values: CellValue[][] = [
      ['Utbildning', 'Spridningsledare', 'Mål antal'],
      ['HiS2 – Hälsoinformation', '', ''],
      ['', 'Anna', 10],
    ];
    const { assignments } = readOverallPlan(values, ['A2:C2'], 'Ö', 1, 0, settings);
    expect(assignments).toHaveLength(1);
    expect(assignments[0]).toMatchObject({ person: 'Anna', training: { code: 'HiS2' } });
  });

  it('says clearly when there is no header or a needed column is missing', () => {
    const none = readOverallPlan([['Hej'], ['då']], [], 'Blad1', 1, 0, settings);
    expect(none.assignments).toEqual([]);
    expect(none.problems[0]).toMatchObject({ code: 'overall-no-header', severity: 'error' });
    expect(render('sv', none.problems[0].message)).toMatch(
      /Blad1.*Utbildning, Spridningsledare och Mål antal/,
    );
    const noPerson = readOverallPlan(
      [
        ['Utbildning', 'Verksamhet', 'Mål antal'],
        ['HiS1', 'VC', 3],
      ],
      [],
      'Ö',
      1,
      0,
      settings,
    );
    expect(noPerson.assignments).toEqual([]);
    expect(noPerson.problems[0].code).toBe('overall-missing-column');
    expect(render('sv', noPerson.problems[0].message)).toContain('”Spridningsledare”');
    expect(render('en', noPerson.problems[0].message)).toContain('“Spridningsledare”');
  });

  it('parses merged-area addresses with or without a sheet name', () => {
    expect(parseArea("'Min plan'!B5:C8")).toEqual({ top: 5, bottom: 8, left: 1, right: 2 });
    expect(parseArea('$D$2')).toEqual({ top: 2, bottom: 2, left: 3, right: 3 });
    expect(parseArea('nonsens')).toBeNull();
  });
});
