// What Excel makes of a value written with Range.values / Range.formulas: like typing it in.
// "=..." becomes a formula, a numeric string becomes a number, an ISO date ("2017-02-10")
// becomes a date serial (in the workbook's date system) shown as yyyy-mm-dd, a leading apostrophe keeps text as text, and a
// cell formatted as text (@) keeps strings as they are. null leaves the cell unchanged.
import { dateToSerial } from './numberFormat';
import { HostError } from './errors';
import type { CellData } from './workbookModel';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Writes one input value into a cell (the caller skips null/undefined). */
export function writeInput(cell: CellData, input: unknown, where: string, date1904 = false): void {
  delete cell.formula;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new HostError('InvalidArgument', `Not a finite number at ${where}.`);
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string')
    throw new HostError('InvalidArgument', `Unsupported value type (${typeof input}) at ${where}.`);
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = null; // no calculation engine: the result is unknown until a real Excel calculates it
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (
      probe.getUTCFullYear() === y &&
      probe.getUTCMonth() === m - 1 &&
      probe.getUTCDate() === d &&
      y >= (date1904 ? 1904 : 1900)
    ) {
      cell.value = dateToSerial(y, m, d, date1904);
      if (cell.numberFormat === undefined || /^general$/i.test(cell.numberFormat))
        cell.numberFormat = 'yyyy-mm-dd';
      return;
    }
  }
  cell.value = input;
}
