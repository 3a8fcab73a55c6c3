// The one interpreter: blocks (from .docx, clipboard HTML or clipboard text) → PersonalPlan.
// Finds the contact details (label/value tables or "Label: value" paragraphs), the personal-goal
// table and the activity table(s) by their wording, and reads every filled activity row.
import type {
  Activity,
  Contact,
  Goal,
  PersonalPlan,
  PlanSourceKind,
  Problem,
  Settings,
  TrainingReading,
  Where,
} from '../model';
import { ACTIVITY_LABELS } from '../headers/columns';
import { msg, type Message } from '../messages';
import { DEFAULT_SETTINGS } from '../settings';
import { readDate } from '../values/date';
import { readNumber } from '../values/number';
import { readStatus } from '../values/status';
import { displayName } from '../names/personKey';
import { parseName } from '../names/parseName';
import { cleanText, normaliseKey } from '../values/text';
import { readTraining, readTrainingList } from '../values/training';
import type { Block } from './blocks';
import type { ActivityField, ContactField, GoalField } from './headers';
import { activityField, contactField, goalField } from './headers';

/** Fields that identify an activity table (a goal table has only training, unit and number). */
const ACTIVITY_ONLY: ActivityField[] = [
  'activity',
  'targetGroup',
  'plannedDate',
  'status',
  'doneDate',
  'reached',
];
/** Columns Word's text/plain leaves empty under a vertical merge; filled down for pasted text. */
const FILL_DOWN: ActivityField[] = ['training', 'targetGroup', 'unit'];
const HEADER_SEARCH_ROWS = 4;
/** More table rows than any personal plan has: refused (a whole log or register pasted by mistake). */
export const MAX_TABLE_ROWS = 5000;
const INSTRUCTION =
  /^(exempel|ex\.|ex:|t\.ex|till exempel|fyll i|skriv |lägg till|ange |obs|observera|klicka|tips|instruktion)/i;

/** Column names in problem messages: the template's header texts. */
const COLUMN_NAMES: Record<ActivityField, string> = ACTIVITY_LABELS;
/** The contact field listing the trainings a person spreads. */
const TRAININGS_LABEL = 'Utbildningar att sprida';

type ColumnMap = Partial<Record<ActivityField, number>>;

function activityHeader(row: string[]): { map: ColumnMap; headers: string[] } | null {
  const map: ColumnMap = {};
  row.forEach((cell, i) => {
    const f = activityField(cell);
    if (f && map[f] === undefined) map[f] = i;
  });
  const fields = Object.keys(map) as ActivityField[];
  if (fields.length < 3) return null;
  if (map.training === undefined && map.activity === undefined) return null;
  if (!fields.some((f) => ACTIVITY_ONLY.includes(f))) return null;
  return { map, headers: row.map(cleanText) };
}

function goalHeader(row: string[]): Partial<Record<GoalField, number>> | null {
  if (
    row.some((c) => {
      const f = activityField(c);
      return f !== null && ACTIVITY_ONLY.includes(f);
    })
  )
    return null;
  const map: Partial<Record<GoalField, number>> = {};
  row.forEach((cell, i) => {
    const f = goalField(cell);
    if (f && map[f] === undefined) map[f] = i;
  });
  return map.training !== undefined && map.number !== undefined ? map : null;
}

/** A training no code was read from: the trainings it could be, when it fits several. */
function unknownTraining(
  training: TrainingReading,
  place: { table: number; row: number; column: string; inGoal: boolean },
): Message {
  return training.candidates?.length
    ? msg('plan-ambiguous-training', { text: training.raw, ...place, candidates: training.candidates })
    : msg('plan-unknown-training', { text: training.raw, ...place });
}

function isEmptyRow(row: string[]): boolean {
  return row.every((c) => cleanText(c) === '');
}

function isSumRow(row: string[]): boolean {
  const first = normaliseKey(row.find((c) => cleanText(c) !== '') ?? '');
  return first.startsWith('summa') || first.startsWith('totalt') || first === 'total' || first === 'sum';
}

function isInstructionRow(row: string[]): boolean {
  const filled = row.map(cleanText).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => INSTRUCTION.test(c));
}

class Reader {
  readonly problems: Problem[] = [];
  readonly contact: Contact = {
    name: '',
    title: '',
    unit: '',
    region: '',
    email: '',
    phone: '',
    trainingsRaw: '',
    trainings: [],
  };
  private contactRaw: Partial<Record<ContactField, string>> = {};
  readonly goals: Goal[] = [];
  readonly activities: Activity[] = [];
  private personColumn: string[] = [];
  private foundActivityTable = false;

  constructor(
    private readonly source: { kind: PlanSourceKind; name: string },
    private readonly settings: Settings,
  ) {}

  private where(table: number, row: number, column?: string): Where {
    return column === undefined
      ? { source: this.source.name, table, row }
      : { source: this.source.name, table, row, column };
  }

  private add(code: string, severity: Problem['severity'], message: Message, where: Where): void {
    this.problems.push({ code, severity, message, where });
  }

  setContact(field: ContactField, raw: string): void {
    if (this.contactRaw[field] !== undefined && cleanText(this.contactRaw[field]) !== '') return;
    this.contactRaw[field] = raw;
  }

  /** Label/value pairs of a table row: [label, value, label, value, …]. Returns how many were read. */
  labelRow(row: string[]): number {
    let n = 0;
    for (let k = 0; k + 1 < row.length; k += 2) {
      const f = contactField(row[k]);
      if (f) {
        this.setContact(f, row[k + 1]);
        n++;
      }
    }
    return n;
  }

  paragraph(text: string): void {
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const f = contactField(line.slice(0, colon));
      if (f) this.setContact(f, line.slice(colon + 1));
    }
  }

  goalTable(
    rows: string[][],
    headerRow: number,
    map: Partial<Record<GoalField, number>>,
    table: number,
  ): void {
    for (let r = headerRow + 1; r < rows.length; r++) {
      const row = rows[r];
      if (isEmptyRow(row) || isSumRow(row) || isInstructionRow(row)) continue;
      const cell = (f: GoalField) => (map[f] === undefined ? '' : (row[map[f]] ?? ''));
      const rowNo = r - headerRow + 1;
      const goal: Goal = {
        training: readTraining(cell('training'), this.settings.catalogue),
        unit: cleanText(cell('unit')),
        number: readNumber(cell('number')),
      };
      if (goal.training.raw !== '' && goal.training.code === null) {
        const column = cleanText(rows[headerRow][map.training ?? 0]);
        this.add(
          'unknown-training',
          'warning',
          unknownTraining(goal.training, { table, row: rowNo, column, inGoal: true }),
          this.where(table, rowNo, column),
        );
      }
      if (goal.number.kind === 'unreadable') {
        const column = cleanText(rows[headerRow][map.number ?? 0]);
        this.add(
          'unreadable-number',
          'warning',
          msg('plan-unreadable-number', { text: goal.number.raw, table, row: rowNo, column, inGoal: true }),
          this.where(table, rowNo, column),
        );
      }
      this.goals.push(goal);
    }
  }

  activityTable(rows: string[][], headerRow: number, map: ColumnMap, headers: string[], table: number): void {
    this.foundActivityTable = true;
    const last: Partial<Record<ActivityField, string>> = {};
    for (let r = headerRow + 1; r < rows.length; r++) {
      const row = rows[r].map(cleanText);
      if (isEmptyRow(row) || isSumRow(row) || this.repeatsHeader(row, map)) continue;
      const rowNo = headerRow < 0 ? r + 1 : r - headerRow + 1;
      if (isInstructionRow(row)) {
        this.add(
          'instruction-row-skipped',
          'info',
          msg('plan-instruction-row-skipped', { table, row: rowNo }),
          this.where(table, rowNo),
        );
        continue;
      }
      const cell = (f: ActivityField): string => {
        const i = map[f];
        let v = i === undefined ? '' : (row[i] ?? '');
        if (v === '' && this.source.kind === 'text' && FILL_DOWN.includes(f)) v = last[f] ?? '';
        return v;
      };
      if ((Object.keys(map) as ActivityField[]).every((f) => f === 'person' || cell(f) === '')) continue;
      const column = (f: ActivityField) =>
        map[f] === undefined ? COLUMN_NAMES[f] : headers[map[f]] || COLUMN_NAMES[f];
      const a: Activity = {
        training: readTraining(cell('training'), this.settings.catalogue),
        activity: cell('activity'),
        targetGroup: cell('targetGroup'),
        unit: cell('unit'),
        plannedDate: readDate(cell('plannedDate'), this.settings.programmeYear),
        plannedNumber: readNumber(cell('plannedNumber')),
        status: readStatus(cell('status')),
        doneDate: readDate(cell('doneDate'), this.settings.programmeYear),
        reached: readNumber(cell('reached')),
        comment: cell('comment'),
        source: this.where(table, rowNo),
      };
      for (const f of FILL_DOWN) last[f] = cell(f);
      if (map.person !== undefined) this.personColumn.push(cell('person'));
      this.checkActivity(a, table, rowNo, column);
      this.activities.push(a);
    }
  }

  /** A repeated header row (cheap test first: its training or activity cell is a header word). */
  private repeatsHeader(row: string[], map: ColumnMap): boolean {
    const probe = map.training ?? map.activity;
    if (probe === undefined || activityField(row[probe] ?? '') === null) return false;
    return activityHeader(row) !== null;
  }

  private checkActivity(a: Activity, table: number, row: number, column: (f: ActivityField) => string): void {
    const w = (f: ActivityField) => this.where(table, row, column(f));
    const cell = (f: ActivityField) => ({ table, row, column: column(f) });
    if (a.training.raw === '') {
      this.add(
        'missing-training',
        'warning',
        msg('plan-activity-without-training', cell('training')),
        w('training'),
      );
    } else if (a.training.code === null) {
      this.add(
        'unknown-training',
        'warning',
        unknownTraining(a.training, { ...cell('training'), inGoal: false }),
        w('training'),
      );
    }
    for (const f of ['plannedNumber', 'reached'] as const) {
      if (a[f].kind !== 'unreadable') continue;
      this.add(
        'unreadable-number',
        'warning',
        msg('plan-unreadable-number', { text: a[f].raw, ...cell(f), inGoal: false }),
        w(f),
      );
    }
    for (const f of ['plannedDate', 'doneDate'] as const) {
      if (a[f].kind !== 'unreadable') continue;
      this.add(
        'unreadable-date',
        'warning',
        msg('plan-unreadable-date', { text: a[f].raw, ...cell(f) }),
        w(f),
      );
    }
    if (a.status.raw !== '' && a.status.value === null) {
      this.add(
        'unreadable-status',
        'warning',
        msg('plan-unreadable-status', { text: a.status.raw, ...cell('status') }),
        w('status'),
      );
    }
  }

  finish(): PersonalPlan {
    const raw = this.contactRaw;
    const nameRaw = cleanText(raw.name ?? '');
    const parsed = parseName(nameRaw);
    let name = parsed.display;
    let title = cleanText(raw.title ?? '');
    if (title === '') title = parsed.rest;
    if (name === '') {
      const names = [...new Set(this.personColumn.map(displayName).filter((n) => n !== ''))];
      if (names.length === 1) name = names[0];
    }
    Object.assign(this.contact, {
      name,
      title,
      unit: cleanText(raw.unit ?? ''),
      region: cleanText(raw.region ?? ''),
      email: cleanText(raw.email ?? ''),
      phone: cleanText(raw.phone ?? ''),
      trainingsRaw: cleanText(raw.trainings ?? ''),
      trainings: readTrainingList(raw.trainings ?? '', this.settings.catalogue),
    });
    for (const t of this.contact.trainings)
      if (t.code === null)
        this.add(
          'unknown-training',
          'warning',
          t.candidates?.length
            ? msg('plan-ambiguous-listed-training', {
                text: t.raw,
                column: TRAININGS_LABEL,
                candidates: t.candidates,
              })
            : msg('plan-unknown-listed-training', { text: t.raw, column: TRAININGS_LABEL }),
          { source: this.source.name, column: TRAININGS_LABEL },
        );

    const filledContact = Object.values<string | undefined>(raw).filter((v) => cleanText(v) !== '').length;
    if (!this.foundActivityTable && this.goals.length === 0 && (name === '' || filledContact < 2)) {
      return this.plan([
        {
          code: 'not-a-plan',
          severity: 'error',
          message: msg('plan-not-a-plan', { source: this.source.name }),
          where: { source: this.source.name },
        },
      ]);
    }
    if (name === '')
      this.problems.unshift({
        code: 'missing-name',
        severity: 'error',
        message: msg('plan-missing-name', { source: this.source.name }),
        where: { source: this.source.name, column: 'Namn' },
      });
    if (!this.foundActivityTable)
      this.add('no-activities', 'warning', msg('plan-no-activity-table', { source: this.source.name }), {
        source: this.source.name,
      });
    this.flagDuplicates();
    return this.plan(this.problems);
  }

  tooLarge(rows: number): PersonalPlan {
    return this.plan([
      {
        code: 'too-many-rows',
        severity: 'error',
        message: msg('plan-too-many-rows', { source: this.source.name, rows, max: MAX_TABLE_ROWS }),
        where: { source: this.source.name },
      },
    ]);
  }

  private flagDuplicates(): void {
    const seen = new Map<string, Activity>();
    for (const a of this.activities) {
      const key = [
        a.training.code ?? normaliseKey(a.training.raw),
        a.activity,
        a.targetGroup,
        a.unit,
        a.plannedDate.raw,
        a.plannedNumber.raw,
      ]
        .map(normaliseKey)
        .join('|');
      const first = seen.get(key);
      if (first) {
        this.add(
          'duplicate-activity',
          'warning',
          msg('plan-duplicate-activity', {
            table: a.source.table ?? 0,
            row: a.source.row ?? 0,
            firstTable: first.source.table ?? 0,
            firstRow: first.source.row ?? 0,
          }),
          { ...a.source },
        );
      } else seen.set(key, a);
    }
  }

  private plan(problems: Problem[]): PersonalPlan {
    return {
      source: { ...this.source },
      contact: this.contact,
      goals: this.goals,
      activities: this.activities,
      problems,
    };
  }
}

export function interpretPlan(
  blocks: Block[],
  source: { kind: PlanSourceKind; name: string },
  settings: Settings = DEFAULT_SETTINGS,
): PersonalPlan {
  const reader = new Reader(source, settings);
  const totalRows = blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
  if (totalRows > MAX_TABLE_ROWS) return reader.tooLarge(totalRows);
  let tableNo = 0;
  let previous: { map: ColumnMap; headers: string[]; width: number } | null = null;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      reader.paragraph(block.text);
      continue;
    }
    tableNo++;
    const rows = block.rows;
    if (rows.length === 0) continue;
    const width = rows[0].length;
    let handled = false;
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length) && !handled; r++) {
      const goal = goalHeader(rows[r]);
      if (goal) {
        reader.goalTable(rows, r, goal, tableNo);
        handled = true;
        break;
      }
      const act = activityHeader(rows[r]);
      if (act) {
        reader.activityTable(rows, r, act.map, act.headers, tableNo);
        previous = { ...act, width };
        handled = true;
      }
    }
    if (handled) continue;
    const labels = rows.reduce((n, row) => n + reader.labelRow(row), 0);
    if (labels > 0) continue;
    if (previous && previous.width === width)
      reader.activityTable(rows, -1, previous.map, previous.headers, tableNo);
  }
  return reader.finish();
}
