// Range.text: a cell's value as Excel displays it under its number format. Covers General,
// text (@), fixed decimals (0, 0.00), grouping (#,##0), percent (0%) and date/time formats
// built from y, m, d, h, s, with elapsed time ([h]:mm, [mm]:ss), in the workbook's date system
// (1900 or 1904); other formats fall back to General. The decimal separator and TRUE/FALSE
// follow the display language (sv: "1,5", SANT/FALSKT).
import type { CellValue } from './workbookModel';
import { daySerial, serialParts, type DateParts } from '../core/xlsx/dates';

/** Excel's 1900 date system, including its fictitious 29 Feb 1900 (serial 60); see xlsx/dates.ts. */
export function serialToParts(serial: number, date1904 = false): DateParts {
  return serialParts(serial, date1904);
}

export function dateToSerial(y: number, m: number, d: number, date1904 = false): number {
  return daySerial(y, m, d, date1904);
}

function decimalSeparator(locale: string): string {
  return /^(sv|de|fr|fi|nb|nn|da|es|it|nl|pt|pl|ru)/i.test(locale) ? ',' : '.';
}

function general(n: number, locale: string): string {
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e11) s = String(n);
  else if (n !== 0 && (Math.abs(n) >= 1e11 || Math.abs(n) < 1e-9))
    s = n
      .toExponential(5)
      .replace(/\.?0+e/, 'E')
      .replace('E+', 'E+');
  else s = String(Number(n.toPrecision(10)));
  return s.replace('.', decimalSeparator(locale));
}

function isDateFormat(fmt: string): boolean {
  const quoted = fmt.replace(/"[^"]*"/g, '');
  if (/\[(h+|m+|s+)\]/i.test(quoted)) return true; // elapsed time
  const bare = quoted.replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare) || /h/i.test(bare) || /s/i.test(bare);
}

const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(serial: number, fmt: string, locale: string, date1904: boolean): string {
  const p = serialToParts(serial, date1904);
  const months = /^sv/i.test(locale) ? MONTHS_SV : MONTHS_EN;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const totalSeconds = Math.round(serial * 86400);
  let out = '';
  let i = 0;
  let lastWasHour = false;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      out += fmt.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += fmt[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === '[') {
      const close = fmt.indexOf(']', i);
      const inner = fmt.slice(i + 1, close < 0 ? undefined : close).toLowerCase();
      i = close < 0 ? fmt.length : close + 1;
      // Elapsed time: [h] hours, [m] minutes, [s] seconds since 0 (no wrap at 24 h / 60 min).
      if (/^h+$/.test(inner)) {
        out += pad(Math.floor(totalSeconds / 3600), inner.length);
        lastWasHour = true;
      } else if (/^m+$/.test(inner)) out += pad(Math.floor(totalSeconds / 60), inner.length);
      else if (/^s+$/.test(inner)) out += pad(totalSeconds, inner.length);
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === lower) j++;
      const n = j - i;
      if (lower === 'y') out += n <= 2 ? pad(p.y % 100) : String(p.y);
      else if (lower === 'd') out += n === 1 ? String(p.d) : pad(p.d);
      else if (lower === 'h') out += n === 1 ? String(p.hh) : pad(p.hh);
      else if (lower === 's') out += n === 1 ? String(p.ss) : pad(p.ss);
      else if (lastWasHour || (fmt.slice(j).trimStart().startsWith(':') && !/[yd]/i.test(fmt.slice(j))))
        out += n === 1 ? String(p.mi) : pad(p.mi);
      else out += n === 1 ? String(p.m) : n === 2 ? pad(p.m) : months[p.m - 1];
      lastWasHour = lower === 'h';
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function formatNumber(n: number, section: string, locale: string): string | null {
  const bare = section.replace(/"[^"]*"/g, '');
  if (!/^[#0,.%\s-]*$/.test(bare) || !/[0#]/.test(bare)) return null;
  const percent = bare.includes('%');
  const dot = bare.indexOf('.');
  const decimals = dot < 0 ? 0 : (bare.slice(dot + 1).match(/0/g) ?? []).length;
  const grouping = bare.slice(0, dot < 0 ? undefined : dot).includes(',');
  const v = percent ? n * 100 : n;
  const fixed = Math.abs(v).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  let int = whole;
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, /^sv/i.test(locale) ? '\u00a0' : ',');
  const sign = v < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + int + (frac ? decimalSeparator(locale) + frac : '') + (percent ? '%' : '');
}

/** The text Excel shows for a value under a number format. */
export function formatCellText(
  value: CellValue | null,
  numberFormat: string | undefined,
  locale: string,
  date1904 = false,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean')
    return /^sv/i.test(locale) ? (value ? 'SANT' : 'FALSKT') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = (numberFormat ?? 'General').split(';')[0];
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') return general(value, locale);
  if (isDateFormat(fmt)) return value < 0 ? '#'.repeat(8) : formatDate(value, fmt, locale, date1904);
  return formatNumber(value, fmt, locale) ?? general(value, locale);
}
