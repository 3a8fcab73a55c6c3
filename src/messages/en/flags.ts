import type { flagMessages } from '../../core/messages/flags';
import type { Round } from '../../core/model';
import type { Sentences } from '../catalogue';
import { longDate, quotedList } from '../format';
import { ambiguousAdvice, DATE_ADVICE, fits, NUMBER_ADVICE, STATUS_ADVICE, TRAINING_ADVICE } from './advice';

const ROUND: Record<Round, string> = {
  plan: 'the plan (PLAN)',
  aterrap1: 'report 1 (ÅTERRAP1)',
  aterrap2: 'report 2 (ÅTERRAP2)',
};

/** "row 12 of tab “3.a …”" */
const at = (p: { row: number; sheet: string }) => `row ${p.row} of tab “${p.sheet}”`;

export const flags: Sentences<keyof typeof flagMessages> = {
  'flag-unknown-training': (p) =>
    `The training “${p.training}” on ${at(p)} is not one of the programme’s trainings. ${TRAINING_ADVICE}`,
  'flag-ambiguous-training': (p) =>
    `The training “${p.training}” on ${at(p)} fits ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`,
  'flag-unreadable-number': (p) =>
    `${p.column} “${p.text}” on ${at(p)} cannot be read as a number and counts as 0. ${NUMBER_ADVICE}`,
  'flag-unreadable-date': (p) =>
    `${p.column} “${p.text}” on ${at(p)} cannot be read as a date. ${DATE_ADVICE}`,
  'flag-missing-status': (p) => `The activity on ${at(p)} has no status. ${STATUS_ADVICE}`,
  'flag-unknown-status': (p) =>
    `The status “${p.status}” on ${at(p)} is not one of the status words. ${STATUS_ADVICE}`,
  'flag-done-without-reached': (p) =>
    `The activity on ${at(p)} is done but Antal nådda is empty, so it counts as 0 reached. Fill in how many took part.`,
  'flag-reached-above-planned': (p) =>
    `Antal nådda (${p.reached}) on ${at(p)} is larger than Planerat antal (${p.planned}). Check the numbers; it may be right if more people came than planned.`,
  'flag-duplicate-activity': (p) =>
    `Row ${p.row} of tab “${p.sheet}” is the same as row ${p.sameAs} (same training, activity, target group, unit, date and planned number). Delete it if it was entered twice; otherwise it counts twice.`,
  'flag-unit-mismatch': (p) =>
    `The unit “${p.unit}” on ${at(p)} is not the one given for ${p.person} and ${p.training} in the overall spread plan (${quotedList(p.units, 'en')}). Correct the unit on the row or in the overall plan.`,
  'flag-training-not-assigned': (p) =>
    `${p.person} has activities for ${p.training} (from row ${p.row} of tab “${p.sheet}”), but ${p.training} is not assigned to ${p.person} in the overall spread plan. Check the training, or add the assignment to the overall plan.`,
  'flag-planned-below-goal': (p) =>
    `${p.person} plans to reach ${p.planned} people with ${p.training} in tab “${p.sheet}”, but the goal in the overall spread plan is ${p.goal}. Check with ${p.person} whether more activities are needed or the goal should change.`,
  'flag-assigned-training-without-activity': (p) =>
    `According to the overall spread plan ${p.person} shall spread ${p.training}, but has no activities for ${p.training} in tab “${p.sheet}”. Ask ${p.person} whether the activities are missing from the plan, or change the overall plan.`,
  'flag-not-in-overall-plan': (p) =>
    `${p.person} has rows in tab “${p.sheet}” (from row ${p.row}) but is not in the overall spread plan. That may be right – someone who took a training on their own initiative may spread it too. Otherwise add the person to the overall plan or correct the spelling of the name.`,
  'flag-plan-not-received': (p) => {
    const due = longDate(p.due, 'en');
    return `${p.person} is in the overall spread plan but has no rows in tab “${p.sheet}” (${ROUND[p.round]}). ${p.late ? `The plan was due by ${due}; send a reminder.` : `The last day is ${due}; send a reminder if it does not arrive.`}`;
  },
  'flag-invalid-contact': (p) => {
    const row = p.row;
    const who = p.name === '' ? `row ${row}` : `${p.name} (row ${row})`;
    return `The e-mail address “${p.email}” for ${who} in tab “${p.sheet}” does not look like an e-mail address. Correct it (one address per cell, for example name@region.se) so that reminders can be sent.`;
  },
  'reminder-subject': (p) =>
    p.round === 'plan'
      ? 'Reminder: your personal spread plan'
      : `Reminder: your personal spread plan with status (${p.round === 'aterrap1' ? 'Report 1' : 'Report 2'})`,
  'reminder-body': (p) => {
    const due = longDate(p.due, 'en');
    return [
      'Hello,',
      '',
      p.round === 'plan'
        ? `I have not yet received your personal spread plan for Hälsa i Sverige för asylsökande och nyanlända. Please send it to me by ${due}.`
        : `I have not yet received your updated personal spread plan with the status of your activities filled in. Please send it to me by ${due} so that it is included in ${p.round === 'aterrap1' ? 'report 1' : 'report 2'}.`,
      '',
      p.round === 'plan'
        ? 'Please attach the plan to a reply to this e-mail.'
        : 'Fill in Status, Genomfört datum and Antal nådda for the activities you have held, and attach the plan to a reply to this e-mail.',
      '',
      'Please get in touch if you have questions.',
      '',
      'Kind regards',
    ].join('\r\n');
  },
};
