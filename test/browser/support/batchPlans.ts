// A Monday morning's batch: `n` personal plans as .docx files (made with the `docx` library as
// Word saves them), mixed rounds (plans without status, reports with status filled in) and some
// with what needs a look (an unreadable number, an unknown training, a range, a week).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

export interface BatchActivity {
  training: string;
  activity: string;
  target: string;
  date: string;
  planned: string;
  status: string;
  doneDate: string;
  reached: string;
  comment: string;
}

export interface BatchPlan {
  name: string;
  email: string;
  unit: string;
  kind: 'plan' | 'report';
  /** Has something the preview should flag (an unreadable number, an unknown training). */
  problem: boolean;
  activities: BatchActivity[];
}

const HEADERS = [
  'Utbildning',
  'Aktivitet',
  'Målgrupp',
  'Verksamhet',
  'Planerat datum',
  'Planerat antal',
  'Status',
  'Genomfört datum',
  'Antal nådda',
  'Kommentar',
];
const TRAININGS = ['HiS6', 'HiS 9', 'HiS2', 'HiS12', 'HiS10'];
const FIRST = ['Anna', 'Bo', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Gunilla', 'Hassan', 'Ingrid', 'Jonas'];
const LAST = [
  'Ek',
  'Lund',
  'Berg',
  'Nord',
  'Holm',
  'Strand',
  'Dahl',
  'Sjö',
  'Fors',
  'Lind',
  'Björk',
  'Ås',
  'Vik',
  'Hed',
  'Mo',
];

/** The i-th person of the batch (0-based): every 4th a report, every 10th with a problem. */
export function batchPlan(i: number): BatchPlan {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 150 ? ` ${i}` : ''}`;
  const kind = i % 4 === 3 ? 'report' : 'plan';
  const problem = i % 10 === 7;
  const unit = `Vårdcentralen ${['Norr', 'Söder', 'Öster', 'Väster'][i % 4]}`;
  const activities: BatchActivity[] = [];
  const rows = 2 + (i % 3);
  for (let j = 0; j < rows; j++) {
    const done = kind === 'report' && j % 2 === 0;
    activities.push({
      training: problem && j === 1 ? 'Yoga för alla' : TRAININGS[(i + j) % TRAININGS.length],
      activity: ['Föreläsning', 'Arbetsplatsträff', 'Workshop'][j % 3],
      target: ['Sjuksköterskor', 'Undersköterskor', 'Läkare'][(i + j) % 3],
      date: ['2017-02-10', 'v. 12', '15 mars', 'vt 2017'][(i + j) % 4],
      planned: problem && j === 0 ? 'många' : j % 2 === 0 ? '20-25' : String(10 + (i % 7)),
      status: kind === 'report' ? (done ? 'klar' : 'planerad') : '',
      doneDate: done ? '2017-01-12' : '',
      reached: done ? 'ca 18' : '',
      comment: j === 0 && i % 5 === 0 ? 'Tillsammans med enhetschefen' : '',
    });
  }
  const email = `${name.toLowerCase().replace(/[^a-zåäö]+/g, '.')}@region.example`;
  return { name, email, unit, kind, problem, activities };
}

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
    ),
  });
}

export async function batchPlanDocx(p: BatchPlan): Promise<Buffer> {
  const contact = [
    ['Namn:', p.name],
    ['Titel/yrkesroll:', 'Kurator'],
    ['Arbetsplats/verksamhet:', p.unit],
    ['Landsting/region:', 'Region Testlän'],
    ['E-post:', p.email],
    ['Telefon:', '010-123 45 67'],
    ['Utbildningar att sprida:', [...new Set(p.activities.map((a) => a.training))].join(', ')],
  ];
  const activities = [
    HEADERS,
    ...p.activities.map((a) => [
      a.training,
      a.activity,
      a.target,
      p.unit,
      a.date,
      a.planned,
      a.status,
      a.doneDate,
      a.reached,
      a.comment,
    ]),
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Min personliga spridningsplan'),
          table(contact),
          new Paragraph('Mina aktiviteter'),
          table(activities),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** `n` plans as files for Playwright's setInputFiles. */
export async function batchFiles(
  n: number,
): Promise<{ plans: BatchPlan[]; files: { name: string; mimeType: string; buffer: Buffer }[] }> {
  const plans = Array.from({ length: n }, (_, i) => batchPlan(i));
  const files = await Promise.all(
    plans.map(async (p) => ({
      name: `${p.name}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await batchPlanDocx(p),
    })),
  );
  return { plans, files };
}
