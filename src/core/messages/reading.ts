// Messages of reading what people write: the overall plan as it comes, trainings and their
// aliases, people's names across plan, log and overall plan, and plan files of other formats.
import { defineMessages } from './define';

export const readingMessages = defineMessages({
  // The overall plan (src/core/overall). `sheet` names the tab, or the file and its sheet.
  'overall-no-header': { sheet: 'Övergripande plan' },
  'overall-missing-column': {
    sheet: 'Övergripande plan',
    row: 4,
    columns: ['Spridningsledare', 'Mål antal'],
  },
  'overall-goal-without-person': { sheet: 'Övergripande plan', row: 16, cell: 'C16' },
  'overall-missing-training': { sheet: 'Övergripande plan', row: 9, person: 'Bo Ek', cell: 'A9' },
  'overall-unknown-training': { sheet: 'Övergripande plan', row: 15, text: 'Kurs i yoga', cell: 'B15' },
  'overall-ambiguous-training': {
    sheet: 'Övergripande plan',
    row: 15,
    text: 'Migration och psykisk hälsa',
    cell: 'B15',
    candidates: ['HiS6', 'HiS9'],
  },
  'overall-unreadable-goal': {
    sheet: 'Övergripande plan',
    row: 14,
    person: 'Erik Sund',
    text: 'många',
    cell: 'E14',
  },
  'overall-row-note': { sheet: 'Övergripande plan', row: 20, text: 'Senast ändrad 2017-01-15 av Karin Berg' },
  'overall-row-not-a-name': { sheet: 'Övergripande plan', row: 12, cell: 'C12', text: 'Vakant' },
  'overall-row-name-only': { sheet: 'Övergripande plan', row: 22, cell: 'C22', person: 'Karin Berg' },
  'overall-other-table': { sheet: 'Övergripande plan', row: 25 },

  // Aliases of a training (src/core/values/trainingAlias.ts).
  'alias-unknown-training': { code: 'HiS3', codes: ['HiS1', 'HiS2'] },
  'alias-empty': { code: 'HiS2' },
  'alias-too-long': { code: 'HiS2', max: 300 },
  'alias-too-many': { code: 'HiS2', max: 50 },
  'alias-means-other': { alias: 'Hälsoinfo', code: 'HiS2', other: 'HiS9' },

  // People (src/core/names): a name in a round tab that only looks like one in the overall plan.
  'uncertain-name-match': {
    person: 'Ana Lindqvist',
    sheet: '3.a Saml pers spr-plan PLAN',
    row: 12,
    candidates: ['Anna Lindqvist'],
  },

  // Plan files that are no .docx (src/core/plan/read.ts, odt.ts).
  'plan-file-doc': { name: 'plan.doc' },
  'plan-file-pdf': { name: 'plan.pdf' },
  'plan-file-rtf': { name: 'plan.rtf' },
  'plan-file-other-odf': { name: 'plan.ods' },
  'odt-corrupt': { name: 'plan.odt' },
  'odt-encrypted': { name: 'plan.odt' },
  'odt-too-large': { name: 'plan.odt' },
});
