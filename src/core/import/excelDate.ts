// Excel's date serial numbers (the 1900 date system): day 1 = 1900-01-01, with Excel's
// phantom 1900-02-29, so every date from 1900-03-01 on is days since 1899-12-30.

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** "2017-02-10" → 42776. Throws on a string that is not an ISO day. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new Error(`Not an ISO day: ${iso}`);
  }
  return Math.round((t - EPOCH) / DAY_MS);
}

/** 42776 → "2017-02-10" (the fraction of a day is dropped). */
export function serialToIso(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The number format written on dates (ISO order reads the same in every locale). */
export const DATE_FORMAT = 'yyyy-mm-dd';
