// The host's pure helpers: A1 addresses with Excel's quoting, number-format text, typed input.
import { formatAddress, parseAddress, quoteSheetName } from '../../src/host/address';
import { writeInput } from '../../src/host/cellInput';
import { formatCellText, serialToParts } from '../../src/host/numberFormat';
import type { CellData } from '../../src/host/workbookModel';

describe('addresses', () => {
  test('sheet names with spaces, dots, digits first or apostrophes are quoted; plain ones are not', () => {
    // https://support.microsoft.com/office/create-or-change-a-cell-reference-c7b8b95d-c594-4488-947e-c835903cebaa
    // "If the name of the other worksheet contains non-alphabetical characters, you must enclose the name
    //  (or the path) within single quotation marks (')."
    expect(quoteSheetName('Blad1')).toBe('Blad1');
    expect(quoteSheetName('Åter')).toBe('Åter');
    expect(quoteSheetName('3.a Saml pers spr-plan PLAN')).toBe("'3.a Saml pers spr-plan PLAN'");
    expect(quoteSheetName("Anna's")).toBe("'Anna''s'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(formatAddress('2. Saml kontaktuppg', { r0: 0, c0: 0, r1: 9, c1: 7 })).toBe(
      "'2. Saml kontaktuppg'!A1:H10",
    );
  });

  test('parses cells, ranges, whole rows and columns, absolute markers and quoted sheet names', () => {
    expect(parseAddress("'Anna''s plan'!$B$2:c3")).toEqual({
      sheet: "Anna's plan",
      r0: 1,
      c0: 1,
      r1: 2,
      c1: 2,
    });
    expect(parseAddress('Blad1!A:C')).toEqual({ sheet: 'Blad1', r0: 0, c0: 0, r1: 1048575, c1: 2 });
    expect(parseAddress('4:5')).toEqual({ r0: 3, c0: 0, r1: 4, c1: 16383 });
    expect(parseAddress('XFD1048576')).toEqual({ r0: 1048575, c0: 16383, r1: 1048575, c1: 16383 });
    expect(parseAddress('XFE1')).toBeNull();
    expect(parseAddress('A0')).toBeNull();
    expect(parseAddress('A')).toBeNull();
    expect(parseAddress('A1:3')).toBeNull();
    expect(parseAddress('not an address')).toBeNull();
  });
});

describe('number formats and typed input', () => {
  test('dates in the 1900 system including the fictitious 29 Feb 1900', () => {
    // https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
    // "Microsoft Excel incorrectly assumes that the year 1900 is a leap year."
    expect(serialToParts(59)).toMatchObject({ y: 1900, m: 2, d: 28 });
    expect(serialToParts(60)).toMatchObject({ y: 1900, m: 2, d: 29 });
    expect(serialToParts(61)).toMatchObject({ y: 1900, m: 3, d: 1 });
    expect(serialToParts(42776.75)).toMatchObject({ y: 2017, m: 2, d: 10, hh: 18, mi: 0 });
  });

  test('text of numbers under common formats, Swedish and English', () => {
    expect(formatCellText(1234567.891, '#,##0.00', 'sv-SE')).toBe('1\u00a0234\u00a0567,89');
    expect(formatCellText(1234567.891, '#,##0', 'en-US')).toBe('1,234,568');
    expect(formatCellText(-0.5, '0', 'sv-SE')).toBe('-1');
    expect(formatCellText(0.125, '0.0%', 'en-US')).toBe('12.5%');
    expect(formatCellText(42776, 'd mmm yyyy', 'sv-SE')).toBe('10 feb 2017');
    expect(formatCellText(0.75, 'hh:mm', 'sv-SE')).toBe('18:00');
    expect(formatCellText(1 / 3, 'General', 'en-US')).toBe('0.3333333333');
    expect(formatCellText('text', '0.00', 'sv-SE')).toBe('text');
    expect(formatCellText(null, '0.00', 'sv-SE')).toBe('');
  });

  test('typed input: numbers, ISO dates, formulas, apostrophe, text cells', () => {
    const cell = (numberFormat?: string): CellData => ({
      value: null,
      ...(numberFormat ? { numberFormat } : {}),
    });
    const c1 = cell();
    writeInput(c1, ' -12.5 ', 'A1');
    expect(c1.value).toBe(-12.5);
    const c2 = cell();
    writeInput(c2, '2017-02-30', 'A1');
    expect(c2.value).toBe('2017-02-30');
    const c3 = cell('0.00');
    writeInput(c3, '2017-02-10', 'A1');
    expect([c3.value, c3.numberFormat]).toEqual([42776, '0.00']);
    const c4 = cell();
    writeInput(c4, "'0123", 'A1');
    expect(c4.value).toBe('0123');
    const c5 = cell('@');
    writeInput(c5, '=SUM(A1)', 'A1');
    expect([c5.value, c5.formula]).toEqual(['=SUM(A1)', undefined]);
    expect(() => writeInput(cell(), { a: 1 }, 'Blad1!B2')).toThrow(/Blad1!B2/);
    expect(() => writeInput(cell(), Number.NaN, 'Blad1!B3')).toThrow(/Blad1!B3/);
  });
});
