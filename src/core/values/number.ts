// Reading "Planerat antal" / "Antal nådda": "20", "ca 20", "20 st", "20-25" (lower bound).
import type { NumberReading } from '../model';
import { cleanText } from './text';

const PREFIX = /^(?:ca\.?|c:a|cirka|ungefär|ung\.?|~|≈)\s*/i;
const SUFFIX = /\s*(?:st\.?|stycken|pers\.?|personer|deltagare|dt)$/i;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const RANGE = /^(\d+(?:[.,]\d+)?)\s*[-–—]\s*(\d+(?:[.,]\d+)?)$/;

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

export function readNumber(raw: unknown): NumberReading {
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return { raw: String(raw), kind: 'number', value: raw };
    return { raw: String(raw), kind: 'unreadable', value: null };
  }
  const text = cleanText(raw);
  if (text === '') return { raw: text, kind: 'empty', value: null };
  const core = text.replace(PREFIX, '').replace(SUFFIX, '').trim();
  if (NUMBER.test(core)) return { raw: text, kind: 'number', value: toNumber(core) };
  const range = RANGE.exec(core);
  if (range) {
    const low = toNumber(range[1]);
    const high = toNumber(range[2]);
    if (low <= high) return { raw: text, kind: 'range', value: low };
  }
  return { raw: text, kind: 'unreadable', value: null };
}
