// Overall plans laid out as coordinators keep them, generated from a list of assignments and a
// layout: a title and instructions above the header, columns in any order with extra ones and
// header variants, the training on every row, once per block, on a heading row of its own, on a
// heading merged across the table or merged down its block (or no training column at all, only
// headings), blank separator rows, labelled or unlabelled subtotals and a total, goals as text,
// notes beside the table, notes, a date and a signature below it, and a second table under it.
// Each generated sheet says what a reader must find: the assignments, and the rows it must
// report as skipped.
import type { CellValue } from '../../../src/core/headers/cell';
import { a1 } from '../../../src/core/log/a1';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';

export interface PlannedAssignment {
  person: string;
  code: string;
  unit: string;
  goal: number;
  email: string;
}

export type TrainingStyle =
  'every-row' | 'first-of-block' | 'heading-row' | 'merged-heading' | 'merged-down' | 'headings-only';
export type TrainingText = 'code' | 'name' | 'name (code)' | 'code – name' | 'leading words';
export type SumStyle = 'none' | 'labelled' | 'unlabelled';

export interface Layout {
  /** Title and instruction rows above the header. */
  rowsAbove: number;
  /** The columns in order; 'nr' and 'phone' are the coordinator's own. */
  columns: Column[];
  variantHeaders: boolean;
  training: TrainingStyle;
  trainingText: TrainingText;
  blankBetweenBlocks: boolean;
  subtotals: SumStyle;
  total: SumStyle;
  goalsAsText: boolean;
  notesBeside: boolean;
  notesBelow: boolean;
  signatureBelow: boolean;
  secondTable: boolean;
}

export type Column =
  'training' | 'unit' | 'person' | 'email' | 'goal' | 'period' | 'comment' | 'nr' | 'phone';

export interface GeneratedSheet {
  values: CellValue[][];
  merges: string[];
  /** Every assignment, in sheet order, with the Excel row it is on. */
  expected: (PlannedAssignment & { row: number })[];
  /** Excel rows that must be reported as skipped (a note, a signature, the other table's header). */
  skipped: number[];
}

const HEADERS: Record<Column, [string, string]> = {
  training: ['Utbildning', 'Utbildningar'],
  unit: ['Verksamhet', 'Enhet'],
  person: ['Spridningsledare', 'Namn'],
  email: ['E-post', 'Mejl'],
  goal: ['Mål antal', 'Antal personer att nå'],
  period: ['Period', 'Tidsperiod'],
  comment: ['Kommentar', 'Övrigt'],
  nr: ['Nr', 'Nr'],
  phone: ['Telefon', 'Tfn'],
};

function trainingText(code: string, style: TrainingText): string {
  const def = DEFAULT_CATALOGUE.find((t) => t.code === code)!;
  switch (style) {
    case 'code':
      return code;
    case 'name':
      return def.name;
    case 'name (code)':
      return `${def.name} (${code})`;
    case 'code – name':
      return `${code} – ${def.name}`;
    case 'leading words':
      return LEADING[code] ?? def.name;
  }
}

/** Leading words of each name that point at that training only. */
const LEADING: Record<string, string> = {
  HiS1: 'Vad hela organisationen',
  HiS2: 'Hälsoinformation och hälsostöd',
  HiS4: 'Nyanlända som resurs',
  HiS5: 'Förstärkta arbetssätt',
  HiS6: 'Migration och psykisk hälsa – grundkurs',
  HiS7: 'Insatser vid trauma',
  HiS8: 'Lifespan',
  HiS9: 'Migration och psykisk hälsa – för primärvården',
  HiS10: 'Migration och psykisk hälsa – för elevhälsan',
  HiS11: 'Migration och psykisk hälsa – för specialistpsykiatrin',
  HiS12: 'Att leda gruppverksamhet',
  HiS13: 'Dag för chefer',
};

export function generateSheet(assignments: PlannedAssignment[], layout: Layout): GeneratedSheet {
  const cols =
    layout.training === 'headings-only' ? layout.columns.filter((c) => c !== 'training') : layout.columns;
  const width = cols.length;
  const at = (c: Column): number => cols.indexOf(c);
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const expected: GeneratedSheet['expected'] = [];
  const skipped: number[] = [];
  const excelRow = (): number => values.length + 1;
  const emptyRow = (): CellValue[] => Array<CellValue>(width + (layout.notesBeside ? 2 : 0)).fill('');
  const push = (row: CellValue[]): void => {
    values.push(row);
  };

  push(['Övergripande spridningsplan – Region Exempel', ...Array<CellValue>(width - 1).fill('')]);
  for (let i = 1; i < layout.rowsAbove; i++)
    push([
      i === 1 ? 'Fyll i en rad per spridningsledare och utbildning.' : '',
      ...Array<CellValue>(width - 1).fill(''),
    ]);
  if (layout.rowsAbove === 0) values.pop();
  push(cols.map((c) => HEADERS[c][layout.variantHeaders ? 1 : 0]));

  // Blocks of one training each, in the order the trainings first appear.
  const codes = [...new Set(assignments.map((a) => a.code))];
  let total = 0;
  let nr = 1;
  codes.forEach((code, b) => {
    const block = assignments.filter((a) => a.code === code);
    const text = trainingText(code, layout.trainingText);
    if (b > 0 && layout.blankBetweenBlocks) push(emptyRow());
    if (
      layout.training === 'heading-row' ||
      layout.training === 'merged-heading' ||
      layout.training === 'headings-only'
    ) {
      const row = emptyRow();
      const col = layout.training === 'heading-row' ? at('training') : 0;
      row[col] = text;
      if (layout.training !== 'heading-row') merges.push(`${a1(excelRow(), 0)}:${a1(excelRow(), width - 1)}`);
      push(row);
    }
    const first = excelRow();
    let sum = 0;
    block.forEach((a, i) => {
      const row = emptyRow();
      for (const c of cols) {
        const v: CellValue =
          c === 'training'
            ? layout.training === 'every-row' || i === 0
              ? layout.training === 'heading-row' || layout.training === 'merged-heading'
                ? ''
                : text
              : ''
            : c === 'unit'
              ? a.unit
              : c === 'person'
                ? a.person
                : c === 'email'
                  ? a.email
                  : c === 'goal'
                    ? layout.goalsAsText
                      ? String(a.goal)
                      : a.goal
                    : c === 'period'
                      ? 'vt 2017'
                      : c === 'comment'
                        ? i === 0
                          ? 'Ny i uppdraget'
                          : ''
                        : c === 'nr'
                          ? nr
                          : '070-123 45 67';
        row[at(c)] = v;
      }
      if (layout.notesBeside && i === 0) row[width + 1] = 'Uppdaterad 12/1';
      expected.push({ ...a, row: excelRow() });
      sum += a.goal;
      nr++;
      push(row);
    });
    if (layout.training === 'merged-down' && block.length > 1)
      merges.push(`${a1(first, at('training'))}:${a1(excelRow() - 1, at('training'))}`);
    total += sum;
    if (layout.subtotals !== 'none') {
      const row = emptyRow();
      if (layout.subtotals === 'labelled') row[at('person') === 0 ? 1 : 0] = `Summa ${code}`;
      row[at('goal')] = sum;
      push(row);
    }
  });
  if (layout.total !== 'none') {
    const row = emptyRow();
    if (layout.total === 'labelled') row[at('person') === 0 ? 1 : 0] = 'Totalt';
    row[at('goal')] = total;
    push(row);
  }
  if (layout.notesBeside) {
    const row = emptyRow();
    row[width + 1] = 'Målen är preliminära';
    push(row);
  }
  if (layout.notesBelow) {
    push(emptyRow());
    const note = emptyRow();
    note[0] = 'Senast ändrad 2017-01-15 av Karin Berg';
    skipped.push(excelRow());
    push(note);
    const instruction = emptyRow();
    instruction[at('person')] = 'Obs! Skicka planen till samordnaren senast 2/2.';
    skipped.push(excelRow());
    push(instruction);
  }
  if (layout.signatureBelow) {
    push(emptyRow());
    const sign = emptyRow();
    sign[at('person')] = 'Karin Berg, samordnare';
    sign[at('goal')] = 42750; // 15 Jan 2017 as Excel stores a date
    skipped.push(excelRow());
    push(sign);
  }
  if (layout.secondTable) {
    push(emptyRow());
    const header = emptyRow();
    header[0] = 'Namn';
    header[1] = 'E-post';
    header[2] = 'Telefon';
    skipped.push(excelRow());
    push(header);
    for (const [name, email] of [
      ['Karin Berg', 'karin.berg@example.se'],
      ['Per Ström', 'per.strom@example.se'],
    ]) {
      const row = emptyRow();
      row[0] = name;
      row[1] = email;
      row[2] = '010-123 45 67';
      push(row);
    }
  }
  return { values, merges, expected, skipped };
}

/** Realistic people: plain, with a title glued on, surname first. */
export const PEOPLE = [
  'Anna Lindqvist',
  'Bo Ek, kurator',
  'Cecilia Berg',
  'Holm, Sara',
  'David Öberg (psykolog)',
  'Erik Sund',
  'Fatima Al-Hassan',
  'Gunilla Ström',
  'Hassan Ali',
  'Ingrid af Klint',
];

export const UNITS = [
  'Vårdcentralen Norr',
  'BUP Söder',
  'Psykiatrin Öst',
  'Elevhälsan Västra skolan',
  'Asylhälsan',
];
