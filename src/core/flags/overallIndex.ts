// The overall plan indexed by person: who is assigned which training, in which units, with
// which goal.
import type { OverallAssignment } from '../model';
import { displayName, personKey, unitKey, type People } from './keys';

/** One training assigned to a person: in which units (keys, and as first written) and the goal
 *  summed over its rows (goalReadable: at least one goal could be read). */
export interface TrainingAssignment {
  unitKeys: Set<string>;
  units: string[];
  goal: number;
  goalReadable: boolean;
}

export interface PersonAssignments {
  /** The name as first written in the overall plan, title removed. */
  name: string;
  assignments: OverallAssignment[];
  /** Training code → its assignment. */
  trainings: Map<string, TrainingAssignment>;
}

/** `names` tells which spellings are one person (by default each name on its own). */
export function indexOverall(
  overall: OverallAssignment[],
  names: Pick<People, 'key'> = { key: personKey },
): Map<string, PersonAssignments> {
  const people = new Map<string, PersonAssignments>();
  for (const a of overall) {
    const key = names.key(a.person);
    if (key === '') continue;
    let p = people.get(key);
    if (!p) {
      p = { name: displayName(a.person), assignments: [], trainings: new Map() };
      people.set(key, p);
    }
    p.assignments.push(a);
    const code = a.training.code;
    if (code === null) continue;
    let t = p.trainings.get(code);
    if (!t) {
      t = { unitKeys: new Set(), units: [], goal: 0, goalReadable: false };
      p.trainings.set(code, t);
    }
    const uk = unitKey(a.unit);
    if (uk !== '' && !t.unitKeys.has(uk)) {
      t.unitKeys.add(uk);
      t.units.push(a.unit);
    }
    if (a.goal.value !== null) {
      t.goal += a.goal.value;
      t.goalReadable = true;
    }
  }
  return people;
}
