import type { goalsMessages } from '../../core/messages/goals';
import type { Sentences } from '../catalogue';
import { longDate } from '../format';

function goalLines(p: {
  trainings: readonly string[];
  units: readonly string[];
  numbers: readonly string[];
}): string {
  return p.trainings
    .map((t, i) => {
      const unit = p.units[i] ? `, ${p.units[i]}` : '';
      const n = p.numbers[i] ? `${p.numbers[i]} people` : 'number not given';
      return `– ${t}${unit}: ${n}`;
    })
    .join('\n');
}

export const goals: Sentences<keyof typeof goalsMessages> = {
  'goals-mail-subject': (p) =>
    `Your personal spread goal${p.trainings.length ? ` – ${p.trainings.join(', ')}` : ''}`,
  'goals-mail-body': (p) =>
    `Hello ${p.name},\n\n` +
    'Thank you for spreading the trainings of Hälsa i Sverige för asylsökande och nyanlända. ' +
    "Here is your personal spread goal, from the region's overall spread plan:\n\n" +
    `${p.trainings.length ? goalLines(p) : '– (no trainings assigned yet)'}\n\n` +
    'Your personal spread plan is attached, with your contact details and your goal filled in. ' +
    'Please check them, fill in the activities you plan and send the plan back to me ' +
    `by ${longDate(p.deadline, 'en')}.\n\n` +
    'Let me know if anything is unclear.\n\nKind regards',
  'cli-goals-needs-overall': () =>
    'Give the overall spread plan with --overall OVERALL.xlsx, or the log that holds it with --workbook IN.xlsx.',
  'cli-goals-out-missing': () =>
    '--out FOLDER is missing: the folder the plans and mails are written to (made if it does not exist).',
  'goals-no-overall-plan': () =>
    'There is no overall spread plan to take the goals from. Put it in the tab "1. Övergripande spridningsplan" or pick it as a separate file.',
  'goals-no-people': (p) =>
    `The overall spread plan (${p.source}) has no row with a spridningsledare and a training. Check that the columns Spridningsledare and Utbildning are filled in.`,
  'goals-files-exist': (p) =>
    `The folder ${p.dir} already holds ${p.files.join(', ')}${p.more === 1 ? ' and one more file' : p.more > 1 ? ` and ${p.more} more files` : ''}. Nothing was written. Choose an empty folder, or add --force to replace the files.`,
  'goals-out-not-folder': (p) =>
    `${p.dir} is not a folder. Give a folder with --out (it is created if missing).`,
  'goals-bad-deadline': (p) =>
    `"${p.deadline}" is not a date. Write the last day for the plan as YYYY-MM-DD, for example 2017-02-02.`,
  'goals-written': (p) =>
    `Wrote ${p.docx} plans (.docx) and ${p.eml} mails (.eml) for ${p.people} spridningsledare in ${p.dir}.`,
  'goals-person-written': (p) =>
    `  ${p.name}: ${p.file}.docx and ${p.file}.eml (${p.goals} goals, to ${p.email})`,
  'goals-person-no-email': (p) =>
    `  ${p.name}: ${p.file}.docx and ${p.file}.eml – no e-mail address in tab 2 or the overall plan; fill in the recipient yourself`,
};
