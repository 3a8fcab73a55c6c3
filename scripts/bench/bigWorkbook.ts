// A large coordinator's workbook for the file benchmark: years of logs in six tabs (text-heavy
// rows: names, trainings, units, comments, dates, numbers, formulas), shared strings, styles,
// and one tab with 50,000 merged areas — about 10 MB as an .xlsx. Written part by part with
// fflate, deterministically (the same bytes every run).
import { strToU8, zipSync } from 'fflate';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const FIRST = [
  'Anna',
  'Bo',
  'Cecilia',
  'David',
  'Eva',
  'Fredrik',
  'Greta',
  'Hassan',
  'Ingrid',
  'Johan',
  'Karin',
  'Leila',
  'Maria',
  'Nils',
  'Olof',
  'Petra',
];
const LAST = [
  'Lindqvist',
  'Ek',
  'Berg',
  'Johansson',
  'Ström',
  'Nilsson',
  'Holm',
  'Ahmed',
  'Karlsson',
  'Svensson',
  'Andersson',
  'Hussein',
  'Persson',
  'Lund',
  'Sandberg',
  'Åberg',
];
const UNITS = [
  'Vårdcentralen Källby',
  'BUP Lidköping',
  'Elevhälsan Skara',
  'Psykiatrin Skövde',
  'Akuten NÄL',
  'Vårdcentralen Norr',
];
const TRAININGS = [
  'HiS1',
  'HiS2',
  'HiS4',
  'HiS5',
  'HiS6',
  'HiS7',
  'HiS8',
  'HiS9',
  'HiS10',
  'HiS11',
  'HiS12',
  'HiS13',
];

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A pseudo-random generator with a fixed seed (the workbook is the same every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface BigWorkbook {
  bytes: Uint8Array;
  sheets: string[];
  rows: number;
  cells: number;
  merges: number;
  sharedStrings: number;
}

export function bigWorkbook(rowsPerSheet = 25_000, mergedAreas = 50_000): BigWorkbook {
  const rnd = random(20170210);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  const names = [
    '2. Saml kontaktuppg',
    '3.a Saml pers spr-plan PLAN',
    '3.b Saml pers spr-plan ÅTERRAP1',
    '3.c Saml pers spr-plan ÅTERRAP2',
    'Arkiv 2016',
    'Tabell',
  ];
  let cells = 0;
  names.forEach((_name, k) => {
    const parts: string[] = [];
    const merges: string[] = [];
    const rows = k === 5 ? mergedAreas : rowsPerSheet;
    for (let r = 1; r <= rows; r++) {
      let line = `<row r="${r}">`;
      if (k === 5) {
        // Two cells a row, merged across three columns: a layout tab.
        line += `<c r="A${r}" t="s"><v>${sst(`Rubrik ${r % 997}`)}</v></c><c r="D${r}"><v>${r}</v></c>`;
        merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
        cells += 2;
      } else {
        const person = `${pick(FIRST)} ${pick(LAST)}`;
        const values = [
          `<c r="A${r}" s="1" t="s"><v>${sst(person)}</v></c>`,
          `<c r="B${r}" t="s"><v>${sst(pick(TRAININGS))}</v></c>`,
          `<c r="C${r}" t="s"><v>${sst(`Aktivitet ${Math.floor(rnd() * 5000)}`)}</v></c>`,
          `<c r="D${r}" t="s"><v>${sst(pick(['Sjuksköterskor', 'Läkare', 'Undersköterskor', 'Kuratorer', 'Hela personalgruppen']))}</v></c>`,
          `<c r="E${r}" t="s"><v>${sst(pick(UNITS))}</v></c>`,
          `<c r="F${r}" s="2"><v>${42600 + Math.floor(rnd() * 500)}</v></c>`,
          `<c r="G${r}"><v>${1 + Math.floor(rnd() * 40)}</v></c>`,
          `<c r="H${r}" t="s"><v>${sst(pick(['Genomförd', 'Planerad', 'Inställd', 'Ej genomförd']))}</v></c>`,
          `<c r="I${r}" s="2"><v>${42700 + Math.floor(rnd() * 300)}</v></c>`,
          `<c r="J${r}"><f>IF(H${r}="Genomförd",G${r},0)</f><v>${Math.floor(rnd() * 40)}</v></c>`,
          `<c r="K${r}" t="s"><v>${sst(`Kommentar ${Math.floor(rnd() * 20000)}: ${person} ringde om ${pick(TRAININGS)} i ${pick(UNITS)}`)}</v></c>`,
          `<c r="L${r}" t="inlineStr"><is><t>Uppföljt ${r}</t></is></c>`,
        ];
        line += values.join('');
        cells += values.length;
      }
      parts.push(`${line}</row>`);
    }
    const mergeXml = merges.length
      ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`
      : '';
    const cols = Array.from(
      { length: 12 },
      (_, c) => `<col min="${c + 1}" max="${c + 1}" width="${14 + c}" customWidth="1"/>`,
    ).join('');
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
      `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:${colName(11)}${rows}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${parts.join('')}</sheetData>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
  });
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  files['xl/sharedStrings.xml'] = strToU8(
    `${HEAD}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    `${HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${R}"><bookViews><workbookView/></bookViews><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
  );
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  const bytes = zipSync(ordered, { level: 6 });
  return {
    bytes,
    sheets: names,
    rows: rowsPerSheet * 5 + mergedAreas,
    cells,
    merges: mergedAreas,
    sharedStrings: strings.length,
  };
}
