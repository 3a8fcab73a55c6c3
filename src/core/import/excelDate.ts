// Days as Excel date serials in the workbook's own date system (core/xlsx/dates.ts): the 1900
// system (day 1 = 1900-01-01, with Excel's phantom 1900-02-29, so every day from 1900-03-01 on
// is days since 1899-12-30) or the 1904 system of old Mac workbooks (day 0 = 1904-01-01, 1462
// days less). A day written in the wrong system lands four years and a day off.
import { daySerial, serialParts } from '../xlsx/dates';

/** "2017-02-10" → 42776 (1900 system) or 41314 (1904). Throws on a string that is not an ISO day. */
export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number);
  const back = new Date(Date.UTC(y, m - 1, d));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new Error(`Not an ISO day: ${iso}`);
  }
  return daySerial(y, m, d, date1904);
}

/** 42776 → "2017-02-10" (1900 system), 41314 → the same day (1904); the fraction of a day is dropped. */
export function serialToIso(serial: number, date1904 = false): string {
  const p = serialParts(Math.floor(serial), date1904);
  return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** The number format written on dates (ISO order reads the same in every locale). */
export const DATE_FORMAT = 'yyyy-mm-dd';
