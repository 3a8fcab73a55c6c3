import type { planMessages } from '../../core/messages/plan';
import type { Sentences } from '../catalogue';
import {
  ambiguousAdvice,
  DATE_ADVICE,
  fits,
  NAME_ADVICE,
  NUMBER_ADVICE,
  STATUS_ADVICE,
  TRAINING_ADVICE,
} from './advice';

/** "table 2, row 3, column Planerat antal" */
function place(table: number, row: number, column?: string): string {
  return `table ${table}, row ${row}${column ? `, column ${column}` : ''}`;
}

const OFFICE_FORMAT = {
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  odf: 'an OpenDocument document',
};

export const plan: Sentences<keyof typeof planMessages> = {
  'plan-docx-empty': (p) => `The file ${p.file} is empty. Save the plan in Word again and try once more.`,
  'plan-docx-too-large': (p) =>
    `The file ${p.file} is larger than ${p.maxMb} MB and is not read. A personal spread plan is normally under 1 MB; check that it is the right file.`,
  'plan-docx-zip-bomb': (p) =>
    `The file ${p.file} unpacks to an unreasonable amount of data and is not read (protection against zip bombs). Check that it is the right file.`,
  'plan-docx-encrypted': (p) =>
    `The file ${p.file} is password-protected (encrypted) or saved in the old Word format (.doc). Open it in Word, remove the password or save it as .docx, and try again.`,
  'plan-docx-pdf': (p) =>
    `The file ${p.file} is a PDF, not a Word document. Ask for the plan as .docx, or copy the text from the PDF and paste it.`,
  'plan-docx-not-word': (p) =>
    `The file ${p.file} is not a Word document (.docx). Choose the personal spread plan saved as .docx.`,
  'plan-docx-other-office': (p) =>
    `The file ${p.file} is ${OFFICE_FORMAT[p.format]}, not a Word document. Choose the personal spread plan (.docx).`,
  'plan-docx-zip-not-word': (p) =>
    `The file ${p.file} is a zip file but no Word document. Choose the personal spread plan (.docx).`,
  'plan-docx-truncated': (p) =>
    `The file ${p.file} is incomplete (a broken-off zip file). Save or download it again.`,
  'plan-docx-content-unreadable': (p) =>
    `The file ${p.file} is damaged: the document’s content cannot be read. Open it in Word and save it again.`,
  'plan-docx-no-body': (p) => `The file ${p.file} holds no document text. Open it in Word and save it again.`,
  'plan-docx-zip-corrupt': (p) =>
    `The file ${p.file} is damaged and cannot be unpacked. Open it in Word and save it again.`,
  'plan-docx-unreadable': (p) =>
    `The file ${p.file} cannot be read. Open it in Word and save it again as .docx.`,
  'plan-docx-macros': (p) =>
    `The file ${p.file} contains macros. Only the text was read; macros are never run.`,
  'plan-docx-external-links': (p) =>
    `The file ${p.file} refers to ${p.count} external ${p.count === 1 ? 'resource' : 'resources'} (such as a template or a linked picture). They were ignored; nothing is fetched.`,
  'plan-not-a-file': (p) => `${p.file} is not a file that can be read.`,
  'plan-read-failed': (p) =>
    `${p.source} could not be read (an unexpected error). Nothing has been written. ${p.from === 'docx' ? 'Open the file in Word, save it again and try once more.' : 'Copy the plan from Word again, or read in the .docx file.'}`,
  'plan-paste-empty': () =>
    'The clipboard is empty. Select the plan in Word, copy it (Ctrl+C) and paste it here.',
  'plan-paste-too-large': (p) =>
    `What was pasted is larger than ${p.maxMb} MB and is not read. A personal spread plan is much smaller: copy just the plan, or read in the plan’s .docx file.`,
  'plan-paste-unreadable': () =>
    'What was pasted cannot be read. Copy the plan from Word again, or read in the plan’s .docx file.',
  'plan-not-a-plan': (p) =>
    `${p.source} does not look like a personal spread plan: neither contact details (Namn, E-post …) nor an activity table (Utbildning, Aktivitet, Planerat datum …) were found. Copy the plan from the Word document or choose the plan’s .docx file.`,
  'plan-missing-name': (p) =>
    `The spridningsledare’s name is missing in ${p.source} (the field Namn), so the plan cannot be imported. ${NAME_ADVICE}`,
  'plan-too-many-rows': (p) =>
    `${p.source} has ${p.rows} table rows, more than any personal spread plan (at most ${p.max}). Check that what was pasted or chosen is a personal spread plan.`,
  'plan-no-activity-table': (p) =>
    `No activity table was found in ${p.source}. Check that the table of activities (Utbildning, Aktivitet, Planerat datum …) came along.`,
  'plan-instruction-row-skipped': (p) =>
    `The row at ${place(p.table, p.row)} looks like instruction text from the template and was skipped.`,
  'plan-activity-without-training': (p) =>
    `The activity at ${place(p.table, p.row, p.column)} has no training. Write which training it spreads, for example HiS6.`,
  'plan-unknown-training': (p) => {
    const where = place(p.table, p.row, p.column);
    return `The training “${p.text}” ${p.inGoal ? `in the personal goal (${where})` : `at ${where}`} is not one of the programme’s trainings. ${TRAINING_ADVICE}`;
  },
  'plan-unknown-listed-training': (p) =>
    `The training “${p.text}” under ${p.column} is not one of the programme’s trainings. ${TRAINING_ADVICE}`,
  'plan-ambiguous-training': (p) => {
    const where = place(p.table, p.row, p.column);
    return `The training “${p.text}” ${p.inGoal ? `in the personal goal (${where})` : `at ${where}`} fits ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`;
  },
  'plan-ambiguous-listed-training': (p) =>
    `The training “${p.text}” under ${p.column} fits ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`,
  'plan-unreadable-number': (p) => {
    const where = place(p.table, p.row, p.column);
    return p.inGoal
      ? `The number “${p.text}” in the personal goal (${where}) cannot be read as a number. ${NUMBER_ADVICE}`
      : `“${p.text}” at ${where} cannot be read as a number and counts as 0. ${NUMBER_ADVICE}`;
  },
  'plan-unreadable-date': (p) =>
    `“${p.text}” at ${place(p.table, p.row, p.column)} cannot be read as a date. ${DATE_ADVICE}`,
  'plan-unreadable-status': (p) =>
    `The status “${p.text}” at ${place(p.table, p.row, p.column)} is not recognised. ${STATUS_ADVICE}`,
  'plan-duplicate-activity': (p) =>
    `The activity at ${place(p.table, p.row)} is the same as the one at ${place(p.firstTable, p.firstRow)}. Both are read in; delete one of them in the plan if it was repeated by mistake.`,
};
