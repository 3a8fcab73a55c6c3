// Recognising the plan's header and label wording: activity columns, goal columns and contact
// labels, by normalised text (case, spacing and punctuation ignored), exact variants first.
import { normaliseKey } from '../values/text';

export type ActivityField =
  | 'person'
  | 'training'
  | 'activity'
  | 'targetGroup'
  | 'unit'
  | 'plannedDate'
  | 'plannedNumber'
  | 'status'
  | 'doneDate'
  | 'reached'
  | 'comment';

const ACTIVITY_EXACT: Record<ActivityField, string[]> = {
  person: ['spridningsledare', 'namn', 'namnpådensomskickatin', 'namnpåspridningsledare'],
  training: [
    'utbildning',
    'utbildningar',
    'utbildninghisnr',
    'vilkenutbildning',
    'hisutbildning',
    'utbildningkod',
  ],
  activity: [
    'aktivitet',
    'aktiviteter',
    'typavaktivitet',
    'spridningsaktivitet',
    'insats',
    'aktivitetinsats',
  ],
  targetGroup: ['målgrupp', 'målgrupper'],
  unit: ['verksamhet', 'enhet', 'arbetsplats', 'arbetsplatsverksamhet', 'verksamhetenhet'],
  plannedDate: [
    'planeratdatum',
    'datum',
    'när',
    'tidpunkt',
    'planeradtidpunkt',
    'datumplanerat',
    'planeradtid',
  ],
  plannedNumber: [
    'planeratantal',
    'antalpersoner',
    'antaldeltagareplanerat',
    'planeratantaldeltagare',
    'antal',
    'antalplanerat',
    'planeratantalpersoner',
  ],
  status: ['status'],
  doneDate: ['genomförtdatum', 'datumgenomfört', 'genomfördatum', 'genomförandedatum'],
  reached: [
    'antalnådda',
    'antaldeltagare',
    'faktisktantal',
    'antalnåddapersoner',
    'nådda',
    'faktisktantaldeltagare',
  ],
  comment: ['kommentar', 'kommentarer', 'övrigt', 'anteckningar', 'anteckning'],
};

const ACTIVITY_BY_KEY = new Map<string, ActivityField>(
  (Object.entries(ACTIVITY_EXACT) as [ActivityField, string[]][]).flatMap(([field, keys]) =>
    keys.map((k) => [k, field] as const),
  ),
);

/** Which activity column a header cell names, or null. */
export function activityField(header: string): ActivityField | null {
  const key = normaliseKey(header);
  if (key === '' || key.length > 50) return null;
  const exact = ACTIVITY_BY_KEY.get(key);
  if (exact) return exact;
  if (key.includes('genomf') && key.includes('datum')) return 'doneDate';
  if (key.includes('nådd') || key.includes('faktisk')) return 'reached';
  if (key.includes('datum') || key.startsWith('när') || key.includes('tidpunkt')) return 'plannedDate';
  if (key.includes('målgrupp')) return 'targetGroup';
  if (key.includes('antal')) return 'plannedNumber';
  if (key.includes('status')) return 'status';
  if (key.includes('utbildning')) return 'training';
  if (key.includes('aktivitet')) return 'activity';
  if (key.includes('verksamhet') || key.includes('enhet') || key.includes('arbetsplats')) return 'unit';
  if (key.includes('kommentar') || key.includes('övrigt')) return 'comment';
  if (key.includes('spridningsledare')) return 'person';
  return null;
}

export type GoalField = 'training' | 'unit' | 'number';

/** Which column of the personal-goal table a header cell names, or null. */
export function goalField(header: string): GoalField | null {
  const key = normaliseKey(header);
  if (key === '' || key.length > 50) return null;
  if (key.includes('utbildning')) return 'training';
  if (key.includes('verksamhet') || key.includes('enhet') || key.includes('arbetsplats')) return 'unit';
  if (key.includes('antal') || (key.includes('mål') && !key.includes('målgrupp'))) return 'number';
  return null;
}

export type ContactField = 'name' | 'title' | 'unit' | 'region' | 'email' | 'phone' | 'trainings';

const CONTACT_LABELS: Record<ContactField, string[]> = {
  name: [
    'namn',
    'namnspridningsledare',
    'förochefternamn',
    'spridningsledare',
    'namnförochefternamn',
    'dittnamn',
  ],
  title: ['titel', 'yrkesroll', 'titelyrkesroll', 'befattning', 'yrke', 'roll', 'yrkestitel'],
  unit: [
    'arbetsplats',
    'verksamhet',
    'enhet',
    'arbetsplatsverksamhet',
    'arbetsplatsenhet',
    'verksamhetenhet',
  ],
  region: ['landsting', 'region', 'landstingregion', 'regionlandsting', 'landstingellerregion'],
  email: ['epost', 'mejl', 'mail', 'email', 'epostadress', 'mejladress', 'mailadress'],
  phone: ['telefon', 'tfn', 'tel', 'mobil', 'telefonnummer', 'mobilnummer', 'telefonmobil', 'telnr'],
  trainings: [
    'utbildningaratttsprida',
    'utbildningarattsprida',
    'utbildningar',
    'utbildning',
    'utbildningarjagskasprida',
    'utbildningattsprida',
    'utbildningarsomjagskasprida',
  ],
};

/** Which contact detail a label ("Namn:", "E-post") names, or null. */
export function contactField(label: string): ContactField | null {
  const key = normaliseKey(label);
  if (key === '' || key.length > 40) return null;
  for (const [field, variants] of Object.entries(CONTACT_LABELS) as [ContactField, string[]][])
    if (variants.includes(key)) return field;
  return null;
}
