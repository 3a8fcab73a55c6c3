// Reading "Status": done, not done or planned, in any case.
import type { StatusReading, StatusValue } from '../model';
import { cleanText, normaliseKey } from './text';

const WORDS: Record<string, StatusValue> = {
  genomförd: 'done',
  genomfört: 'done',
  genomford: 'done',
  klar: 'done',
  klart: 'done',
  ejgenomförd: 'notDone',
  ejgenomfört: 'notDone',
  integenomförd: 'notDone',
  integenomfört: 'notDone',
  inställd: 'notDone',
  inställt: 'notDone',
  installd: 'notDone',
  planerad: 'planned',
  planerat: 'planned',
};

export function readStatus(raw: unknown): StatusReading {
  const text = cleanText(raw);
  const value = text === '' ? null : (WORDS[normaliseKey(text)] ?? null);
  return { raw: text, value };
}
