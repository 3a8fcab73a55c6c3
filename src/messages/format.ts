// Formatting the catalogues share: dates, numbers and quoted lists as each language writes them.
import type { Lang } from './catalogue';

const MONTHS: Record<Lang, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2017-02-02" → "2 februari 2017" / "2 February 2017"; any other text as it is. */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** 32767 → "32 767" / "32,767". */
export function number(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');
}

/** Texts quoted and listed: ”a”, ”b” (Swedish quotes) / “a”, “b”. */
export function quotedList(texts: readonly string[], lang: Lang): string {
  return texts.map((t) => (lang === 'sv' ? `”${t}”` : `“${t}”`)).join(', ');
}
