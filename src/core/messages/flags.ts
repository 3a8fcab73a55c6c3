// The flags' messages (rules in core/flags/rules.ts) and the reminder mail to people whose plan
// has not arrived. `sheet` and `row` say where a flagged row is; column names are the template's
// header texts, as the workbook shows them.
import type { Round } from '../model';
import { defineMessages, oneOf } from './define';

const at = { sheet: '3.a Saml pers spr-plan PLAN', row: 12 };

export const flagMessages = defineMessages({
  'flag-unknown-training': { training: 'Yoga för alla', ...at },
  /** An unknown training that fits several (TrainingReading.candidates), which it names. */
  'flag-ambiguous-training': { training: 'Migration och psykisk hälsa', ...at, candidates: ['HiS6', 'HiS9'] },
  'flag-unreadable-number': { column: 'Planerat antal', text: 'några', ...at },
  'flag-unreadable-date': { column: 'Planerat datum', text: 'snart', ...at },
  'flag-missing-status': { ...at },
  'flag-unknown-status': { status: 'pågår', ...at },
  'flag-done-without-reached': { ...at },
  'flag-reached-above-planned': { reached: 25, planned: 20, ...at },
  'flag-duplicate-activity': { sameAs: 11, ...at },
  'flag-unit-mismatch': {
    unit: 'BUP Söder',
    person: 'Anna Lindqvist',
    training: 'HiS1',
    units: ['Vårdcentralen Norr'],
    ...at,
  },
  'flag-training-not-assigned': { person: 'Anna Lindqvist', training: 'HiS6', ...at },
  'flag-planned-below-goal': {
    person: 'Anna Lindqvist',
    training: 'HiS1',
    planned: 25,
    goal: 30,
    sheet: at.sheet,
  },
  'flag-assigned-training-without-activity': {
    person: 'Anna Lindqvist',
    training: 'HiS6',
    sheet: at.sheet,
  },
  'flag-not-in-overall-plan': { person: 'Eva Ny', ...at },
  /** `due`: ISO day; `late`: today is past it. */
  'flag-plan-not-received': {
    person: 'Bo Ek',
    sheet: at.sheet,
    round: oneOf<Round>('plan'),
    due: '2017-02-02',
    late: true,
  },
  /** `name` '' when the row has no name. */
  'flag-invalid-contact': { email: 'bo(at)region.se', name: 'Bo Ek', sheet: '2. Saml kontaktuppg', row: 3 },
  'reminder-subject': { round: oneOf<Round>('plan') },
  /** Lines separated by CRLF, as a mail body; `due`: ISO day. */
  'reminder-body': { round: oneOf<Round>('plan'), due: '2017-02-02' },
});
