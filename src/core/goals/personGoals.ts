// Goals out (guide step 1.2.1): per spridningsledare of the overall plan, their personal goal —
// which trainings, in which units, to how many people — and their contact details as the log
// knows them (tab 2 first, the overall plan's e-mail when tab 2 has none). One entry per person
// as the names rules say (src/core/names): every spelling of one person is one entry, under the
// overall plan's name.
import type { LogContactRow, OverallAssignment, Settings } from '../model';
import { peopleFrom } from '../names/people';
import { displayName } from '../names/personKey';
import { unitKey } from '../flags/keys';
import { isEmailAddress } from '../flags/emailAddress';

/** One line of the goal table: a training in a unit, to so many people. */
export interface GoalLine {
  /** The catalogue code, or null when the overall plan's training is no programme training. */
  code: string | null;
  /** How the plan writes it: "Name (HiS6)" for a known training, else what the overall plan says. */
  training: string;
  unit: string;
  /** The goal read from the overall plan (null when it could not be read or is empty). */
  number: number | null;
}

export interface GoalContact {
  name: string;
  title: string;
  unit: string;
  region: string;
  email: string;
  phone: string;
}

export interface PersonGoals {
  /** The name as the overall plan writes it (title removed). */
  name: string;
  contact: GoalContact;
  /** In the overall plan's order; the same training and unit on two rows added up. */
  goals: GoalLine[];
  /** The codes of the trainings to spread, in the goal table's order, once each. */
  trainings: string[];
}

/** The goal table's way of writing a training: the seed's "Name (HiS4)". */
export function trainingText(code: string | null, raw: string, settings: Settings): string {
  if (code === null) return raw;
  const def = settings.catalogue.find((t) => t.code === code);
  return def ? `${def.name} (${def.code})` : code;
}

/**
 * Every person of the overall plan with their goals, in the overall plan's order. `contacts`:
 * tab 2 of the log (may be empty: the overall plan alone gives name, e-mail and units).
 */
export function personGoals(
  overall: readonly OverallAssignment[],
  contacts: readonly LogContactRow[],
  settings: Settings,
): PersonGoals[] {
  const people = peopleFrom(
    overall.map((a) => a.person),
    contacts.map((c) => c.name),
  );
  const byKey = new Map<string, PersonGoals & { lines: Map<string, GoalLine>; emails: string[] }>();
  for (const a of overall) {
    const key = people.key(a.person);
    if (key === '') continue;
    let p = byKey.get(key);
    if (!p) {
      const name = displayName(a.person);
      p = {
        name,
        contact: { name, title: '', unit: '', region: '', email: '', phone: '' },
        goals: [],
        trainings: [],
        lines: new Map(),
        emails: [],
      };
      byKey.set(key, p);
    }
    if (a.email.trim() !== '') p.emails.push(a.email.trim());
    const code = a.training.code;
    if (code === null && a.training.raw.trim() === '' && a.goal.value === null) continue;
    const lineKey = `${code ?? a.training.raw.trim().toLowerCase()}\u0001${unitKey(a.unit)}`;
    const known = p.lines.get(lineKey);
    if (known) {
      if (a.goal.value !== null) known.number = (known.number ?? 0) + a.goal.value;
      continue;
    }
    const line: GoalLine = {
      code,
      training: trainingText(code, a.training.raw.trim(), settings),
      unit: a.unit.trim(),
      number: a.goal.value,
    };
    p.lines.set(lineKey, line);
    p.goals.push(line);
    if (code !== null && !p.trainings.includes(code)) p.trainings.push(code);
  }
  for (const c of contacts) {
    const p = byKey.get(people.key(c.name));
    if (!p) continue;
    const fill = (field: keyof Omit<GoalContact, 'name'>, value: string) => {
      if (p.contact[field] === '' && value.trim() !== '') p.contact[field] = value.trim();
    };
    fill('title', c.title);
    fill('unit', c.unit);
    fill('region', c.region);
    if (isEmailAddress(c.email)) fill('email', c.email);
    fill('phone', c.phone);
  }
  return [...byKey.values()].map(({ lines: _lines, emails, ...p }) => {
    if (p.contact.email === '') p.contact.email = emails.find((e) => isEmailAddress(e)) ?? '';
    if (p.contact.unit === '') p.contact.unit = distinctUnits(p.goals).join(', ');
    return p;
  });
}

function distinctUnits(goals: readonly GoalLine[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const g of goals) {
    const k = unitKey(g.unit);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(g.unit);
  }
  return out;
}
