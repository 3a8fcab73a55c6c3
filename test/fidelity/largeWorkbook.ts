// A large, realistic Samlad spridningslogg for tests of bounded reading (issue 18, point 5):
// about 10 MB on disk with the defaults, the log's tabs with 60,000 activity rows each, shared
// strings, dates and numbers, and over 50,000 merged ranges (a history sheet with one per row,
// block labels in the log tabs). Written as OOXML by hand and deflated as it is produced
// (fflate's streaming zip, level 1 for speed), so making it takes seconds and little memory;
// nothing is committed. The same seed gives the same file.
import * as fs from 'node:fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { TAB_NAMES } from '../../src/core/tabs';
import { templateHeaders } from '../../src/core/headers/columns';
import { colLetter } from '../../src/core/log/a1';

export interface LargeWorkbookOptions {
  /** Activity rows in each of the tabs 3.a, 3.b and 3.c. */
  activityRows?: number;
  /** Merged ranges in the sheet "Historik" (one per row, A:C). */
  mergedRanges?: number;
  seed?: number;
}

export interface LargeWorkbook {
  bytes: number;
  activityRows: number;
  mergedRanges: number;
  people: number;
  sheets: string[];
}

/** The defaults give a file of about 10 MB. */
export const LARGE_DEFAULTS: Required<LargeWorkbookOptions> = {
  activityRows: 60_000,
  mergedRanges: 50_000,
  seed: 18,
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Bo',
  'Cecilia',
  'David',
  'Eva',
  'Fatima',
  'Gustav',
  'Hanna',
  'Ibrahim',
  'Johan',
  'Karin',
  'Lars',
  'Maria',
  'Nils',
  'Olivia',
  'Per',
  'Sara',
  'Tove',
  'Ulf',
  'Yasmin',
];
const LAST = [
  'Andersson',
  'Berg',
  'Ek',
  'Hassan',
  'Holm',
  'Johansson',
  'Karlsson',
  'Lindqvist',
  'Nilsson',
  'Persson',
  'Svensson',
  'Ali',
  'Öberg',
  'Åström',
  'Lund',
  'Sjöberg',
  'Wallin',
  'Nyström',
];
const TRAININGS = [
  'HiS1 Vad hela organisationen bör veta!',
  'HiS2 Hälsoinformation och hälsostöd för asylsökande och nyanlända',
  'HiS4 Nyanlända som resurs',
  'HiS5 Förstärkta arbetssätt för hälsoundersökningar',
  'HiS6 Migration och psykisk hälsa – grundkurs',
  'HiS9 Migration och psykisk hälsa – för primärvården',
  'HiS10 Migration och psykisk hälsa – för elevhälsan',
  'HiS12 Att leda gruppverksamhet och förändringsarbete vid nya arbetssätt',
];
const ACTIVITIES = [
  'Föreläsning',
  'Workshop',
  'Seminarium',
  'Utbildningsdag',
  'Handledning',
  'APT',
  'Webbinarium',
];
const GROUPS = [
  'Sjuksköterskor',
  'Läkare',
  'Kuratorer',
  'Psykologer',
  'Undersköterskor',
  'Alla medarbetare',
  'Chefer',
];
const PLACES = ['Vårdcentralen', 'BUP', 'Psykiatrin', 'Elevhälsan', 'Mottagningen', 'Ungdomsmottagningen'];
const TOWNS = [
  'Skövde',
  'Lidköping',
  'Falköping',
  'Mariestad',
  'Borås',
  'Trollhättan',
  'Uddevalla',
  'Alingsås',
  'Herrljunga',
  'Tidaholm',
];
const TITLES = [
  'Sjuksköterska',
  'Läkare',
  'Kurator',
  'Psykolog',
  'Undersköterska',
  'Enhetschef',
  'Skolsköterska',
];
const STATUS = ['Genomförd', 'Ej genomförd', 'Planerad', 'Inställd'];
const WORDS = [
  'flyttad',
  'ny',
  'tid',
  'lokal',
  'bokad',
  'efter',
  'sportlovet',
  'påmind',
  'grupp',
  'två',
  'tillfällen',
  'anmälan',
  'via',
  'chef',
  'inställd',
  'sjukdom',
  'dubbelbokad',
  'vecka',
  'kontakt',
  'tolk',
];

/** Shared strings: an index for each distinct text, in first-use order. */
class Strings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }
}

/** Writes the workbook to `file`; resolves with what it holds. */
export function writeLargeWorkbook(file: string, options: LargeWorkbookOptions = {}): Promise<LargeWorkbook> {
  const { activityRows, mergedRanges, seed } = { ...LARGE_DEFAULTS, ...options };
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const strings = new Strings();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const status: { error: Error | null } = { error: null };
  const zip = new Zip((err, chunk) => {
    if (err) status.error = err;
    else {
      chunks.push(chunk);
      bytes += chunk.length;
    }
  });
  const part = (name: string, text: string) => {
    const f = new ZipDeflate(name, { level: 1 });
    zip.add(f);
    f.push(strToU8(text), true);
  };
  /** A part written in pieces: pieces are deflated as they come. */
  const streamed = (name: string) => {
    const f = new ZipDeflate(name, { level: 1 });
    zip.add(f);
    let buffer = '';
    return {
      write(s: string) {
        buffer += s;
        if (buffer.length > 1 << 20) {
          f.push(strToU8(buffer));
          buffer = '';
        }
      },
      end() {
        f.push(strToU8(buffer), true);
      },
    };
  };
  const s = (ref: string, text: string) => `<c r="${ref}" t="s"><v>${strings.id(text)}</v></c>`;
  const n = (ref: string, v: number, style = 0) =>
    `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;

  const people = Array.from({ length: 1500 }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''}`;
    return { name, unit: `${pick(PLACES)} ${pick(TOWNS)}`, training: pick(TRAININGS) };
  });

  const sheets = [
    TAB_NAMES.instructions,
    TAB_NAMES.overall,
    TAB_NAMES.contacts,
    TAB_NAMES.plan,
    TAB_NAMES.aterrap1,
    TAB_NAMES.aterrap2,
    'Historik',
  ];
  const header = (row: number, texts: string[]) =>
    `<row r="${row}">${texts.map((t, i) => s(`${colLetter(i)}${row}`, t)).join('')}</row>`;
  const sheetStart = (extra = '') =>
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${extra}<sheetData>`;

  // 0. Instruktioner
  part(
    'xl/worksheets/sheet1.xml',
    `${sheetStart()}<row r="1">${s('A1', 'Samlad spridningslogg – Region Västra Götaland (stor testbok)')}</row></sheetData></worksheet>`,
  );
  let merges = 0;
  // 1. Övergripande spridningsplan: one row per person.
  {
    const w = streamed('xl/worksheets/sheet2.xml');
    w.write(sheetStart());
    w.write(header(3, templateHeaders('overall')));
    people.forEach((p, i) => {
      const r = i + 4;
      w.write(
        `<row r="${r}">${s(`A${r}`, p.training.split(' ')[0])}${s(`B${r}`, p.unit)}${s(`C${r}`, p.name)}` +
          `${s(`D${r}`, `${p.name.toLowerCase().replace(/[^a-zåäö]+/g, '.')}@example.se`)}${n(`E${r}`, 5 + Math.floor(rnd() * 40))}${s(`F${r}`, 'VT 2017')}</row>`,
      );
    });
    w.write(`</sheetData><mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells></worksheet>`);
    w.end();
    merges += 1;
  }
  // 2. Saml kontaktuppg
  {
    const w = streamed('xl/worksheets/sheet3.xml');
    w.write(sheetStart());
    w.write(header(3, templateHeaders('contacts')));
    people.forEach((p, i) => {
      const r = i + 4;
      w.write(
        `<row r="${r}">${s(`A${r}`, p.name)}${s(`B${r}`, pick(TITLES))}${s(`C${r}`, p.unit)}` +
          `${s(`D${r}`, 'Västra Götalandsregionen')}${s(`E${r}`, `${p.name.toLowerCase().replace(/[^a-zåäö]+/g, '.')}@example.se`)}` +
          `${s(`F${r}`, `0${500 + Math.floor(rnd() * 400)}-${Math.floor(rnd() * 90 + 10)} ${Math.floor(rnd() * 90 + 10)} ${Math.floor(rnd() * 90 + 10)}`)}` +
          `${s(`G${r}`, p.training.split(' ')[0])}${n(`H${r}`, 42705 + Math.floor(rnd() * 120), 1)}</row>`,
      );
    });
    w.write('</sheetData></worksheet>');
    w.end();
  }
  // 3.a–3.c: the activities; every 40th row a merged "block" label in the coordinator's column L.
  for (const [k, kind] of (['plan', 'aterrap1', 'aterrap2'] as const).entries()) {
    const w = streamed(`xl/worksheets/sheet${4 + k}.xml`);
    w.write(
      sheetStart(
        '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>',
      ),
    );
    w.write(`<row r="1">${s('A1', `Samlade personliga spridningsplaner – ${kind}`)}</row>`);
    w.write(header(3, [...templateHeaders(kind), 'Block']));
    const blockMerges: string[] = [];
    for (let i = 0; i < activityRows; i++) {
      const r = i + 4;
      const p = people[Math.floor(i / 40) % people.length];
      const planned = 5 + Math.floor(rnd() * 30);
      const done = kind !== 'plan' && rnd() < 0.7;
      const day = 42736 + Math.floor(rnd() * 365);
      const comment =
        rnd() < 0.35 ? `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${Math.floor(rnd() * 1000)}` : null;
      w.write(
        `<row r="${r}">${s(`A${r}`, p.name)}${s(`B${r}`, p.training)}${s(`C${r}`, pick(ACTIVITIES))}${s(`D${r}`, pick(GROUPS))}${s(`E${r}`, p.unit)}` +
          `${n(`F${r}`, day, 1)}${n(`G${r}`, planned)}` +
          (kind === 'plan' ? '' : s(`H${r}`, done ? 'Genomförd' : pick(STATUS))) +
          (done ? `${n(`I${r}`, day, 1)}${n(`J${r}`, Math.max(0, planned - Math.floor(rnd() * 6)))}` : '') +
          (comment ? s(`K${r}`, comment) : '') +
          (i % 40 === 0 ? s(`L${r}`, `Block ${Math.floor(i / 40) + 1}`) : '') +
          '</row>',
      );
      if (i % 40 === 0) blockMerges.push(`<mergeCell ref="L${r}:L${Math.min(r + 39, activityRows + 3)}"/>`);
    }
    merges += blockMerges.length + 1;
    w.write(
      `</sheetData><autoFilter ref="A3:K${activityRows + 3}"/><mergeCells count="${blockMerges.length + 1}"><mergeCell ref="A1:F1"/>${blockMerges.join('')}</mergeCells></worksheet>`,
    );
    w.end();
  }
  // Historik: earlier years, every row's A:C merged.
  {
    const w = streamed('xl/worksheets/sheet7.xml');
    w.write(sheetStart());
    w.write(header(3, ['Händelse', '', '', 'Datum', 'Antal']));
    const refs: string[] = [];
    for (let i = 0; i < mergedRanges; i++) {
      const r = i + 4;
      w.write(
        `<row r="${r}">${s(`A${r}`, `${pick(ACTIVITIES)} ${pick(TOWNS)} ${2010 + (i % 7)}`)}${n(`D${r}`, 40179 + Math.floor(rnd() * 2500), 1)}${n(`E${r}`, Math.floor(rnd() * 60))}</row>`,
      );
      refs.push(`<mergeCell ref="A${r}:C${r}"/>`);
    }
    w.write(`</sheetData><mergeCells count="${refs.length}">`);
    for (let i = 0; i < refs.length; i += 5000) w.write(refs.slice(i, i + 5000).join(''));
    w.write('</mergeCells></worksheet>');
    w.end();
    merges += refs.length;
  }

  const sst = streamed('xl/sharedStrings.xml');
  sst.write(
    `${XML}<sst xmlns="${MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">`,
  );
  for (const t of strings.list) sst.write(`<si><t>${esc(t)}</t></si>`);
  sst.write('</sst>');
  sst.end();
  part(
    'xl/styles.xml',
    `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  part(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="3"/></bookViews><sheets>` +
      sheets.map((name, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets><definedNames>${[3, 4, 5].map((i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${esc(sheets[i])}'!$A$3:$K$${activityRows + 3}</definedName>`).join('')}</definedNames></workbook>`,
  );
  part(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  part(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const ws = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  part(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ws}.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ws}.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ws}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${ws}.styles+xml"/></Types>`,
  );
  zip.end();
  if (status.error) return Promise.reject(status.error);
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return fs.promises
    .writeFile(file, out)
    .then(() => ({ bytes, activityRows, mergedRanges: merges, people: people.length, sheets }));
}
