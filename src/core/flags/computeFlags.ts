// Every flag of domain.md's table for a round's tab (or every round tab with rows) and the
// contacts tab: the subjects each rule looks at (rules.ts), built from the log and the overall
// plan. People outside the overall plan get `not-in-overall-plan` and the row flags only; each
// round's tab is checked on its own.
import {
  ROUNDS,
  type Flag,
  type LogActivityRow,
  type LogSnapshot,
  type Round,
  type Settings,
} from '../model';
import { uncertainNameFlag } from '../names/uncertainNameFlag';
import { overallProblemFlags } from '../overall/problemFlags';
import { dueDate } from '../settings';
import { localDay } from '../today';
import { distinguishTwins, flagAbout, personSubject } from './about';
import { twins } from './duplicates';
import { displayName, peopleOf, type People } from './keys';
import { defaultSheet, trainingLabel } from './labels';
import { sortFlags } from './order';
import { indexOverall, type PersonAssignments } from './overallIndex';
import { raise } from './rule';
import {
  CONTACT_RULES,
  CONTACT_SUBJECT,
  PERSON_RULES,
  PERSON_SUBJECT,
  ROW_RULES,
  ROW_SUBJECT,
  TRAINING_RULES,
  TRAINING_SUBJECT,
} from './rules';
import {
  ACTIVITY_PROGRESS_RULES,
  ACTIVITY_PROGRESS_SUBJECT,
  PERSON_PROGRESS_RULES,
  PERSON_PROGRESS_SUBJECT,
} from './progressRules';
import { activitiesAcrossRounds, type PersonActivities } from '../progress/sameActivity';

export interface FlagOptions {
  /** One round; without it every round whose tab has rows. */
  round?: Round;
  settings: Settings;
  /** Decides whether a missing plan is past its due date (a warning) or not yet (info). */
  today?: Date;
  /** The round tabs' sheet names, for flags on a tab with no rows; canonical names otherwise. */
  sheets?: Partial<Record<Round, string>>;
}

/** A round tab's rows by person (key → the name as first written, title removed, and the rows). */
function byPerson(
  rows: LogActivityRow[],
  people: People,
): Map<string, { name: string; rows: LogActivityRow[] }> {
  const out = new Map<string, { name: string; rows: LogActivityRow[] }>();
  for (const r of rows) {
    const key = people.key(r.person);
    let g = out.get(key);
    if (!g) {
      g = { name: displayName(r.person), rows: [] };
      out.set(key, g);
    }
    g.rows.push(r);
  }
  return out;
}

/** A person's rows by training code (rows without a known training left out), in first-seen order. */
function byTraining(rows: LogActivityRow[]): Map<string, LogActivityRow[]> {
  const out = new Map<string, LogActivityRow[]>();
  for (const r of rows) {
    const code = r.training.code;
    if (code === null) continue;
    const list = out.get(code);
    if (list) list.push(r);
    else out.set(code, [r]);
  }
  return out;
}

/** The flags of one round's tab, appended to `out`. */
function roundFlags(
  round: Round,
  rows: LogActivityRow[],
  overall: Map<string, PersonAssignments> | null,
  opts: FlagOptions,
  out: Flag[],
  people: People,
): void {
  const byName = byPerson(rows, people);
  for (const [key, g] of byName) {
    const assigned = key === '' ? undefined : overall?.get(key);
    const person = key === '' ? null : (assigned?.name ?? g.name);
    const twinOf = twins(g.rows);
    for (const row of g.rows) {
      const code = row.training.code;
      raise(
        ROW_RULES,
        {
          round,
          person,
          training: row.training.raw === '' ? null : trainingLabel(row.training),
          row,
          assigned: code === null ? undefined : assigned?.trainings.get(code),
          twinOf: twinOf.get(row),
        },
        out,
        ROW_SUBJECT,
      );
    }
    if (assigned === undefined) {
      // Not in the overall plan: a near match there is named, never merged.
      const unsure =
        overall === null || key === '' ? null : uncertainNameFlag(people, g.name, g.rows[0], round);
      if (unsure) out.push({ ...unsure, about: flagAbout(unsure, personSubject(g.name)) });
      continue;
    }
    const rowsOf = byTraining(g.rows);
    const codes = new Set([...rowsOf.keys(), ...assigned.trainings.keys()]);
    for (const training of codes) {
      const list = rowsOf.get(training) ?? [];
      raise(
        TRAINING_RULES,
        {
          round,
          person: assigned.name,
          training,
          rows: list,
          first: g.rows[0],
          assigned: assigned.trainings.get(training),
          planned: list.reduce((s, r) => s + (r.plannedNumber.value ?? 0), 0),
        },
        out,
        TRAINING_SUBJECT,
      );
    }
  }

  if (overall === null) return;
  const sheet = rows[0]?.sheet ?? opts.sheets?.[round] ?? defaultSheet(round);
  const due = dueDate(round, opts.settings);
  const late = localDay(opts.today ?? new Date()) > due;
  const keys = new Set([...byName.keys(), ...overall.keys()]);
  keys.delete('');
  for (const key of keys) {
    const assigned = overall.get(key);
    const g = byName.get(key);
    raise(
      PERSON_RULES,
      {
        round,
        person: assigned?.name ?? g!.name,
        training: null,
        rows: g?.rows ?? [],
        assigned,
        sheet,
        due,
        late,
      },
      out,
      PERSON_SUBJECT,
    );
  }
}

/** The flags comparing a report round with the plan and with report 1 (progressRules.ts), appended to `out`. */
function progressFlags(
  round: Round,
  snapshot: LogSnapshot,
  across: PersonActivities[],
  overall: Map<string, PersonAssignments> | null,
  out: Flag[],
): void {
  if (round === 'plan') return;
  const planCompared = (snapshot.rounds.plan?.length ?? 0) > 0;
  const started = (snapshot.rounds.aterrap2?.length ?? 0) > 0;
  for (const p of across) {
    const anyRow = p.rows.plan[0] ?? p.rows.aterrap1[0] ?? p.rows.aterrap2[0];
    const person = overall?.get(p.key)?.name ?? displayName(anyRow.person);
    const reporting = p.rows[round].length > 0;
    for (const activity of p.activities) {
      const row = activity[round] ?? activity.plan ?? activity.aterrap1 ?? activity.aterrap2!;
      raise(
        ACTIVITY_PROGRESS_RULES,
        { round, person, training: trainingLabel(row.training) || null, activity, planCompared, reporting },
        out,
        ACTIVITY_PROGRESS_SUBJECT,
      );
    }
    if (round === 'aterrap2')
      raise(
        PERSON_PROGRESS_RULES,
        { round, person, training: null, atReport1: p.rows.aterrap1, atReport2: p.rows.aterrap2, started },
        out,
        PERSON_PROGRESS_SUBJECT,
      );
  }
}

export function computeFlags(snapshot: LogSnapshot, opts: FlagOptions): Flag[] {
  const people = peopleOf(snapshot);
  const overall = snapshot.overall === null ? null : indexOverall(snapshot.overall, people);
  const out: Flag[] = [];
  let across: PersonActivities[] | undefined;
  const rounds =
    opts.round !== undefined ? [opts.round] : ROUNDS.filter((r) => (snapshot.rounds[r]?.length ?? 0) > 0);
  for (const round of rounds) {
    const rows = snapshot.rounds[round];
    if (rows === null) continue;
    roundFlags(round, rows, overall, opts, out, people);
    if (round !== 'plan')
      progressFlags(round, snapshot, (across ??= activitiesAcrossRounds(snapshot, people)), overall, out);
  }
  for (const contact of snapshot.contacts)
    raise(
      CONTACT_RULES,
      { round: null, person: contact.name === '' ? null : contact.name, training: null, contact },
      out,
      CONTACT_SUBJECT,
    );
  // An overall-plan row's flag is about what the row says (its text, person, goal), not where it
  // is: the problem's own parameters.
  for (const f of overallProblemFlags(snapshot.overallProblems ?? []))
    out.push({ ...f, about: flagAbout(f, f.message.code) });
  return distinguishTwins(sortFlags(out));
}
