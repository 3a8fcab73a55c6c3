// The whole import, worked out from what was read: per person what happens to the contact row
// and the round's rows, and the row operations that do it. Pure: the Excel layer reads the
// grids, calls this, and writes the operations in one batch.
import { findHeader, HEADER_SEARCH_ROWS } from '../headers/findHeader';
import { colLetter } from '../log/a1';
import { msg, type Message } from '../messages';
import type { ActivityColumn, ContactColumn, PersonalPlan, Problem, Round, Settings } from '../model';
import { displayName, personKey as nameKey } from '../names/personKey';
import { activityCells } from './activityCells';
import { capCellTexts } from './cellLimit';
import type { CellOut } from './cellOut';
import { contactWrite } from './contactCells';
import { asText, type Grid } from './grid';
import { planRows, rowsByPerson, type PersonRows } from './planRows';
import type { RowOp } from './rowOps';
import { type Table, tableOf } from './table';
import { NAME_FILL } from './templateLayout';

/** The key a person is matched by (src/core/names: title, "Efternamn, Förnamn", case, diacritics). */
export function personKey(v: unknown): string {
  return nameKey(asText(v));
}

export interface StoredColumns {
  contacts?: Partial<Record<ContactColumn, string>>;
  activities?: Partial<Record<ActivityColumn, string>>;
}

/** The table of a grid, or why it cannot be used. */
export function locateTable(
  grid: Grid,
  kind: 'contacts' | Round,
  stored: Partial<Record<string, string>> | undefined,
): { table: Table; missing: string[] } | { error: Message } {
  const values = grid.values.map((row) =>
    row.map((v) => (v === undefined ? null : (v as string | number | boolean | null))),
  );
  const match = findHeader(values, kind, stored as never);
  if (match === null) {
    return { error: msg('import-no-header-row', { sheet: grid.sheet, rows: HEADER_SEARCH_ROWS }) };
  }
  return {
    table: tableOf(grid, match.headerRow, match.columns),
    missing: match.missing,
  };
}

export interface ImportPerson {
  person: string;
  key: string;
  plan: PersonalPlan;
  contact: 'new' | 'changed' | 'unchanged';
  rowsToWrite: number;
  rowsToReplace: number;
}

export interface BuiltImport {
  people: ImportPerson[];
  ops: RowOp[];
  problems: Problem[];
}

export interface ImportInput {
  plans: PersonalPlan[];
  settings: Settings;
  todayIso: string;
  /** The workbook's date system (days are written as its serials); the 1900 system when absent. */
  date1904?: boolean;
  contacts: { grid: Grid; table: Table } | null;
  target: { grid: Grid; table: Table };
}

/** One plan per person: a later plan for the same person replaces an earlier one. */
function lastPlanPerPerson(
  plans: PersonalPlan[],
  problems: Problem[],
): { key: string; plan: PersonalPlan }[] {
  const out: { key: string; plan: PersonalPlan }[] = [];
  for (const plan of plans) {
    const key = personKey(plan.contact.name);
    if (key === '') {
      problems.push({
        code: 'plan-without-name',
        severity: 'error',
        message: msg('plan-missing-name', { source: plan.source.name }),
        where: { source: plan.source.name },
      });
      continue;
    }
    const earlier = out.findIndex((p) => p.key === key);
    if (earlier >= 0) {
      problems.push({
        code: 'same-person-twice',
        severity: 'warning',
        message: msg('import-same-person-twice', {
          person: plan.contact.name,
          first: out[earlier].plan.source.name,
          second: plan.source.name,
        }),
        where: { source: plan.source.name },
      });
      out.splice(earlier, 1);
    }
    out.push({ key, plan });
  }
  return out;
}

function rowCells(grid: Grid, table: Table, row: number): Partial<Record<ContactColumn, unknown>> {
  const out: Partial<Record<ContactColumn, unknown>> = {};
  for (const [col, c] of Object.entries(table.columns))
    if (c !== undefined) out[col as ContactColumn] = grid.values[row]?.[c];
  return out;
}

export function buildImport(input: ImportInput): BuiltImport {
  const problems: Problem[] = [];
  const plans = lastPlanPerPerson(input.plans, problems);
  const ops: RowOp[] = [];
  const contactChange = new Map<string, ImportPerson['contact']>();

  if (input.contacts) {
    const { grid, table } = input.contacts;
    const all = rowsByPerson(grid, table, 'name', personKey);
    const firstRow = new Map<string, number[]>();
    for (const [k, rows] of all) firstRow.set(k, [rows[0]]);
    const people: PersonRows[] = [];
    for (const { key, plan } of plans) {
      const row = firstRow.get(key)?.[0];
      const w = contactWrite(
        { ...plan.contact, name: displayName(plan.contact.name) },
        row === undefined ? null : rowCells(grid, table, row),
        input.todayIso,
        input.date1904,
      );
      contactChange.set(key, w.change);
      people.push({ key, rows: [w.cells] });
    }
    ops.push(...planRows(grid, table, firstRow, people).ops);
  }

  const { grid, table } = input.target;
  const existing = rowsByPerson(grid, table, 'person', personKey);
  const people: PersonRows[] = plans.map(({ key, plan }) => ({
    key,
    rows: plan.activities.map((a) => {
      const cells = activityCells(
        displayName(plan.contact.name),
        a,
        input.settings.catalogue,
        input.date1904,
      ) as Record<string, CellOut>;
      cells.person = { ...cells.person, fill: NAME_FILL };
      return cells;
    }),
  }));
  const rowPlan = planRows(grid, table, existing, people);
  ops.push(...rowPlan.ops);
  const headerAt = (sheet: string, col: number): string => {
    const g = sheet === grid.sheet ? grid : input.contacts?.grid;
    const t = sheet === grid.sheet ? table : input.contacts?.table;
    const h = t ? g?.values[t.headerRow]?.[col] : undefined;
    return typeof h === 'string' && h.trim() !== '' ? h.trim() : colLetter(col);
  };
  problems.push(...capCellTexts(ops, headerAt));

  return {
    people: plans.map(({ key, plan }) => {
      const c = rowPlan.counts.get(key) ?? { replaced: 0, written: 0 };
      return {
        person: plan.contact.name,
        key,
        plan,
        contact: contactChange.get(key) ?? 'new',
        rowsToWrite: c.written,
        rowsToReplace: c.replaced,
      };
    }),
    ops,
    problems,
  };
}
