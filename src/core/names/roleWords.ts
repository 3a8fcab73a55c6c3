// Words that are a title, a profession or a unit, not part of a person's name: what people glue
// onto their name in a plan's Namn cell, the yellow cells and the overall plan ("Anna Lindqvist,
// kurator", "Leg. psykolog Anna Lindqvist", "Anna Lindqvist VC Norr"). Compared folded
// (foldWord), so "Sjuksköterska" and "sjukskoterska" are the same word. None of them is a
// Swedish first name or surname.
import { foldWord } from '../values/fold';

/** Whole words (folded). */
const WORDS = new Set(
  [
    // titles and professions
    'leg',
    'legitimerad',
    'dr',
    'doktor',
    'med',
    'fil',
    'mag',
    'kand',
    'phd',
    'prof',
    'professor',
    'docent',
    'ssk',
    'usk',
    'sjukskoterska',
    'undersköterska',
    'barnmorska',
    'bm',
    'kurator',
    'psykolog',
    'psykoterapeut',
    'psykiater',
    'sjukgymnast',
    'fysioterapeut',
    'arbetsterapeut',
    'dietist',
    'logoped',
    'tolk',
    'socionom',
    'socialsekreterare',
    'rektor',
    'larare',
    'pedagog',
    'specialpedagog',
    'chef',
    'samordnare',
    'koordinator',
    'kontaktperson',
    'spridningsledare',
    'handlaggare',
    'sekreterare',
    'administrator',
    'specialist',
    'st',
    'at',
    'hsl',
    'tandlakare',
    'tandhygienist',
    'apotekare',
    'behandlare',
    'utredare',
    'projektledare',
    'processledare',
    'utvecklare',
    'strateg',
    'kommunikator',
    // units
    'vc',
    'hc',
    'bup',
    'vux',
    'mvc',
    'bvc',
    'ifo',
    'avd',
    'enhet',
    'enheten',
    'team',
    'teamet',
    'region',
    'regionen',
    'landsting',
    'landstinget',
    'kommun',
    'kommunen',
    'skola',
    'skolan',
    'sjukhus',
    'sjukhuset',
    'lasarett',
    'lasarettet',
    'klinik',
    'kliniken',
    'mottagning',
    'mottagningen',
    'vardcentral',
    'vardcentralen',
    'halsocentral',
    'halsocentralen',
  ].map(foldWord),
);

/** Word endings of professions and units ("enhetschef", "distriktssköterska", "specialistpsykiatrin"). */
const ENDINGS = [
  'chef',
  'skoterska',
  'lakare',
  'kurator',
  'psykolog',
  'pedagog',
  'terapeut',
  'samordnare',
  'handlaggare',
  'sekreterare',
  'ledare',
  'strateg',
  'utvecklare',
  'planerare',
  'radgivare',
  'assistent',
  'mottagning',
  'mottagningen',
  'centralen',
  'kliniken',
  'psykiatri',
  'psykiatrin',
  'varden',
  'halsan',
  'enheten',
  'forvaltningen',
];

/** Word beginnings of units ("Vårdcentralen", "Psykiatrimottagningen", "Primärvården"). */
const BEGINNINGS = ['vardcentral', 'halsocentral', 'psykiatri', 'primarvard', 'elevhals', 'socialtjanst'];

function roleWord(word: string): boolean {
  const w = foldWord(word);
  if (w === '') return false;
  if (WORDS.has(w)) return true;
  if (w.length < 6) return false;
  return ENDINGS.some((e) => w.endsWith(e)) || BEGINNINGS.some((b) => w.startsWith(b));
}

const MAX_CACHE = 10_000;
const cache = new Map<string, boolean>();

/** Whether a word, as written, is a title, profession or unit rather than a name. Memoised. */
export function isRoleWord(word: string): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    v = roleWord(word);
    cache.set(word, v);
  }
  return v;
}
