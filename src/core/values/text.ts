// Text cleaning shared by every reader: what a cell "says" once Word's and Excel's noise is gone.

/** Placeholder texts Word shows in an empty content control (Swedish and English templates). */
const PLACEHOLDERS = [
  'klicka eller tryck här för att ange text.',
  'klicka eller tryck här för att ange text',
  'klicka här för att ange text.',
  'klicka här för att ange text',
  'click or tap here to enter text.',
  'click or tap here to enter text',
  'click here to enter text.',
  'click here to enter text',
  'klicka eller tryck för att ange ett datum.',
  'click or tap to enter a date.',
  'välj ett objekt.',
  'choose an item.',
];

/** Text of an object cell value as ExcelJS gives it: rich text, hyperlink, formula result. */
function objectText(o: object): string {
  const v = o as { richText?: unknown; text?: unknown; result?: unknown };
  if (Array.isArray(v.richText))
    return v.richText.map((r: { text?: unknown }) => (typeof r?.text === 'string' ? r.text : '')).join('');
  if (typeof v.text === 'string') return v.text;
  const r = v.result;
  if (typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean') return String(r);
  return '';
}

/** Any value to a trimmed one-line-per-line string; NBSP and whitespace runs become one space. */
export function cleanText(s: unknown): string {
  if (s === null || s === undefined) return '';
  let text: string;
  if (typeof s === 'string') text = s;
  else if (typeof s === 'number' || typeof s === 'boolean' || typeof s === 'bigint') text = String(s);
  else if (s instanceof Date) text = Number.isNaN(s.getTime()) ? '' : s.toISOString().slice(0, 10);
  else text = objectText(s);
  const cleaned = text
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (PLACEHOLDERS.includes(cleaned.toLowerCase())) return '';
  return cleaned;
}

/**
 * A key for comparing headers, units and names: lower case, accents other than å/ä/ö removed
 * (é → e), every character that is not a letter or digit dropped ("E-post" = "Epost" = "e post").
 */
export function normaliseKey(s: string): string {
  const lower = cleanText(s).toLowerCase();
  let out = '';
  for (const ch of lower) {
    if (ch === 'å' || ch === 'ä' || ch === 'ö') {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const b of base) if (/[\p{L}\p{N}]/u.test(b)) out += b;
  }
  return out;
}

/** The person's name without a title glued on: "Anna Lindqvist, kurator" → "Anna Lindqvist". */
export function personName(s: string): string {
  let name = cleanText(s);
  const comma = name.indexOf(',');
  if (comma >= 0) name = name.slice(0, comma);
  // "Anna Lindqvist (kurator)" and "Anna Lindqvist – kurator"
  name = name.replace(/\s*\([^)]*\)\s*$/, '');
  name = name.replace(/\s+[–—-]\s+.*$/, '');
  return cleanText(name);
}
