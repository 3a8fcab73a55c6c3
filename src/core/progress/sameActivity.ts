// Which rows of the round tabs are the same activity (docs/domain.md, "Progress between
// reports"). Two rows are the same activity when they belong to the same person (the names
// rules: every spelling of one person is one), name the same training (its code; the written
// text, folded, when it is no programme training) and the same activity (its text with case,
// spacing and punctuation ignored). A person who holds the same activity several times (the same
// lecture three times) has several such rows in a round: they are paired by their planned date —
// rows whose dates read the same first, then the rest in the order of the tabs. Everything else a
// spridningsledare updates between rounds — the date, the planned number, the unit, the target
// group, a comment — may change without the row becoming another activity.
import { ROUNDS, type LogActivityRow, type LogSnapshot, type Round } from '../model';
import { peopleOf, type People } from '../names/people';
import { normaliseKey } from '../values/text';

/** One activity across the rounds: its row in each round's tab where it is there. */
export type ActivityAcrossRounds = Partial<Record<Round, LogActivityRow>>;

export interface PersonActivities {
  /** The person's key ('' is never one: rows without a name are left out). */
  key: string;
  /** The activities in the order they first appear (plan, then report 1, then report 2). */
  activities: ActivityAcrossRounds[];
  /** The person's rows per round. */
  rows: Record<Round, LogActivityRow[]>;
}

/** The identity of an activity within a person's rows. */
export function activityKey(r: LogActivityRow): string {
  const training = r.training.code ?? `?${normaliseKey(r.training.raw)}`;
  return `${training}\u0001${normaliseKey(r.activity)}`;
}

/** The planned date as read (a day, a week, a month, a term), or the text when it is unreadable. */
function dateKey(r: LogActivityRow): string {
  const d = r.plannedDate;
  return d.start !== undefined ? `${d.kind}:${d.start}:${d.end ?? ''}` : `?${normaliseKey(d.raw)}`;
}

/**
 * Pairs `later` rows with the `groups` built so far (each a list of activities whose `key` is the
 * same): rows with an equal planned date first, then in order. Unpaired rows start activities.
 */
function pair(
  open: ActivityAcrossRounds[],
  rows: LogActivityRow[],
  round: Round,
  earlier: readonly Round[],
): ActivityAcrossRounds[] {
  const free = open.filter((a) => a[round] === undefined);
  const dateOf = (a: ActivityAcrossRounds): string => {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const r = a[earlier[i]];
      if (r) return dateKey(r);
    }
    return '';
  };
  const waiting: LogActivityRow[] = [];
  for (const r of rows) {
    const i = free.findIndex((a) => dateOf(a) === dateKey(r));
    if (i >= 0) {
      free[i][round] = r;
      free.splice(i, 1);
    } else waiting.push(r);
  }
  const started: ActivityAcrossRounds[] = [];
  for (const r of waiting) {
    const a = free.shift();
    if (a) a[round] = r;
    else started.push({ [round]: r });
  }
  return started;
}

/** Every person's activities across the rounds (people as the names rules join them). */
export function activitiesAcrossRounds(
  snapshot: LogSnapshot,
  people: People = peopleOf(snapshot),
): PersonActivities[] {
  const byPerson = new Map<string, PersonActivities & { byKey: Map<string, ActivityAcrossRounds[]> }>();
  for (const [i, round] of ROUNDS.entries()) {
    const grouped = new Map<string, Map<string, LogActivityRow[]>>();
    for (const r of snapshot.rounds[round] ?? []) {
      const person = people.key(r.person);
      if (person === '') continue;
      let p = byPerson.get(person);
      if (!p) {
        p = { key: person, activities: [], rows: { plan: [], aterrap1: [], aterrap2: [] }, byKey: new Map() };
        byPerson.set(person, p);
      }
      p.rows[round].push(r);
      let keys = grouped.get(person);
      if (!keys) grouped.set(person, (keys = new Map<string, LogActivityRow[]>()));
      const k = activityKey(r);
      const list = keys.get(k);
      if (list) list.push(r);
      else keys.set(k, [r]);
    }
    for (const [person, keys] of grouped) {
      const p = byPerson.get(person)!;
      for (const [k, rows] of keys) {
        const open = p.byKey.get(k) ?? [];
        const started = pair(open, rows, round, ROUNDS.slice(0, i));
        if (started.length > 0) {
          p.byKey.set(k, [...open, ...started]);
          p.activities.push(...started);
        }
      }
    }
  }
  return [...byPerson.values()].map(({ byKey: _byKey, ...p }) => p);
}
