// Reading "Planerat datum" / "Genomfört datum": days, weeks, months and terms as people write them.
// A missing year is resolved from the programme year: Nov–Dec → that year, Jan–Oct → the next.
import type { DateReading } from '../model';
import { cleanText } from './text';

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  mar: 3,
  mars: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augusti: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials after the fictitious 1900-02-29. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 1904-01-01 in the 1900 system: what a 1904-system serial lacks. */
const DAYS_1900_TO_1904 = 1462;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function isoFromMs(ms: number): string {
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function yearFor(month: number, programmeYear: number): number {
  return month >= 11 ? programmeYear : programmeYear + 1;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function day(raw: string, y: number, m: number, d: number): DateReading {
  if (!validDay(y, m, d)) return unreadable(raw);
  const s = iso(y, m, d);
  return { raw, kind: 'day', day: s, year: y, month: m, start: s, end: s };
}

function month(raw: string, y: number, m: number): DateReading {
  if (y < 1900 || y > 2200) return unreadable(raw);
  return {
    raw,
    kind: 'month',
    year: y,
    month: m,
    start: iso(y, m, 1),
    end: iso(y, m, daysInMonth(y, m)),
  };
}

/** Monday of ISO week 1 of a year. */
function isoWeekOneMonday(y: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

function weeksInYear(y: number): number {
  return Math.round((isoWeekOneMonday(y + 1) - isoWeekOneMonday(y)) / (7 * DAY_MS));
}

function week(raw: string, w: number, y: number | null, programmeYear: number): DateReading {
  let year = y;
  if (year === null) {
    // The year whose week w has its Thursday in Nov–Dec of the programme year, else the next year.
    const thursday = isoWeekOneMonday(programmeYear) + ((w - 1) * 7 + 3) * DAY_MS;
    const t = new Date(thursday);
    year = t.getUTCFullYear() === programmeYear && t.getUTCMonth() >= 10 ? programmeYear : programmeYear + 1;
  }
  if (w < 1 || w > weeksInYear(year) || year < 1900 || year > 2200) return unreadable(raw);
  const monday = isoWeekOneMonday(year) + (w - 1) * 7 * DAY_MS;
  return {
    raw,
    kind: 'week',
    year,
    week: w,
    start: isoFromMs(monday),
    end: isoFromMs(monday + 6 * DAY_MS),
  };
}

function term(raw: string, t: 'vt' | 'ht', y: number): DateReading {
  if (y < 1900 || y > 2200) return unreadable(raw);
  return t === 'vt'
    ? {
        raw,
        kind: 'term',
        year: y,
        term: t,
        start: iso(y, 1, 1),
        end: iso(y, 6, 30),
      }
    : {
        raw,
        kind: 'term',
        year: y,
        term: t,
        start: iso(y, 7, 1),
        end: iso(y, 12, 31),
      };
}

function unreadable(raw: string): DateReading {
  return { raw, kind: 'unreadable' };
}

function fromMs(raw: string, ms: number): DateReading {
  // Round to the nearest UTC midnight: a local midnight anywhere within ±12 h is the same day.
  const rounded = Math.round(ms / DAY_MS) * DAY_MS;
  const d = new Date(rounded);
  return day(raw, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * What a date cell or text says. A number is an Excel date serial in the workbook's date system
 * (`date1904`: the 1904 system of old Mac workbooks, 1462 days less than the 1900 system's).
 */
export function readDate(raw: unknown, programmeYear = 2016, date1904 = false): DateReading {
  if (typeof raw === 'number') {
    const text = String(raw);
    const serial = date1904 ? raw + DAYS_1900_TO_1904 : raw;
    // An Excel date serial (1955..2200 or so); serials below 61 sit before Excel's 1900 bug.
    if (!Number.isFinite(serial) || serial < 61 || serial > 109_574) return unreadable(text);
    return fromMs(text, EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  }
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return unreadable('');
    const r = fromMs('', raw.getTime());
    return { ...r, raw: r.day ?? '' };
  }
  const text = cleanText(raw);
  if (text === '') return { raw: text, kind: 'empty' };
  const s = text.toLowerCase().replace(/\.$/, '').trim();
  let m: RegExpExecArray | null;

  // 2017-02-10, 2017-2-10, 2017-02-10 00:00:00, 20170210
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?z?)?$/.exec(s)))
    return day(text, +m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return day(text, +m[1], +m[2], +m[3]);
  // 2017-02 (a month)
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s)) && +m[2] >= 1 && +m[2] <= 12) return month(text, +m[1], +m[2]);
  // 10/2, 10/2 2017, 10/2-2017, 10/2/2017, 10/2-17
  if ((m = /^(\d{1,2})\/(\d{1,2})(?:\s*[-/ ]\s*(\d{4}|\d{2}))?$/.exec(s))) {
    const d = +m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12) return unreadable(text);
    return day(text, m[3] ? fullYear(m[3]) : yearFor(mo, programmeYear), mo, d);
  }
  // 10 feb, 10 feb. 2017, 15 mars, 10:e februari
  if ((m = /^(\d{1,2})(?::e|:a)?\s*([a-zåäö]+)\.?(?:\s*(\d{4}))?$/.exec(s)) && MONTHS[m[2]] !== undefined) {
    const mo = MONTHS[m[2]];
    return day(text, m[3] ? +m[3] : yearFor(mo, programmeYear), mo, +m[1]);
  }
  // v. 6, v.12, v 6, v6, vecka 6, v. 6 2017, v 6-2017
  if ((m = /^(?:v|v\.|vecka|vec\.|w|week)\s*(\d{1,2})(?:\s*[-,/ ]\s*(\d{4}))?$/.exec(s)))
    return week(text, +m[1], m[2] ? +m[2] : null, programmeYear);
  // mars 2017, mars, feb -17
  if ((m = /^([a-zåäö]+)\.?(?:\s*[-']?\s*(\d{4}|\d{2}))?$/.exec(s)) && MONTHS[m[1]] !== undefined) {
    const mo = MONTHS[m[1]];
    return month(text, m[2] ? fullYear(m[2]) : yearFor(mo, programmeYear), mo);
  }
  // vt 2017, ht 2017, vt17, VT-17, vt (the year after the programme year: its term ahead)
  if ((m = /^(vt|ht|vår|höst|våren|hösten|vårterminen|höstterminen)\s*[-']?\s*(\d{4}|\d{2})?$/.exec(s))) {
    const t = m[1].startsWith('v') ? 'vt' : 'ht';
    return term(text, t, m[2] ? fullYear(m[2]) : programmeYear + 1);
  }
  return unreadable(text);
}
