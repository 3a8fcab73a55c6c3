// Where the harness expects rows, ranges and references after rows were inserted or deleted
// (Excel's rules: what lies below moves, a range spanning the insert grows, deleted rows vanish).
import { mapRow, mapSpan, shiftFormula, shiftRef, shiftSqref } from './rowShift';

const PLAN = '3.a Saml pers spr-plan PLAN';
const insert2at10 = [{ at: 10, count: 2 }];
const delete3at5 = [{ at: 5, count: -3 }];

describe('rows and spans', () => {
  it('moves rows at or below an insert, keeps those above', () => {
    expect([9, 10, 11].map((r) => mapRow(r, insert2at10))).toEqual([9, 12, 13]);
  });

  it('drops deleted rows and moves those below up', () => {
    expect([4, 5, 7, 8, 9].map((r) => mapRow(r, delete3at5))).toEqual([4, null, null, 5, 6]);
  });

  it('grows a span that contains the insert position, not one that ends just above it', () => {
    expect(mapSpan(4, 10, insert2at10)).toEqual([4, 12]);
    expect(mapSpan(4, 9, insert2at10)).toEqual([4, 9]);
    expect(mapSpan(10, 20, insert2at10)).toEqual([12, 22]);
  });

  it('shrinks a span losing rows and drops one that is wholly deleted', () => {
    expect(mapSpan(4, 9, delete3at5)).toEqual([4, 6]);
    expect(mapSpan(6, 9, delete3at5)).toEqual([5, 6]);
    expect(mapSpan(5, 7, delete3at5)).toBeNull();
  });

  it('runs operations in order, each in the rows of its moment', () => {
    const ops = [
      { at: 10, count: 2 },
      { at: 5, count: -1 },
    ];
    expect(mapRow(12, ops)).toBe(13);
    expect(mapRow(5, ops)).toBeNull();
  });
});

describe('references', () => {
  it('keeps the $ of absolute references and moves cells, areas and whole rows', () => {
    expect(shiftRef('$G$12', insert2at10)).toBe('$G$14');
    expect(shiftRef('A4:K10', insert2at10)).toBe('A4:K12');
    expect(shiftRef('3:3', insert2at10)).toBe('3:3');
    expect(shiftRef('$10:$11', insert2at10)).toBe('$12:$13');
    expect(shiftRef('A:A', insert2at10)).toBe('A:A');
    expect(shiftRef('B6', delete3at5)).toBeNull();
  });

  it('moves every range of an sqref list and drops the deleted ones', () => {
    expect(shiftSqref('H4:H9 J12', insert2at10)).toBe('H4:H9 J14');
    expect(shiftSqref('B6 B9', delete3at5)).toBe('B6');
  });
});

describe('formulas', () => {
  it('moves references to the sheet that moved, qualified or (on that sheet) not', () => {
    expect(shiftFormula('SUM(G4:G11)+G12', PLAN, insert2at10, PLAN)).toBe('SUM(G4:G13)+G14');
    expect(shiftFormula(`'${PLAN}'!G12*2`, PLAN, insert2at10, 'Uppföljning')).toBe(`'${PLAN}'!G14*2`);
    expect(shiftFormula('G12*2', PLAN, insert2at10, 'Uppföljning')).toBe('G12*2');
    expect(shiftFormula(`'${PLAN}'!$A$4:$K$9`, PLAN, [{ at: 6, count: 1 }], null)).toBe(
      `'${PLAN}'!$A$4:$K$10`,
    );
  });

  it('leaves string literals, function names, structured references and other workbooks alone', () => {
    const ops = [{ at: 1, count: 5 }];
    expect(shiftFormula('IF(A1="B12","LOG10",LOG10(A2))', PLAN, ops, PLAN)).toBe(
      'IF(A6="B12","LOG10",LOG10(A7))',
    );
    expect(shiftFormula('SUM(Budget[Belopp])+[1]Blad1!B2', PLAN, ops, PLAN)).toBe(
      'SUM(Budget[Belopp])+[1]Blad1!B2',
    );
    expect(shiftFormula(`'[1]${PLAN}'!B2`, PLAN, ops, null)).toBe(`'[1]${PLAN}'!B2`);
  });

  it('turns a reference into deleted rows into #REF!', () => {
    expect(shiftFormula(`'${PLAN}'!B6+1`, PLAN, delete3at5, null)).toBe(`'${PLAN}'!#REF!+1`);
  });

  it("reads quoted sheet names with doubled quotes ('It''s')", () => {
    expect(shiftFormula("'It''s'!A12", "It's", insert2at10, null)).toBe("'It''s'!A14");
  });
});
