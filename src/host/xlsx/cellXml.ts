// One cell of the emulator as a <c> element: numbers as they are (dates and times are serials),
// text as an inline string (the shared strings part stays as it was), booleans, error values,
// and formulas without a cached result when the add-in wrote them (Excel recalculates them:
// the workbook is marked for a full calculation on load).
import { cellName } from '../address';
import type { CellData } from '../workbookModel';
import { encodeOoxmlText } from '../../core/xlsx/sharedStrings';
import { escapeText } from '../../core/xlsx/xmlScan';
import { formulaToFile } from './formulaText';

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']); // prettier-ignore

/** A number as the file stores it: the shortest text that reads back as the same double. */
export function numberText(n: number): string {
  return String(n);
}

function inlineString(s: string, p: string): string {
  const text = escapeText(encodeOoxmlText(s));
  const keep = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
  return `<${p}is><${p}t${keep}>${text}</${p}t></${p}is>`;
}

/**
 * The <c> element for a cell at (r, c) with style index `style` (0: none). A formula the add-in
 * wrote has no result yet (null); one read from the file keeps its cached result.
 */
export function cellXml(r: number, c: number, cell: CellData, style: number, p = ''): string {
  const ref = cellName(r, c);
  const s = style ? ` s="${style}"` : '';
  const v = cell.value;
  const value = (text: string) => `<${p}v>${text}</${p}v>`;
  const open = (t: string) => `<${p}c r="${ref}"${s}${t}>`;
  const close = `</${p}c>`;
  if (cell.formula !== undefined) {
    const f = `<${p}f>${escapeText(formulaToFile(cell.formula))}</${p}f>`;
    if (v === null) return `${open('')}${f}${close}`;
    if (typeof v === 'number') return `${open('')}${f}${value(numberText(v))}${close}`;
    if (typeof v === 'boolean') return `${open(' t="b"')}${f}${value(v ? '1' : '0')}${close}`;
    if (ERRORS.has(v)) return `${open(' t="e"')}${f}${value(escapeText(v))}${close}`;
    return `${open(' t="str"')}${f}${value(escapeText(encodeOoxmlText(v)))}${close}`;
  }
  if (v === null) return `<${p}c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `${open('')}${value(numberText(v))}${close}`;
  if (typeof v === 'boolean') return `${open(' t="b"')}${value(v ? '1' : '0')}${close}`;
  if (ERRORS.has(v)) return `${open(' t="e"')}${value(escapeText(v))}${close}`;
  return `${open(' t="inlineStr"')}${inlineString(v, p)}${close}`;
}
