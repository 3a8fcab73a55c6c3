// The canonical columns of each kind of tab: the header text in our template and the wordings
// real workbooks use for the same column. Matching is done on normalised text (headerWords).
import type { ActivityColumn, ContactColumn, OverallColumn, TabKind } from '../model';
import { ACTIVITY_COLUMNS, CONTACT_COLUMNS, OVERALL_COLUMNS } from '../model';

/** The tab kinds that hold a table with a header. */
export type TableKind = 'contacts' | 'plan' | 'aterrap1' | 'aterrap2' | 'overall';

/** The canonical columns of a table kind. */
export type ColumnOf<K extends TableKind> = K extends 'contacts'
  ? ContactColumn
  : K extends 'overall'
    ? OverallColumn
    : ActivityColumn;

export interface ColumnDef<C extends string> {
  column: C;
  /** Header text in our template. */
  header: string;
  /** Other wordings that mean the same column. */
  variants: string[];
}

export const CONTACT_HEADERS: ColumnDef<ContactColumn>[] = [
  {
    column: 'name',
    header: 'Namn',
    variants: ['Namn på spridningsledare', 'Spridningsledare', 'Förnamn och efternamn', 'För- och efternamn'],
  },
  {
    column: 'title',
    header: 'Titel/yrkesroll',
    variants: ['Titel', 'Yrkesroll', 'Befattning', 'Yrke', 'Titel/befattning'],
  },
  {
    column: 'unit',
    header: 'Arbetsplats/verksamhet',
    variants: ['Arbetsplats', 'Verksamhet', 'Enhet', 'Verksamhet/enhet'],
  },
  { column: 'region', header: 'Landsting/region', variants: ['Landsting', 'Region', 'Region/landsting'] },
  {
    column: 'email',
    header: 'E-post',
    variants: ['Mejl', 'Epost', 'Mail', 'E-mail', 'E-postadress', 'Mejladress'],
  },
  { column: 'phone', header: 'Telefon', variants: ['Tfn', 'Tel', 'Mobil', 'Telefonnummer', 'Mobilnummer'] },
  {
    column: 'trainings',
    header: 'Utbildningar att sprida',
    variants: ['Utbildningar', 'Utbildning', 'Utbildning att sprida'],
  },
  {
    column: 'planReceived',
    header: 'Plan inkommen (datum)',
    variants: ['Plan inkommen', 'Inkommen', 'Datum inkommen', 'Plan mottagen'],
  },
];

export const ACTIVITY_HEADERS: ColumnDef<ActivityColumn>[] = [
  {
    column: 'person',
    header: 'Spridningsledare',
    variants: [
      'Namn',
      'Namn på den som skickat in',
      'Namn på den som skickade in',
      'Inskickad av',
      'Namn spridningsledare',
    ],
  },
  { column: 'training', header: 'Utbildning', variants: ['Utbildning som sprids', 'Utbildningens namn'] },
  {
    column: 'activity',
    header: 'Aktivitet',
    variants: ['Aktivitet/insats', 'Spridningsaktivitet', 'Typ av aktivitet', 'Insats'],
  },
  { column: 'targetGroup', header: 'Målgrupp', variants: ['Målgrupper'] },
  { column: 'unit', header: 'Verksamhet', variants: ['Arbetsplats', 'Enhet', 'Verksamhet/enhet'] },
  {
    column: 'plannedDate',
    header: 'Planerat datum',
    variants: ['Datum', 'När', 'Datum planerat', 'Planerad tidpunkt', 'Tidpunkt'],
  },
  {
    column: 'plannedNumber',
    header: 'Planerat antal',
    variants: [
      'Antal personer',
      'Antal deltagare planerat',
      'Planerat antal deltagare',
      'Antal planerat',
      'Planerat antal personer',
    ],
  },
  { column: 'status', header: 'Status', variants: ['Status genomförd'] },
  {
    column: 'doneDate',
    header: 'Genomfört datum',
    variants: ['Genomförd datum', 'Datum genomfört', 'Datum genomförd', 'Genomfördes'],
  },
  {
    column: 'reached',
    header: 'Antal nådda',
    variants: [
      'Antal deltagare',
      'Faktiskt antal',
      'Faktiskt antal deltagare',
      'Antal nådda personer',
      'Antal genomfört',
    ],
  },
  { column: 'comment', header: 'Kommentar', variants: ['Kommentarer', 'Övrigt', 'Anteckningar'] },
];

export const OVERALL_HEADERS: ColumnDef<OverallColumn>[] = [
  { column: 'training', header: 'Utbildning', variants: ['Utbildningar'] },
  { column: 'unit', header: 'Verksamhet', variants: ['Arbetsplats', 'Enhet', 'Verksamhet/enhet'] },
  {
    column: 'person',
    header: 'Spridningsledare',
    variants: ['Namn', 'Utbildare', 'Namn spridningsledare', 'Spridningsledare namn'],
  },
  { column: 'email', header: 'E-post', variants: ['Mejl', 'Epost', 'Mail', 'E-mail', 'E-postadress'] },
  {
    column: 'goal',
    header: 'Mål antal',
    variants: ['Antal personer att nå', 'Mål', 'Målantal', 'Antal att nå', 'Mål antal personer', 'Antal'],
  },
  { column: 'period', header: 'Period', variants: ['Tidsperiod', 'När', 'Tid'] },
  { column: 'comment', header: 'Kommentar', variants: ['Kommentarer', 'Övrigt'] },
];

export function isTableKind(kind: TabKind): kind is TableKind {
  return (
    kind === 'contacts' || kind === 'plan' || kind === 'aterrap1' || kind === 'aterrap2' || kind === 'overall'
  );
}

/** The column definitions of a table kind, in template order. */
/** Each activity column's header text in our template: the name users see in messages. */
export const ACTIVITY_LABELS = Object.fromEntries(
  ACTIVITY_HEADERS.map((d) => [d.column, d.header]),
) as Record<ActivityColumn, string>;

export function columnDefs<K extends TableKind>(kind: K): ColumnDef<ColumnOf<K>>[] {
  if (kind === 'contacts') return CONTACT_HEADERS as ColumnDef<ColumnOf<K>>[];
  if (kind === 'overall') return OVERALL_HEADERS as ColumnDef<ColumnOf<K>>[];
  return ACTIVITY_HEADERS as ColumnDef<ColumnOf<K>>[];
}

/** The canonical columns of a table kind, in template order. */
export function columnsOf<K extends TableKind>(kind: K): readonly ColumnOf<K>[] {
  if (kind === 'contacts') return CONTACT_COLUMNS as unknown as readonly ColumnOf<K>[];
  if (kind === 'overall') return OVERALL_COLUMNS as unknown as readonly ColumnOf<K>[];
  return ACTIVITY_COLUMNS as unknown as readonly ColumnOf<K>[];
}

/** The columns without which the tab cannot be read (the user is asked for these). */
export function requiredColumns<K extends TableKind>(kind: K): ColumnOf<K>[] {
  switch (kind) {
    case 'contacts':
      return ['name', 'email'] as ColumnOf<K>[];
    case 'overall':
      return ['training', 'person', 'goal'] as ColumnOf<K>[];
    case 'plan':
      return ['person', 'training', 'plannedNumber'] as ColumnOf<K>[];
    default:
      return ['person', 'training', 'plannedNumber', 'status', 'reached'] as ColumnOf<K>[];
  }
}

/** The template's header row of a table kind. */
export function templateHeaders(kind: TableKind): string[] {
  return columnDefs(kind).map((d) => d.header);
}
