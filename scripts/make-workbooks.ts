// Generates test/fixtures/workbooks/lived-in.xlsx: a coordinator's own Samlad spridningslogg as
// real ones look after months of hand work — tab names that differ a little, instruction rows
// above the header, the header in row 5 under a merged title, columns in another order with
// slightly different wording, the coordinator's extra columns with values, filters, frozen
// panes, blank rows between person blocks, hand-typed rows and a trailing totals row with SUM.
// Run: node -r ./scripts/ts-register.cjs scripts/make-workbooks.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The activity tabs' header: another order, other words, two extra columns (C and M). */
export const LIVED_IN_ACTIVITY_HEADER = [
  'Namn på den som skickat in',
  'Utbildning',
  'Egen notering',
  'Målgrupp',
  'Aktivitet',
  'Verksamhet',
  'Datum',
  'Antal personer',
  'Status',
  'Genomfört datum',
  'Antal deltagare',
  'Kommentarer',
  'Uppföljt av samordnare',
];

type Row = (string | number | Date | null)[];

function activitySheet(wb: ExcelJS.Workbook, name: string, title: string, rows: (Row | null)[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Kopiera in varje persons spridningsaktiviteter (samma kolumner).';
  ws.getCell('A3').value = 'Skriv in namnet på personen som skickade in i de gula cellerna.';
  LIVED_IN_ACTIVITY_HEADER.forEach((h, i) => {
    const c = ws.getCell(5, i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  ws.getCell(5, 1).fill = YELLOW;
  ws.autoFilter = 'A5:M5';
  let r = 6;
  for (const row of rows) {
    if (row !== null) {
      row.forEach((v, i) => {
        if (v === null) return;
        const c = ws.getCell(r, i + 1);
        c.value = v;
        if (v instanceof Date) c.numFmt = 'yyyy-mm-dd';
      });
      ws.getCell(r, 1).fill = YELLOW;
    }
    r++;
  }
  // The totals row: "Summa" and SUM over the data rows (blank rows included).
  ws.getCell(r, 1).value = 'Summa';
  ws.getCell(r, 1).font = { bold: true };
  ws.getCell(r, 8).value = { formula: `SUM(H6:H${r - 1})` };
  ws.getCell(r, 11).value = {
    formula: `SUMIFS(K6:K${r - 1},I6:I${r - 1},"Genomförd")`,
  };
  // A note below the table, outside it.
  ws.getCell(r + 2, 1).value = 'Anteckning: Bo har lovat en plan till för HiS9.';
  [28, 34, 18, 20, 26, 24, 12, 10, 14, 14, 10, 36, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export async function buildLivedIn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2017, 0, 15));
  wb.modified = new Date(Date.UTC(2017, 0, 15));

  const intro = wb.addWorksheet('Instruktion');
  intro.getCell('A1').value = 'Samlad spridningslogg Region Exempel';
  intro.getCell('A3').value = 'Uppdateras löpande av samordnaren.';

  const overall = wb.addWorksheet('Övergripande plan');
  ['Utbildning', 'Verksamhet', 'Namn', 'E-post', 'Antal personer att nå', 'Period'].forEach(
    (h, i) => (overall.getCell(1, i + 1).value = h),
  );
  overall.addRow([
    'HiS6',
    'Vårdcentralen Norr',
    'Anna Lindqvist',
    'anna.lindqvist@example.se',
    30,
    'vt 2017',
  ]);
  overall.addRow(['HiS9', 'Vårdcentralen Syd', 'Bo Ek', 'bo.ek@example.se', '20', 'vt 2017']);

  const contacts = wb.addWorksheet('2 Saml kontaktuppgifter', { views: [{ state: 'frozen', ySplit: 3 }] });
  contacts.getCell('A1').value = 'Kontaktuppgifter spridningsledare';
  contacts.getCell('A1').font = { bold: true };
  [
    'Namn',
    'Befattning',
    'Verksamhet',
    'Region',
    'Mejl',
    'Tfn',
    'Utbildningar',
    'Plan inkommen',
    'Påmind (datum)',
  ].forEach((h, i) => (contacts.getCell(3, i + 1).value = h));
  contacts.autoFilter = 'A3:I3';
  const people: Row[] = [
    [
      'Anna Lindqvist',
      'Kurator',
      'Vårdcentralen Norr',
      'Region Exempel',
      'anna.lindqvist@example.se',
      '070-111 11 11',
      'HiS6',
      d('2016-12-01'),
      null,
    ],
    [
      'Bo Ek',
      'Sjuksköterska',
      'Vårdcentralen Syd',
      'Region Exempel',
      'bo.ek@example.se',
      '070-222 22 22',
      'HiS9',
      d('2016-12-05'),
      d('2017-01-10'),
    ],
    ['Cilla Berg', 'Psykolog', 'BUP', 'Region Exempel', 'cilla.berg@example.se', '', 'HiS10', null, null],
  ];
  people.forEach((row, k) =>
    row.forEach((v, i) => {
      if (v === null) return;
      const c = contacts.getCell(4 + k, i + 1);
      c.value = v;
      if (v instanceof Date) c.numFmt = 'yyyy-mm-dd';
    }),
  );

  activitySheet(wb, '3.a Saml pers spr-plan PLAN', 'Samlad spridningslogg – PLAN', [
    [
      'Anna Lindqvist',
      'HiS6',
      'ringt 12/12',
      'Kuratorer',
      'Föreläsning',
      'Vårdcentralen Norr',
      d('2017-02-10'),
      15,
      null,
      null,
      null,
      '',
      'ja',
    ],
    [
      'Anna Lindqvist',
      'HiS6',
      null,
      'Sjuksköterskor',
      'Workshop',
      'Vårdcentralen Norr',
      'v. 12',
      10,
      null,
      null,
      null,
      'ca 10',
      null,
    ],
    null,
    [
      'Bo Ek',
      'HiS9',
      'viktig',
      'Läkare',
      'APT',
      'Vårdcentralen Syd',
      d('2017-03-01'),
      20,
      null,
      null,
      null,
      '',
      'ja',
    ],
    [
      'Bo Ek',
      'HiS9',
      null,
      'Undersköterskor',
      'Föreläsning',
      'Vårdcentralen Syd',
      'mars 2017',
      12,
      null,
      null,
      null,
      '',
      null,
    ],
    null,
    // Hand-typed by the coordinator: a person who sent no plan file.
    [
      'Cilla Berg',
      'HiS10',
      'inskrivet för hand',
      'Elevhälsan',
      'Handledning',
      'BUP',
      'ht 2017',
      8,
      null,
      null,
      null,
      'muntligt',
      null,
    ],
  ]);
  activitySheet(wb, '3.b Saml pers spr-plan ÅTERRAP1', 'Samlad spridningslogg – Återrapportering 1', [
    [
      'Bo Ek',
      'HiS9',
      null,
      'Läkare',
      'APT',
      'Vårdcentralen Syd',
      d('2017-01-20'),
      20,
      'Genomförd',
      d('2017-01-20'),
      18,
      '',
      'ja',
    ],
  ]);
  activitySheet(wb, '3.c Saml pers spr-plan ÅTERRAP2', 'Samlad spridningslogg – Återrapportering 2', []);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  const out = path.join(__dirname, '..', 'test', 'fixtures', 'workbooks', 'lived-in.xlsx');
  buildLivedIn()
    .then((buf) => {
      fs.writeFileSync(out, buf);
      console.log(`Wrote ${out} (${buf.length} bytes)`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
