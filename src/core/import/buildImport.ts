// The whole import, worked out from what was read: per person what happens to the contact row
// and the round's rows, and the row operations that do it. Pure: the Excel layer reads the
// grids, calls this, and writes the operations in one batch.
import { findHeader, HEADER_SEARCH_ROWS } from '../headers/findHeader';
import { colLetter } from '../log/a1';
import { msg, type Message } from '../messages';
import {
  ROUNDS,
  type ActivityColumn,
  type ContactColumn,
  type PersonalPlan,
  type Problem,
  type Round,
  type Settings,
} from '../model';
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
  /** Where the plan is in the input's `plans`. */
  index: number;
  /** The round the plan is written into, and that round's tab. */
  round: Round;
  sheet: string;
  contact: 'new' | 'changed' | 'unchanged';
  rowsToWrite: number;
  rowsToReplace: number;
}

export interface BuiltImport {
  people: ImportPerson[];
  ops: RowOp[];
  problems: Problem[];
}

/** A round's tab as read: its cells and where its table is. */
export interface TabTable {
  grid: Grid;
  table: Table;
}

export interface ImportInput {
  plans: PersonalPlan[];
  /** Each plan's round, by its index in `plans`: a batch may write into several tabs at once. */
  rounds: readonly Round[];
  settings: Settings;
  todayIso: string;
  /** The workbook's date system (days are written as its serials); the 1900 system when absent. */
  date1904?: boolean;
  contacts: TabTable | null;
  /** The tab of each round that `rounds` names. */
  targets: Partial<Record<Round, TabTable>>;
}

interface Chosen {
  key: string;
  plan: PersonalPlan;
  index: number;
  round: Round;
}

/**
 * One plan per person and round: a later plan for the same person and round replaces an earlier
 * one (with a warning). The same person in two rounds (a late plan and a report) is two plans.
 */
function lastPlanPerPerson(input: ImportInput, problems: Problem[]): Chosen[] {
  const out: Chosen[] = [];
  input.plans.forEach((plan, index) => {
    const key = personKey(plan.contact.name);
    if (key === '') {
      problems.push({
        code: 'plan-without-name',
        severity: 'error',
        message: msg('plan-missing-name', { source: plan.source.name }),
        where: { source: plan.source.name },
      });
      return;
    }
    const round = input.rounds[index];
    if (round === undefined) throw new Error(`buildImport: no round for plan ${index}`);
    const earlier = out.findIndex((p) => p.key === key && p.round === round);
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
    out.push({ key, plan, index, round });
  });
  return out;
}

function rowCells(grid: Grid, table: Table, row: number): Partial<Record<ContactColumn, unknown>> {
  const out: Partial<Record<ContactColumn, unknown>> = {};
  for (const [col, c] of Object.entries(table.columns))
    if (c !== undefined) out[col as ContactColumn] = grid.values[row]?.[c];
  return out;
}

/** Tab 2: one row per person, from their last plan in the batch. */
function contactOps(
  input: ImportInput,
  chosen: Chosen[],
): { ops: RowOp[]; change: Map<string, ImportPerson['contact']> } {
  const change = new Map<string, ImportPerson['contact']>();
  if (!input.contacts) return { ops: [], change };
  const { grid, table } = input.contacts;
  const all = rowsByPerson(grid, table, 'name', personKey);
  const firstRow = new Map<string, number[]>();
  for (const [k, rows] of all) firstRow.set(k, [rows[0]]);
  const latest = new Map<string, PersonalPlan>();
  for (const c of chosen) {
    latest.delete(c.key); // the order of last appearance
    latest.set(c.key, c.plan);
  }
  const people: PersonRows[] = [];
  for (const [key, plan] of latest) {
    const row = firstRow.get(key)?.[0];
    const w = contactWrite(
      { ...plan.contact, name: displayName(plan.contact.name) },
      row === undefined ? null : rowCells(grid, table, row),
      input.todayIso,
      input.date1904,
    );
    change.set(key, w.change);
    people.push({ key, rows: [w.cells] });
  }
  return { ops: planRows(grid, table, firstRow, people).ops, change };
}

export function buildImport(input: ImportInput): BuiltImport {
  const problems: Problem[] = [];
  const chosen = lastPlanPerPerson(input, problems);
  const contacts = contactOps(input, chosen);
  const ops: RowOp[] = [...contacts.ops];
  const counts = new Map<Round, Map<string, { replaced: number; written: number }>>();

  for (const round of ROUNDS) {
    const mine = chosen.filter((c) => c.round === round);
    if (mine.length === 0) continue;
    const target = input.targets[round];
    if (!target) throw new Error(`buildImport: no tab read for round ${round}`);
    const { grid, table } = target;
    const existing = rowsByPerson(grid, table, 'person', personKey);
    const people: PersonRows[] = mine.map(({ key, plan }) => ({
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
    counts.set(round, rowPlan.counts);
  }

  const tabs = new Map<string, TabTable>();
  for (const t of [input.contacts, ...Object.values(input.targets)]) if (t) tabs.set(t.grid.sheet, t);
  const headerAt = (sheet: string, col: number): string => {
    const t = tabs.get(sheet);
    const h = t?.grid.values[t.table.headerRow]?.[col];
    return typeof h === 'string' && h.trim() !== '' ? h.trim() : colLetter(col);
  };
  problems.push(...capCellTexts(ops, headerAt));

  return {
    people: chosen.map(({ key, plan, index, round }) => {
      const c = counts.get(round)?.get(key) ?? { replaced: 0, written: 0 };
      return {
        person: plan.contact.name,
        key,
        plan,
        index,
        round,
        sheet: input.targets[round]!.grid.sheet,
        contact: contacts.change.get(key) ?? 'new',
        rowsToWrite: c.written,
        rowsToReplace: c.replaced,
      };
    }),
    ops,
    problems,
  };
}
