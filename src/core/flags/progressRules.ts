// The flags comparing the rounds (docs/domain.md, "Progress between reports"): what was planned
// and is missing from a report, what is reported and was never planned, a number reached that
// went down from report 1 to report 2, and a person who reported at 1 and not at 2. Rules as
// data, as rules.ts: each looks at one subject that computeFlags builds from the activities
// across the rounds (src/core/progress/sameActivity.ts).
import { msg } from '../messages';
import type { LogActivityRow } from '../model';
import type { ActivityAcrossRounds } from '../progress/sameActivity';
import { personSubject, rowSubject } from './about';
import { cellOf, type About, type Rule } from './rule';

export type ReportRound = 'aterrap1' | 'aterrap2';

/** One activity of a person, as it stands in the plan and in the report round checked. */
export interface ActivityProgressSubject extends About {
  round: ReportRound;
  person: string;
  activity: ActivityAcrossRounds;
  /** The plan's tab has rows: what a report holds can be compared with what was planned. */
  planCompared: boolean;
  /** The person has rows in the round's tab (someone who sent nothing gets plan-not-received). */
  reporting: boolean;
}

/** One person at report 2, with their rows at report 1 and at 2. */
export interface PersonProgressSubject extends About {
  round: 'aterrap2';
  person: string;
  atReport1: LogActivityRow[];
  atReport2: LogActivityRow[];
  /** Report 2 has begun: its tab has rows. */
  started: boolean;
}

const where = (r: LogActivityRow) => ({ sheet: r.sheet, row: r.row });

/**
 * What each subject is about, for the flags' fingerprints (about.ts): an activity by its rows in
 * the plan and the two reports (their values, not their places), so a handled flag speaks again
 * when one of them changes; a person by whether they have rows at report 1 and 2.
 */
export const ACTIVITY_PROGRESS_SUBJECT = (s: ActivityProgressSubject): string =>
  [s.activity.plan, s.activity.aterrap1, s.activity.aterrap2]
    .map((r) => (r === undefined ? '' : rowSubject(s.person, r)))
    .join('\u0003');
export const PERSON_PROGRESS_SUBJECT = (s: PersonProgressSubject): string =>
  personSubject(
    s.person,
    s.atReport1.length > 0 ? 'report1' : 'none',
    s.atReport2.length > 0 ? 'report2' : 'none',
  );

export const ACTIVITY_PROGRESS_RULES: readonly Rule<ActivityProgressSubject>[] = [
  {
    code: 'planned-not-reported',
    severity: 'warning',
    when: (s) =>
      s.planCompared && s.reporting && s.activity.plan !== undefined && s.activity[s.round] === undefined,
    at: (s) => cellOf(s.activity.plan!, 'activity'),
    message: (s) =>
      msg('flag-planned-not-reported', {
        person: s.person,
        activity: s.activity.plan!.activity,
        training: s.training ?? '',
        round: s.round,
        ...where(s.activity.plan!),
      }),
  },
  {
    code: 'reported-not-planned',
    severity: 'info',
    when: (s) => s.planCompared && s.activity[s.round] !== undefined && s.activity.plan === undefined,
    at: (s) => cellOf(s.activity[s.round]!, 'activity'),
    message: (s) =>
      msg('flag-reported-not-planned', {
        person: s.person,
        activity: s.activity[s.round]!.activity,
        training: s.training ?? '',
        ...where(s.activity[s.round]!),
      }),
  },
  {
    code: 'reached-decreased',
    severity: 'warning',
    when: (s) => {
      const one = s.activity.aterrap1?.reached.value;
      const two = s.activity.aterrap2?.reached.value;
      return (
        s.round === 'aterrap2' &&
        one !== undefined &&
        two !== undefined &&
        one !== null &&
        two !== null &&
        two < one
      );
    },
    at: (s) => cellOf(s.activity.aterrap2!, 'reached'),
    message: (s) =>
      msg('flag-reached-decreased', {
        person: s.person,
        activity: s.activity.aterrap2!.activity,
        reached1: s.activity.aterrap1!.reached.value ?? 0,
        reached2: s.activity.aterrap2!.reached.value ?? 0,
        row1: s.activity.aterrap1!.row,
        ...where(s.activity.aterrap2!),
      }),
  },
];

export const PERSON_PROGRESS_RULES: readonly Rule<PersonProgressSubject>[] = [
  {
    code: 'missing-at-report-2',
    severity: 'warning',
    when: (s) => s.started && s.atReport1.length > 0 && s.atReport2.length === 0,
    at: (s) => cellOf(s.atReport1[0], 'person'),
    message: (s) => msg('flag-missing-at-report-2', { person: s.person, ...where(s.atReport1[0]) }),
  },
];
