// The pre-filled personal plan ("Min personliga spridningsplan", guide step 1.2.1) as a .docx
// made with the `docx` library: the template's parts in the template's words — contact details
// as label/value rows, the personal goal table, and the activity table with the template's
// columns (empty rows to fill in). Written so that our own plan reader (src/core/plan) reads it
// back exactly: the labels and headers are the ones it knows, and no instruction text holds a
// colon after a contact label. The document is Swedish whatever the pane's language: it is the
// programme's template, and the coordinator's colleagues fill it in.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ACTIVITY_LABELS } from '../core/headers/columns';
import type { PersonGoals } from '../core/goals/personGoals';

/** The activity table's columns, in the template's order, with the template's header texts. */
export const PLAN_ACTIVITY_COLUMNS = [
  'training',
  'activity',
  'targetGroup',
  'unit',
  'plannedDate',
  'plannedNumber',
  'status',
  'doneDate',
  'reached',
  'comment',
] as const;
export type PlanActivityColumn = (typeof PLAN_ACTIVITY_COLUMNS)[number];

/** One activity row as written in the plan (text as a person types it). */
export type PlanActivityText = Partial<Record<PlanActivityColumn, string>>;

/** The contact labels, as the template writes them (the plan reader's own words). */
export const CONTACT_LABELS = {
  name: 'Namn:',
  title: 'Titel/yrkesroll:',
  unit: 'Arbetsplats/verksamhet:',
  region: 'Landsting/region:',
  email: 'E-post:',
  phone: 'Telefon:',
  trainings: 'Utbildningar att sprida:',
} as const;

export const GOAL_HEADERS = ['Utbildning', 'Verksamhet', 'Antal personer att nå'] as const;

/** Empty rows left in the activity table for the person to fill in. */
export const EMPTY_ACTIVITY_ROWS = 8;

export interface PlanDocumentOptions {
  /** The day the plan is due back to the coordinator, already written out ("2 februari 2017"). */
  deadline: string;
  /** Activities already in the plan (none when it goes out). */
  activities?: readonly PlanActivityText[];
  emptyRows?: number;
}

function text(value: string, bold = false): Paragraph {
  const lines = value.split('\n');
  return new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined })),
  });
}

function cell(value: string, opts: { bold?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [text(value, opts.bold)],
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(rows: string[][], opts: { header?: boolean; widths?: number[] } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: opts.header === true && i === 0,
          children: r.map((v, j) =>
            cell(v, { bold: opts.header === true && i === 0, width: opts.widths?.[j] }),
          ),
        }),
    ),
  });
}

const instruction = (s: string) => new Paragraph({ children: [new TextRun({ text: s, italics: true })] });

/** The plan's document (for tests that look inside, and for packing). */
export function planDocument(p: PersonGoals, opts: PlanDocumentOptions): Document {
  const c = p.contact;
  const contactRows: string[][] = [
    [CONTACT_LABELS.name, c.name],
    [CONTACT_LABELS.title, c.title],
    [CONTACT_LABELS.unit, c.unit],
    [CONTACT_LABELS.region, c.region],
    [CONTACT_LABELS.email, c.email],
    [CONTACT_LABELS.phone, c.phone],
    [CONTACT_LABELS.trainings, p.trainings.join(', ')],
  ];
  const goalRows: string[][] = [
    [...GOAL_HEADERS],
    ...p.goals.map((g) => [g.training, g.unit, g.number === null ? '' : String(g.number)]),
  ];
  const blank = Array.from({ length: opts.emptyRows ?? EMPTY_ACTIVITY_ROWS }, () =>
    PLAN_ACTIVITY_COLUMNS.map(() => ''),
  );
  const activityRows: string[][] = [
    PLAN_ACTIVITY_COLUMNS.map((col) => ACTIVITY_LABELS[col]),
    ...(opts.activities ?? []).map((a) => PLAN_ACTIVITY_COLUMNS.map((col) => a[col] ?? '')),
    ...blank,
  ];
  return new Document({
    creator: 'Spridningslogg',
    title: `Min personliga spridningsplan – ${c.name}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: 'Min personliga spridningsplan', heading: HeadingLevel.TITLE }),
          new Paragraph({
            text: 'Hälsa i Sverige för asylsökande och nyanlända',
            alignment: AlignmentType.LEFT,
          }),
          instruction(
            `Kontrollera dina kontaktuppgifter och ditt mål, fyll i de aktiviteter du planerar och skicka planen till din samordnare senast ${opts.deadline}.`,
          ),
          new Paragraph({ text: 'Kontaktuppgifter', heading: HeadingLevel.HEADING_1 }),
          table(contactRows, { widths: [30, 70] }),
          new Paragraph({ text: 'Mitt personliga mål', heading: HeadingLevel.HEADING_1 }),
          instruction('Enligt den övergripande spridningsplanen.'),
          table(goalRows, { header: true, widths: [55, 30, 15] }),
          new Paragraph({ text: 'Mina spridningsaktiviteter', heading: HeadingLevel.HEADING_1 }),
          instruction(
            'Lägg till fler rader vid behov. Status, genomfört datum och antal nådda fylls i inför återrapporteringen.',
          ),
          table(activityRows, { header: true }),
        ],
      },
    ],
  });
}

/** The plan as .docx bytes. */
export function planDocx(p: PersonGoals, opts: PlanDocumentOptions): Promise<Uint8Array> {
  return Packer.pack(planDocument(p, opts), 'uint8array');
}
