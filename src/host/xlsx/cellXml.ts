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

function inlineString(s: string): string {
  const text = escapeText(encodeOoxmlText(s));
  const keep = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
  return `<is><t${keep}>${text}</t></is>`;
}

/**
 * The <c> element for a cell at (r, c) with style index `style` (0: none). A formula the add-in
 * wrote has no result yet (null); one read from the file keeps its cached result.
 */
export function cellXml(r: number, c: number, cell: CellData, style: number): string {
  const ref = cellName(r, c);
  const s = style ? ` s="${style}"` : '';
  const v = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeText(formulaToFile(cell.formula))}</f>`;
    if (v === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v === 'number') return `<c r="${ref}"${s}>${f}<v>${numberText(v)}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (ERRORS.has(v)) return `<c r="${ref}"${s} t="e">${f}<v>${escapeText(v)}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(encodeOoxmlText(v))}</v></c>`;
  }
  if (v === null) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${numberText(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (ERRORS.has(v)) return `<c r="${ref}"${s} t="e"><v>${escapeText(v)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr">${inlineString(v)}</c>`;
}
