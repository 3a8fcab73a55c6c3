// Personal spread plans for the browser tests: a .docx made with the `docx` library (as Word
// would save it) and the two clipboard flavours Word puts on the clipboard when a plan is copied.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

export interface TestPlan {
  name: string;
  email: string;
  unit: string;
  activities: { training: string; activity: string; target: string; date: string; planned: string }[];
}

const ACTIVITY_HEADERS = [
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

function contactRows(p: TestPlan): string[][] {
  return [
    ['Namn:', p.name],
    ['Titel/yrkesroll:', 'Kurator'],
    ['Arbetsplats/verksamhet:', p.unit],
    ['Landsting/region:', 'Region Testlän'],
    ['E-post:', p.email],
    ['Telefon:', '010-123 45 67'],
    ['Utbildningar att sprida:', [...new Set(p.activities.map((a) => a.training))].join(', ')],
  ];
}

function activityRows(p: TestPlan): string[][] {
  return [
    ACTIVITY_HEADERS,
    ...p.activities.map((a) => [a.training, a.activity, a.target, p.unit, a.date, a.planned, '', '', '', '']),
  ];
}

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
    ),
  });
}

export async function planDocx(p: TestPlan): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Min personliga spridningsplan'),
          table(contactRows(p)),
          new Paragraph('Mina aktiviteter'),
          table(activityRows(p)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function htmlTable(rows: string[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<table border=1>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${esc(c)}</p></td>`).join('')}</tr>`).join('')}</table>`;
}

/** What Word puts on the clipboard when the whole plan is selected and copied. */
export function planClipboard(p: TestPlan): { html: string; text: string } {
  const html =
    '<html><body><!--StartFragment--><p>Min personliga spridningsplan</p>' +
    htmlTable(contactRows(p)) +
    '<p>Mina aktiviteter</p>' +
    htmlTable(activityRows(p)) +
    '<!--EndFragment--></body></html>';
  const text = [
    'Min personliga spridningsplan',
    ...contactRows(p).map((r) => r.join('\t')),
    'Mina aktiviteter',
    ...activityRows(p).map((r) => r.join('\t')),
  ].join('\r\n');
  return { html, text };
}

export const ANNA: TestPlan = {
  name: 'Anna Testsson',
  email: 'anna.testsson@example.se',
  unit: 'VC Norr',
  activities: [
    {
      training: 'HiS6',
      activity: 'Föreläsning',
      target: 'Sjuksköterskor',
      date: '2017-02-10',
      planned: '20',
    },
    { training: 'HiS6', activity: 'Workshop', target: 'Läkare', date: '15 mars', planned: 'ca 12' },
  ],
};

export const BO: TestPlan = {
  name: 'Bo Provare',
  email: 'bo.provare@example.se',
  unit: 'BUP Syd',
  activities: [
    { training: 'HiS9', activity: 'Seminarium', target: 'Primärvård', date: '2017-03-01', planned: '15' },
  ],
};

export const CECILIA: TestPlan = {
  name: 'Cecilia Exempel',
  email: 'cecilia.exempel@example.se',
  unit: 'Elevhälsan Väst',
  activities: [
    { training: 'HiS10', activity: 'Utbildningsdag', target: 'Skolsköterskor', date: 'v. 6', planned: '25' },
  ],
};
