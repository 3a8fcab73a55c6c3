// Every flag of domain.md's table for a round's tab (or every round tab with rows) and the
// contacts tab. People outside the overall plan get `not-in-overall-plan` and the row-level
// flags only; each round's tab is checked on its own.
import {
  ROUNDS,
  type Flag,
  type LogActivityRow,
  type LogSnapshot,
  type Round,
  type Settings,
} from '../model';
import { contactFlags } from './contactFlags';
import { duplicateFlags } from './duplicates';
import { uncertainNameFlag } from '../names/uncertainNameFlag';
import { overallProblemFlags } from '../overall/problemFlags';
import { displayName, peopleOf, type People } from './keys';
import { defaultSheet, longDate, ROUND_LABELS } from './labels';
import { sortFlags } from './order';
import { indexOverall, type PersonAssignments } from './overallIndex';
import { overallFlags } from './overallFlags';
import { rowFlags } from './rowFlags';

export interface FlagOptions {
  /** One round; without it every round whose tab has rows. */
  round?: Round;
  settings: Settings;
  /** Decides whether a missing plan is past its due date (a warning) or not yet (info). */
  today?: Date;
  /** The round tabs' sheet names, for flags on a tab with no rows; canonical names otherwise. */
  sheets?: Partial<Record<Round, string>>;
}

/** The date plans for a round are due to the coordinator. */
export function dueDate(round: Round, settings: Settings): string {
  return round === 'aterrap2' ? settings.deadlines.aterrap2Due : settings.deadlines.aterrap1Due;
}

function isoToday(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/** The round's flags, appended to `out`. */
function roundFlags(
  round: Round,
  rows: LogActivityRow[],
  overall: Map<string, PersonAssignments> | null,
  opts: FlagOptions,
  out: Flag[],
  people: People,
): void {
  const sheet = rows[0]?.sheet ?? opts.sheets?.[round] ?? defaultSheet(round);
  const byPerson = new Map<string, { name: string; rows: LogActivityRow[] }>();
  for (const r of rows) {
    const key = people.key(r.person);
    let g = byPerson.get(key);
    if (!g) {
      g = { name: displayName(r.person), rows: [] };
      byPerson.set(key, g);
    }
    g.rows.push(r);
  }
  for (const [key, g] of byPerson) {
    const assigned = key === '' ? undefined : overall?.get(key);
    const name = key === '' ? null : (assigned?.name ?? g.name);
    for (const r of g.rows) rowFlags(r, round, name, out);
    duplicateFlags(g.rows, round, name, out);
    if (overall === null || key === '') continue;
    if (assigned === undefined) {
      const r = g.rows[0];
      out.push({
        code: 'not-in-overall-plan',
        severity: 'info',
        message: `${g.name} har rader i fliken ”${r.sheet}” (från rad ${r.row}) men finns inte i den övergripande spridningsplanen. Det kan stämma – den som gått en utbildning på eget initiativ får också sprida den. Lägg annars till personen i den övergripande planen eller rätta stavningen av namnet.`,
        person: g.name,
        training: null,
        round,
        sheet: r.sheet,
        cell: r.cells.person ?? `A${r.row}`,
      });
      const unsure = uncertainNameFlag(people, g.name, r, round);
      if (unsure) out.push(unsure);
      continue;
    }
    overallFlags(g.rows, assigned, round, out);
  }
  if (overall !== null) {
    const due = dueDate(round, opts.settings);
    const late = isoToday(opts.today ?? new Date()) > due;
    for (const [key, p] of overall) {
      if (byPerson.has(key)) continue;
      const a = p.assignments[0];
      out.push({
        code: 'plan-not-received',
        severity: late ? 'warning' : 'info',
        message: `${p.name} finns i den övergripande spridningsplanen men har inga rader i fliken ”${sheet}” (${ROUND_LABELS[round]}). ${late ? `Planen skulle ha kommit senast ${longDate(due)}; skicka en påminnelse.` : `Sista dag är ${longDate(due)}; påminn om den inte kommer.`}`,
        person: p.name,
        training: null,
        round,
        sheet: a.sheet,
        cell: a.cells.person ?? `A${a.row}`,
      });
    }
  }
}

export function computeFlags(snapshot: LogSnapshot, opts: FlagOptions): Flag[] {
  const people = peopleOf(snapshot);
  const overall = snapshot.overall === null ? null : indexOverall(snapshot.overall, people);
  const out: Flag[] = [];
  const rounds =
    opts.round !== undefined ? [opts.round] : ROUNDS.filter((r) => (snapshot.rounds[r]?.length ?? 0) > 0);
  for (const round of rounds) {
    const rows = snapshot.rounds[round];
    if (rows === null) continue;
    roundFlags(round, rows, overall, opts, out, people);
  }
  for (const f of contactFlags(snapshot.contacts)) out.push(f);
  for (const f of overallProblemFlags(snapshot.overallProblems ?? [])) out.push(f);
  return sortFlags(out);
}
