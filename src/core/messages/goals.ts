// Goals out (guide step 1.2.1): the mail to each spridningsledare and what the pane and the CLI
// say about making the plans and mails.
import { defineMessages } from './define';

export const goalsMessages = defineMessages({
  /** `trainings`: the codes of the trainings the person spreads. */
  'goals-mail-subject': { trainings: ['HiS6', 'HiS9'] },
  /** The goal table as three lists of one length: training, unit, number ('' when unknown). */
  'goals-mail-body': {
    name: 'Anna Lindqvist',
    trainings: ['Migration och psykisk hälsa – grundkurs (HiS6)'],
    units: ['Vårdcentralen Källby'],
    numbers: ['40'],
    deadline: '2017-02-02',
  },
  'cli-goals-needs-overall': {},
  'cli-goals-out-missing': {},
  'goals-no-overall-plan': {},
  'goals-no-people': { source: '1. Övergripande spridningsplan' },
  /** `files`: the existing files that would be replaced. */
  'goals-files-exist': { dir: 'mal', files: ['Anna Lindqvist.docx'], more: 0 },
  'goals-out-not-folder': { dir: 'mal' },
  'goals-bad-deadline': { deadline: '2017-02-30' },
  'goals-written': { dir: 'mal', people: 3, docx: 3, eml: 3 },
  'goals-person-written': {
    name: 'Anna Lindqvist',
    file: 'Anna Lindqvist',
    goals: 2,
    email: 'anna@example.se',
  },
  'goals-person-no-email': { name: 'Anna Lindqvist', file: 'Anna Lindqvist' },
});
