// The reminder list from the check's flags: everyone flagged `plan-not-received`, once each,
// for the round filter in use (the plan round when "all").
import type { Flag, Round } from '../../core/model';

export interface Reminder {
  name: string;
  email: string;
}

export function remindersFromFlags(
  flags: readonly Flag[],
  round: Round | 'all',
  emails: ReadonlyMap<string, string> = new Map(),
): Reminder[] {
  const wanted: Round = round === 'all' ? 'plan' : round;
  const seen = new Set<string>();
  const out: Reminder[] = [];
  for (const f of flags) {
    if (f.code !== 'plan-not-received' || f.person === null) continue;
    if (f.round !== null && f.round !== wanted) continue;
    if (seen.has(f.person)) continue;
    seen.add(f.person);
    out.push({ name: f.person, email: emails.get(f.person) ?? '' });
  }
  return out;
}
