// Reading the overall spread plan (Övergripande spridningsplan) from a sheet's values: who
// shall spread which training in which unit, to how many people — from the plan as
// coordinators keep it (docs/domain.md, "Overall plans as they come").
//
// Only a row with a person's name and something assigned to them is an assignment. Every other
// row with content is either part of the table's layout (a training heading, a subtotal or total,
// a repeated header) or reported as skipped, with where and why: a note, a signature, a date,
// an instruction, a text that is no name, a name with nothing assigned, another table.
import type { CellGrid, CellValue } from '../headers/cell';
import { OVERALL_HEADERS } from '../headers/columns';
import { findHeader } from '../headers/findHeader';
import { a1 } from '../log/a1';
import { isBlankCell, isRepeatedHeader, isTotalsRow } from '../log/rowKinds';
import { msg } from '../messages';
import type { OverallAssignment, OverallColumn, Problem, Settings, TrainingReading } from '../model';
import { looksLikeName } from '../names/looksLikeName';
import { readNumber } from '../values/number';
import { cleanText } from '../values/text';
import { readTraining } from '../values/training';
import { headerRowKind } from './headerRows';
import { fillMerged } from './merges';
import { isNote } from './notes';

export interface OverallPlanReading {
  assignments: OverallAssignment[];
  problems: Problem[];
}

type Columns = Partial<Record<OverallColumn, number>>;

/** Columns whose value, written once over several rows, belongs to each row of the group. */
const GROUP_COLUMNS: OverallColumn[] = ['training', 'unit', 'period'];

/** Columns that assign something to the person on the row. */
const ASSIGNING: OverallColumn[] = ['training', 'unit', 'goal', 'period', 'email'];

/** A note's text in a message: its cells joined, cut short. */
const NOTE_CHARS = 120;

/** Excel's day numbers of 2000-01-01 and 2100-01-01: a whole number between them in a row of its own is a date. */
const DAY_2000 = 36526;
const DAY_2100 = 73051;

function isDateOrNote(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= DAY_2000 && v < DAY_2100;
  return typeof v === 'string' && isNote(v);
}

function headerText(column: OverallColumn): string {
  return OVERALL_HEADERS.find((d) => d.column === column)?.header ?? column;
}

/** Reading one sheet: the columns of the table being read, what is carried down, and the output. */
class SheetReader {
  readonly assignments: OverallAssignment[] = [];
  readonly problems: Problem[] = [];
  private columns: Columns;
  private headerCells: readonly CellValue[];
  /** The last value written in each group column and the cell it was written in. */
  private carried: Partial<Record<OverallColumn, { value: CellValue; cell: string }>> = {};
  /** The previous row with content was an assignment or a heading of the same block. */
  private inBlock = false;
  /** Inside another kind of table, until the next overall-plan header. */
  private otherTable = false;
  /** Goals since the last heading, sum or note, and since the header: an unlabelled subtotal or total equals them. */
  private blockGoal = 0;
  private tableGoal = 0;

  constructor(
    private readonly grid: CellValue[][],
    private readonly sheet: string,
    private readonly firstRow: number,
    private readonly firstCol: number,
    private readonly settings: Settings,
    columns: Columns,
    headerRow: number,
  ) {
    this.columns = columns;
    this.headerCells = grid[headerRow] ?? [];
  }

  private excelRow(r: number): number {
    return this.firstRow + r;
  }

  private cellOf(r: number, c: OverallColumn): string | undefined {
    const i = this.columns[c];
    return i === undefined ? undefined : a1(this.excelRow(r), this.firstCol + i);
  }

  private raw(row: readonly CellValue[], c: OverallColumn): CellValue {
    const i = this.columns[c];
    return i === undefined ? '' : (row[i] ?? '');
  }

  private has(row: readonly CellValue[], c: OverallColumn): boolean {
    return !isBlankCell(this.raw(row, c));
  }

  private report(problem: Problem): void {
    this.problems.push(problem);
  }

  private where(r: number, column?: OverallColumn): Problem['where'] {
    return {
      source: this.sheet,
      row: this.excelRow(r),
      ...(column
        ? { column: headerText(column), cell: this.cellOf(r, column) ?? a1(this.excelRow(r), this.firstCol) }
        : {}),
    };
  }

  private endBlock(): void {
    this.carried = {};
    this.inBlock = false;
    this.blockGoal = 0;
  }

  private note(r: number, row: readonly CellValue[]): void {
    const text = row
      .map((v) => cleanText(v))
      .filter((t) => t !== '')
      .join(' · ');
    this.report({
      code: 'overall-row-note',
      severity: 'info',
      message: msg('overall-row-note', {
        sheet: this.sheet,
        row: this.excelRow(r),
        text: text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS - 1)}…` : text,
      }),
      where: { source: this.sheet, row: this.excelRow(r) },
    });
    this.endBlock();
  }

  /** The one text of a row that holds nothing else (a heading merged across the table). */
  private loneText(row: readonly CellValue[]): CellValue | null {
    const filled = row.filter((v) => !isBlankCell(v));
    return filled.length === 1 && typeof filled[0] === 'string' ? filled[0] : null;
  }

  private isTrainingHeading(text: CellValue): boolean {
    const t = readTraining(text, this.settings.catalogue);
    return t.code !== null || t.candidates !== undefined;
  }

  /** A heading row starts a block: its training (and unit, period) belong to the rows below it. */
  private heading(r: number, row: readonly CellValue[], text: CellValue): void {
    this.endBlock();
    this.carry(r, row);
    if (text !== this.raw(row, 'training')) {
      const col = row.indexOf(text);
      this.carried.training = { value: text, cell: a1(this.excelRow(r), this.firstCol + col) };
    }
    this.inBlock = true;
  }

  private carry(r: number, row: readonly CellValue[]): void {
    for (const c of GROUP_COLUMNS)
      if (this.has(row, c)) this.carried[c] = { value: this.raw(row, c), cell: this.cellOf(r, c)! };
  }

  /** Reads row r (0-based in the grid). */
  read(r: number): void {
    const row = this.grid[r] ?? [];
    if (row.every((v) => isBlankCell(v))) {
      this.inBlock = false;
      return;
    }
    const header = headerRowKind(row);
    if (
      header?.kind === 'overall' ||
      (!this.otherTable && isRepeatedHeader(row, this.headerCells, this.mapped()))
    ) {
      // A repeated header, or the header of a second overall-plan table: read on with its columns.
      if (header?.kind === 'overall') {
        this.columns = header.columns;
        this.headerCells = row;
      }
      this.otherTable = false;
      this.endBlock();
      this.tableGoal = 0;
      return;
    }
    if (header?.kind === 'other') {
      this.otherTable = true;
      this.report({
        code: 'overall-other-table',
        severity: 'info',
        message: msg('overall-other-table', { sheet: this.sheet, row: this.excelRow(r) }),
        where: { source: this.sheet, row: this.excelRow(r) },
      });
      this.endBlock();
      return;
    }
    if (this.otherTable) return;
    // A training heading merged across the table (or standing alone in any column).
    const lone = this.loneText(row);
    if (lone !== null && this.isTrainingHeading(lone)) {
      this.heading(r, row, lone);
      return;
    }
    if (this.mapped().every((c) => isBlankCell(row[c]))) {
      // Nothing in the plan's own columns. A note in the coordinator's extra columns of the table
      // is reported; anything beside the table, or a number alone (an empty template row's Nr), is not.
      if (this.tableColumns().some((c) => typeof row[c] === 'string' && isNote(row[c]))) this.note(r, row);
      else this.inBlock = false;
      return;
    }
    // "Summa", "Totalt": in any column but free text ones, or anywhere on a row without a person.
    if (isTotalsRow(row, this.columns) || (!this.has(row, 'person') && isTotalsRow(row))) {
      this.endBlock();
      return;
    }
    const person = cleanText(this.raw(row, 'person'));
    if (person === '') this.withoutPerson(r, row);
    else this.withPerson(r, row, person);
  }

  /** The table's columns: every column with a header text (the plan's and the coordinator's own). */
  private tableColumns(): number[] {
    const out: number[] = [];
    this.headerCells.forEach((v, c) => {
      if (!isBlankCell(v)) out.push(c);
    });
    return out;
  }

  private mapped(): number[] {
    return Object.values(this.columns).filter((c): c is number => c !== undefined);
  }

  private withoutPerson(r: number, row: readonly CellValue[]): void {
    // Only notes and dates on the row (who changed the plan and when, an instruction).
    const filled = row.filter((v) => !isBlankCell(v));
    if (filled.every((v) => isDateOrNote(v) && !this.isTrainingHeading(v))) {
      this.note(r, row);
      return;
    }
    const goal = readNumber(this.raw(row, 'goal'));
    if (goal.kind !== 'empty') {
      const others = ASSIGNING.filter((c) => c !== 'goal' && this.has(row, c));
      // An unlabelled subtotal or total: only a number, equal to the goals above it.
      if (
        others.length === 0 &&
        goal.value !== null &&
        goal.value > 0 &&
        (goal.value === this.blockGoal || goal.value === this.tableGoal)
      ) {
        this.endBlock();
        return;
      }
      this.carry(r, row);
      this.inBlock = true;
      this.report({
        code: 'overall-goal-without-person',
        severity: 'warning',
        message: msg('overall-goal-without-person', {
          sheet: this.sheet,
          row: this.excelRow(r),
          cell: this.cellOf(r, 'person')!,
        }),
        where: this.where(r, 'person'),
      });
      return;
    }
    // A training heading in the training column (a training we do not know is still a heading,
    // unless it reads as a note: its people get an unknown-training problem each).
    const own = this.raw(row, 'training');
    if (!isBlankCell(own) && (this.isTrainingHeading(own) || !isNote(own))) {
      this.heading(r, row, own);
      return;
    }
    // A unit or period written once over its block.
    const texts = row.filter((v) => !isBlankCell(v));
    if ((this.has(row, 'unit') || this.has(row, 'period')) && !texts.some((v) => isNote(v))) {
      this.carry(r, row);
      this.inBlock = true;
      return;
    }
    this.note(r, row);
  }

  private withPerson(r: number, row: readonly CellValue[], person: string): void {
    if (!looksLikeName(person)) {
      const rest = ASSIGNING.filter((c) => this.has(row, c));
      if (rest.length === 0 && isNote(person)) {
        this.note(r, row);
        return;
      }
      this.carry(r, row);
      this.report({
        code: 'overall-row-not-a-name',
        severity: 'warning',
        message: msg('overall-row-not-a-name', {
          sheet: this.sheet,
          row: this.excelRow(r),
          cell: this.cellOf(r, 'person')!,
          text: person,
        }),
        where: this.where(r, 'person'),
      });
      return;
    }
    // A name with a date or a note where a goal, unit or e-mail would be, or away from any block
    // beside a date or a note, is a signature ("Karin Berg | 2017-01-15"), not an assignment.
    const own = (['goal', 'unit', 'email'] as OverallColumn[]).filter((c) => this.has(row, c));
    const signed =
      !this.has(row, 'training') &&
      ((own.length > 0 && own.every((c) => isDateOrNote(this.raw(row, c)))) ||
        (!this.inBlock && row.some((v, i) => i !== this.columns.person && isDateOrNote(v))));
    if (signed) {
      this.note(r, row);
      return;
    }
    const ownAssigning = ASSIGNING.some((c) => this.has(row, c));
    const training = this.has(row, 'training') ? this.raw(row, 'training') : this.carried.training?.value;
    // A name on its own is an assignment only inside a block, under its training.
    if (!ownAssigning && (!this.inBlock || training === undefined)) {
      this.report({
        code: 'overall-row-name-only',
        severity: 'warning',
        message: msg('overall-row-name-only', {
          sheet: this.sheet,
          row: this.excelRow(r),
          cell: this.cellOf(r, 'person')!,
          person,
        }),
        where: this.where(r, 'person'),
      });
      return;
    }
    this.carry(r, row);
    this.inBlock = true;
    this.assignment(r, row, person);
  }

  private assignment(r: number, row: readonly CellValue[], person: string): void {
    const cells: Partial<Record<OverallColumn, string>> = {};
    for (const c of Object.keys(this.columns) as OverallColumn[]) cells[c] = this.cellOf(r, c);
    const group = (c: OverallColumn): CellValue => {
      const v = this.carried[c];
      if (v === undefined) return '';
      cells[c] = v.cell;
      return v.value;
    };
    const training = readTraining(group('training'), this.settings.catalogue);
    const goal = readNumber(this.raw(row, 'goal'));
    const excelRow = this.excelRow(r);
    this.assignments.push({
      training,
      unit: cleanText(group('unit')),
      person,
      email: cleanText(this.raw(row, 'email')),
      goal,
      period: cleanText(group('period')),
      comment: cleanText(this.raw(row, 'comment')),
      sheet: this.sheet,
      row: excelRow,
      cells,
    });
    if (goal.value !== null) {
      this.blockGoal += goal.value;
      this.tableGoal += goal.value;
    }
    const trainingCell = cells.training ?? cells.person ?? a1(excelRow, this.firstCol);
    const at = { source: this.sheet, row: excelRow, column: headerText('training'), cell: trainingCell };
    this.trainingProblem(training, person, excelRow, trainingCell, at);
    if (goal.kind === 'unreadable')
      this.report({
        code: 'overall-unreadable-goal',
        severity: 'warning',
        message: msg('overall-unreadable-goal', {
          sheet: this.sheet,
          row: excelRow,
          person,
          text: goal.raw,
          cell: cells.goal!,
        }),
        where: { source: this.sheet, row: excelRow, column: headerText('goal'), cell: cells.goal },
      });
  }

  private trainingProblem(
    training: TrainingReading,
    person: string,
    row: number,
    cell: string,
    where: Problem['where'],
  ): void {
    const base = { sheet: this.sheet, row, cell };
    if (training.raw === '')
      this.report({
        code: 'overall-missing-training',
        severity: 'warning',
        message: msg('overall-missing-training', { ...base, person }),
        where,
      });
    else if (training.code === null && training.candidates !== undefined && training.candidates.length > 0)
      this.report({
        code: 'overall-ambiguous-training',
        severity: 'warning',
        message: msg('overall-ambiguous-training', {
          ...base,
          text: training.raw,
          candidates: training.candidates,
        }),
        where,
      });
    else if (training.code === null)
      this.report({
        code: 'overall-unknown-training',
        severity: 'warning',
        message: msg('overall-unknown-training', { ...base, text: training.raw }),
        where,
      });
  }
}

/**
 * The assignments of an overall plan, and what was skipped and why. Tolerates title and
 * instruction rows, header variants, another column order, extra columns, merged cells
 * (`merges`: the sheet's merged areas as A1 ranges), a training written once on a row of its own
 * or over its block (filled down to the rows that have a person), blank separator rows,
 * subtotal and total rows (labelled or not), notes, dates and signatures below or beside the
 * table, a second table on the sheet, and goals stored as text.
 *
 * @param firstRow 1-based Excel row of values[0]
 * @param firstCol 0-based Excel column of values[i][0]
 * @param stored   the user's remembered header texts per column
 */
export function readOverallPlan(
  values: CellGrid,
  merges: string[],
  sheet: string,
  firstRow: number,
  firstCol: number,
  settings: Settings,
  stored?: Partial<Record<OverallColumn, string>>,
): OverallPlanReading {
  const header = findHeader(values, 'overall', stored);
  if (header === null)
    return {
      assignments: [],
      problems: [
        {
          code: 'overall-no-header',
          severity: 'error',
          message: msg('overall-no-header', { sheet }),
          where: { source: sheet },
        },
      ],
    };
  const problems: Problem[] = [];
  // Without a training column the trainings can still come from heading rows above each block.
  const missing = (['training', 'person', 'goal'] as OverallColumn[]).filter(
    (c) => header.columns[c] === undefined,
  );
  const missingColumns = (columns: OverallColumn[]): Problem => ({
    code: 'overall-missing-column',
    severity: 'error',
    message: msg('overall-missing-column', {
      sheet,
      row: firstRow + header.headerRow,
      columns: columns.map(headerText),
    }),
    where: { source: sheet, row: firstRow + header.headerRow, column: headerText(columns[0]) },
  });
  if (header.columns.person === undefined) return { assignments: [], problems: [missingColumns(missing)] };

  // A training, unit, period or person merged over the rows of its block belongs to each of them.
  const filled = new Set(
    [...GROUP_COLUMNS, 'person' as const]
      .map((c) => header.columns[c])
      .filter((c): c is number => c !== undefined),
  );
  const grid = fillMerged(values, merges, firstRow, firstCol, filled);
  const reader = new SheetReader(grid, sheet, firstRow, firstCol, settings, header.columns, header.headerRow);
  for (let r = header.headerRow + 1; r < grid.length; r++) reader.read(r);

  const stillMissing = missing.filter(
    (c) => c !== 'training' || reader.assignments.every((a) => a.training.raw === ''),
  );
  if (stillMissing.length > 0) problems.push(missingColumns(stillMissing));
  return { assignments: reader.assignments, problems: [...problems, ...reader.problems] };
}
