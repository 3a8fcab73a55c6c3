// Reading a personal plan (.docx, pasted HTML or text): files that are no plan, and what in a
// plan needs a look. A place in a plan is its table (1-based), row (the header is row 1) and the
// column's header as written in the document.
import { defineMessages, oneOf } from './define';

const cellOfPlan = { table: 2, row: 3, column: 'Planerat antal' };

export const planMessages = defineMessages({
  'plan-docx-empty': { file: 'plan.docx' },
  'plan-docx-too-large': { file: 'plan.docx', maxMb: 50 },
  'plan-docx-zip-bomb': { file: 'plan.docx' },
  'plan-docx-encrypted': { file: 'plan.docx' },
  'plan-docx-pdf': { file: 'plan.docx' },
  'plan-docx-not-word': { file: 'plan.docx' },
  'plan-docx-other-office': { file: 'plan.docx', format: oneOf<'xlsx' | 'pptx' | 'odf'>('xlsx') },
  'plan-docx-zip-not-word': { file: 'plan.docx' },
  'plan-docx-truncated': { file: 'plan.docx' },
  'plan-docx-content-unreadable': { file: 'plan.docx' },
  'plan-docx-no-body': { file: 'plan.docx' },
  'plan-docx-zip-corrupt': { file: 'plan.docx' },
  'plan-docx-unreadable': { file: 'plan.docx' },
  'plan-docx-macros': { file: 'plan.docm' },
  'plan-docx-external-links': { file: 'plan.docx', count: 2 },
  'plan-not-a-file': { file: 'plan.docx' },
  /** An unexpected failure while reading; the advice depends on what was read. */
  'plan-read-failed': { source: 'plan.docx', from: oneOf<'docx' | 'paste'>('docx') },
  'plan-paste-empty': {},
  'plan-paste-too-large': { maxMb: 5 },
  'plan-paste-unreadable': {},
  'plan-not-a-plan': { source: 'plan.docx' },
  /** Said when reading the plan and again when importing it. */
  'plan-missing-name': { source: 'plan.docx' },
  'plan-too-many-rows': { source: 'plan.docx', rows: 6000, max: 5000 },
  'plan-no-activity-table': { source: 'plan.docx' },
  'plan-instruction-row-skipped': { table: 2, row: 2 },
  'plan-activity-without-training': { ...cellOfPlan, column: 'Utbildning' },
  /** `inGoal`: in the personal-goal table rather than the activity table. */
  'plan-unknown-training': { text: 'Yoga', ...cellOfPlan, column: 'Utbildning', inGoal: false },
  /** A training named under "Utbildningar att sprida" (`column`) among the contact details. */
  'plan-unknown-listed-training': { text: 'Yoga', column: 'Utbildningar att sprida' },
  /** A training that fits several (TrainingReading.candidates): no guess, the candidates named. */
  'plan-ambiguous-training': {
    text: 'Migration och psykisk hälsa',
    ...cellOfPlan,
    column: 'Utbildning',
    inGoal: false,
    candidates: ['HiS6', 'HiS9'],
  },
  'plan-ambiguous-listed-training': {
    text: 'Migration och psykisk hälsa',
    column: 'Utbildningar att sprida',
    candidates: ['HiS6', 'HiS9'],
  },
  'plan-unreadable-number': { text: 'några', ...cellOfPlan, inGoal: false },
  'plan-unreadable-date': { text: 'snart', ...cellOfPlan, column: 'Planerat datum' },
  'plan-unreadable-status': { text: 'pågår', ...cellOfPlan, column: 'Status' },
  'plan-duplicate-activity': { table: 2, row: 5, firstTable: 2, firstRow: 4 },
});
