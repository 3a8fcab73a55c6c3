// Finding the log's tabs by name, tolerant of the small differences real workbooks have
// ("3a Saml pers spr plan - PLAN", "ATERRAP 1", a missing number prefix).
import type { Round, TabKind } from './model';

/** Each round's tag, as the guide and the round tabs' names write it. */
export const ROUND_TAGS: Record<Round, string> = { plan: 'PLAN', aterrap1: 'ÅTERRAP1', aterrap2: 'ÅTERRAP2' };

/**
 * The canonical tab names (those of the guide; every one fits Excel's 31-character limit:
 * the longest, "3.b Saml pers spr-plan ÅTERRAP1", is exactly 31).
 */
export const TAB_NAMES: Record<TabKind, string> = {
  instructions: '0. Instruktioner',
  overall: '1. Övergripande spridningsplan',
  contacts: '2. Saml kontaktuppg',
  plan: `3.a Saml pers spr-plan ${ROUND_TAGS.plan}`,
  aterrap1: `3.b Saml pers spr-plan ${ROUND_TAGS.aterrap1}`,
  aterrap2: `3.c Saml pers spr-plan ${ROUND_TAGS.aterrap2}`,
  summary: '4. Sammanställning',
};

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;

const KINDS: TabKind[] = ['instructions', 'overall', 'contacts', 'plan', 'aterrap1', 'aterrap2', 'summary'];

/** Lower case, accents folded (å → a: "ÅTERRAP" = "ATERRAP"), only letters and digits kept. */
export function tabKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const ROUND_WORD = /aterrap(?:p|portering)?\s*(\d)/;

function roundNumber(key: string): number | null {
  const m = ROUND_WORD.exec(key);
  return m ? Number(m[1]) : null;
}

const isPlanSheetWord = (key: string): boolean =>
  key.includes('sprplan') ||
  key.includes('spridningsplan') ||
  key.includes('persplan') ||
  key.includes('spridningslogg');

/** How well a sheet name fits a tab kind: 0 = not at all; a name must reach 30 to be taken. */
export function tabScore(kind: TabKind, name: string): number {
  const key = tabKey(name);
  if (key === '') return 0;
  if (key === tabKey(TAB_NAMES[kind])) return 1000;
  const round = roundNumber(key);
  const overall = key.includes('overgripande');
  switch (kind) {
    case 'instructions':
      return (
        (key.includes('instruktion') ? 50 : 0) + (key.startsWith('0') && key.includes('instruktion') ? 10 : 0)
      );
    case 'overall':
      return overall ? 50 + (key.includes('spridningsplan') ? 10 : 0) + (key.startsWith('1') ? 5 : 0) : 0;
    case 'contacts':
      return key.includes('kontakt')
        ? 50 + (key.startsWith('2') ? 10 : 0) + (key.includes('saml') ? 5 : 0)
        : 0;
    case 'summary':
      return key.includes('sammanstallning') ? 50 + (key.startsWith('4') ? 10 : 0) : 0;
    case 'plan': {
      if (overall || round !== null) return 0;
      let s = 0;
      if (key.startsWith('3a')) s += 30;
      if (isPlanSheetWord(key)) s += 20;
      if (key.endsWith('plan') && key.length > 4 && key.slice(0, -4).endsWith('plan')) s += 20; // "spr-plan PLAN"
      if (key.includes('pers')) s += 5;
      if (key === 'plan') s += 30;
      return s;
    }
    case 'aterrap1':
    case 'aterrap2': {
      if (overall) return 0;
      const n = kind === 'aterrap1' ? 1 : 2;
      const letter = kind === 'aterrap1' ? '3b' : '3c';
      let s = 0;
      if (round === n) s += 50;
      else if (round !== null) return 0;
      if (key.startsWith(letter)) s += 30;
      if (isPlanSheetWord(key)) s += 5;
      return s;
    }
  }
}

/**
 * Which sheet is which tab. Each sheet serves one tab at most; the best fits are taken first
 * (ties: the earlier sheet). A kind with no sheet scoring at least 30 is null.
 */
export function findTabs(sheetNames: string[]): Record<TabKind, string | null> {
  const pairs: { kind: TabKind; sheet: number; score: number }[] = [];
  sheetNames.forEach((name, sheet) => {
    for (const kind of KINDS) {
      const score = tabScore(kind, name);
      if (score >= 30) pairs.push({ kind, sheet, score });
    }
  });
  pairs.sort(
    (a, b) => b.score - a.score || a.sheet - b.sheet || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  );
  const out = Object.fromEntries(KINDS.map((k) => [k, null])) as Record<TabKind, string | null>;
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.kind] !== null || used.has(p.sheet)) continue;
    out[p.kind] = sheetNames[p.sheet];
    used.add(p.sheet);
  }
  return out;
}
