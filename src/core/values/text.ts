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

const MIN_PLACEHOLDER = Math.min(...PLACEHOLDERS.map((p) => p.length));
const MAX_PLACEHOLDER = Math.max(...PLACEHOLDERS.map((p) => p.length));

/** Any value to a trimmed one-line-per-line string; NBSP and whitespace runs become one space. */
export function cleanText(s: unknown): string {
  if (s === null || s === undefined) return '';
  let text: string;
  if (typeof s === 'string') text = s;
  else if (typeof s === 'number' || typeof s === 'boolean' || typeof s === 'bigint') text = String(s);
  else if (s instanceof Date) text = Number.isNaN(s.getTime()) ? '' : s.toISOString().slice(0, 10);
  else text = objectText(s);
  // Invisible control characters (C0/C1 other than whitespace, DEL) and bidi overrides, embeddings,
  // isolates and marks carry nothing a reader needs and can disguise a name; they are dropped.
  const cleaned = text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
  if (
    cleaned.length >= MIN_PLACEHOLDER &&
    cleaned.length <= MAX_PLACEHOLDER &&
    PLACEHOLDERS.includes(cleaned.toLowerCase())
  )
    return '';
  return cleaned;
}

/**
 * A key for comparing headers, units and names: lower case, accents other than å/ä/ö removed
 * (é → e), every character that is not a letter or digit dropped ("E-post" = "Epost" = "e post").
 */
export function normaliseKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/a\u0308/g, 'ä')
    .replace(/o\u0308/g, 'ö')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .normalize('NFC');
}
