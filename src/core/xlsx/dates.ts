// Excel's two date systems. 1900: serial 1 is 1900-01-01, serial 60 the fictitious 1900-02-29
// (Lotus' leap-year bug, kept by Excel), so from 1900-03-01 a serial counts days since
// 1899-12-30. 1904 (old Mac Excel): serial 0 is 1904-01-01. A time is the fraction of a day.
// Cells hold serials; only text (typed ISO dates, ISO values in a file, Range.text) converts.

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The serial of a calendar day (no time) in a date system. */
export function daySerial(y: number, m: number, d: number, date1904: boolean): number {
  const t = Date.UTC(y, m - 1, d);
  if (date1904) return Math.round((t - EPOCH_1904) / DAY_MS);
  const serial = Math.round((t - EPOCH_1900) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

export interface DateParts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
}

/** The calendar day and time of a serial (time rounded to the second, as Excel displays it). */
export function serialParts(serial: number, date1904: boolean): DateParts {
  let secs = Math.round(serial * 86400);
  let whole = Math.floor(secs / 86400);
  secs -= whole * 86400;
  if (secs === 86400) {
    whole += 1;
    secs = 0;
  }
  let y: number, m: number, d: number;
  if (!date1904 && whole === 60) [y, m, d] = [1900, 2, 29];
  else {
    const base = date1904 ? EPOCH_1904 : EPOCH_1900;
    const day = date1904 ? whole : whole < 60 ? whole + 1 : whole;
    const date = new Date(base + day * DAY_MS);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  return { y, m, d, hh: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), ss: secs % 60 };
}

/**
 * An ISO 8601 date/time as a file may store it (<c t="d">): "2017-02-10", "2017-02-10T12:30:00",
 * with or without a zone (ignored: Excel's dates have none). A time alone ("T12:00:00" or
 * "12:00:00") is the fraction of a day. Null when it is no such text.
 */
export function isoToSerialIn(iso: string, date1904: boolean): number | null {
  const m =
    /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      iso.trim(),
    );
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const day = m[1] !== undefined ? daySerial(Number(m[1]), Number(m[2]), Number(m[3]), date1904) : 0;
  const time =
    m[4] !== undefined
      ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0) + Number(m[7] ?? 0)) / 86400
      : 0;
  return day + time;
}
