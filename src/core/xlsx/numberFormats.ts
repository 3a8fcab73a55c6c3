// The number format of each cell format (<xf> of <cellXfs> in xl/styles.xml), as Office.js's
// Range.numberFormat reports it: a custom <numFmt>'s formatCode, or Excel's built-in code for the
// ids below 164. Read by the bounded reader so that a sheet copied from a file keeps its dates
// dates; the emulator's style book (src/host/xlsx/styles.ts) uses the same built-in table.
import { XmlScanner, attributes } from './xmlScan';

/** Excel's built-in number formats, as Office.js reports them (en-US codes). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The number format code of every cell format, by its index (a cell's `s`). An id neither
 * declared nor built in reads as General, as Excel shows it.
 */
export function readCellNumberFormats(stylesXml: string): string[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const s = new XmlScanner(stylesXml);
  let depth = 0;
  let list = '';
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') {
      if (--depth === 1) list = '';
      continue;
    }
    if (depth === 1) list = tag.local;
    else if (depth === 2 && list === 'numFmts' && tag.local === 'numFmt') {
      const a = attributes(stylesXml, tag);
      custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? 'General');
    } else if (depth === 2 && list === 'cellXfs' && tag.local === 'xf')
      ids.push(Number(attributes(stylesXml, tag).get('numFmtId') ?? 0));
    if (depth >= 2 && tag.kind === 'open') {
      s.skipElement(tag); // the children of a <numFmt> or an <xf> say nothing about the format
      continue;
    }
    if (tag.kind === 'open') depth++;
  }
  return ids.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
}
