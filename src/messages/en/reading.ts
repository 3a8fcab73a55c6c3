import type { Sentences } from '../catalogue';
import type { readingMessages } from '../../core/messages/reading';

/** "A", "A or B", "A, B or C". */
function either(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function all(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export const reading: Sentences<keyof typeof readingMessages> = {
  'overall-no-header': (p) =>
    `No header row found in the overall spread plan (sheet “${p.sheet}”). It needs at least the columns Utbildning, Spridningsledare and Mål antal within its first 20 rows.`,
  'overall-missing-column': (p) =>
    `The overall spread plan (sheet “${p.sheet}”, header on row ${p.row}) has no ${p.columns.length === 1 ? 'column' : 'columns'} ${all(p.columns.map((c) => `“${c}”`))}. Point out which column is which.`,
  'overall-goal-without-person': (p) =>
    `Row ${p.row} of the overall spread plan (sheet “${p.sheet}”) has a goal but no spridningsledare. Enter who will spread the training in cell ${p.cell}; the row does not count until then.`,
  'overall-missing-training': (p) =>
    `${p.person} on row ${p.row} of the overall spread plan (sheet “${p.sheet}”) has no training. Enter the training in cell ${p.cell}.`,
  'overall-unknown-training': (p) =>
    `The training “${p.text}” on row ${p.row} of the overall spread plan (sheet “${p.sheet}”, cell ${p.cell}) is not one of the programme's trainings. Correct the spelling or add it to the list of trainings under Settings.`,
  'overall-ambiguous-training': (p) =>
    `The training “${p.text}” on row ${p.row} of the overall spread plan (sheet “${p.sheet}”, cell ${p.cell}) could be ${either(p.candidates)}. Write the code in the cell so the add-in knows which one is meant.`,
  'overall-unreadable-goal': (p) =>
    `The goal “${p.text}” for ${p.person} on row ${p.row} of the overall spread plan (sheet “${p.sheet}”, cell ${p.cell}) cannot be read as a number. Write a number, for example 30.`,
  'overall-row-note': (p) =>
    `Row ${p.row} of the overall spread plan (sheet “${p.sheet}”) is read as a note, not as an assignment: “${p.text}”. If it is an assignment, put the spridningsledare's name in the Spridningsledare column and the training in the Utbildning column.`,
  'overall-row-not-a-name': (p) =>
    `“${p.text}” in cell ${p.cell} (sheet “${p.sheet}”, row ${p.row}) is not a person's name, so the row does not count as an assignment. Write the spridningsledare's name there, one person per row.`,
  'overall-row-name-only': (p) =>
    `${p.person} in cell ${p.cell} (sheet “${p.sheet}”, row ${p.row}) has no training or other assignment on the row and is not in a block under a training, so the row does not count. If it is an assignment, fill in the training and goal on the row.`,
  'overall-other-table': (p) =>
    `From row ${p.row} the sheet “${p.sheet}” holds another table than the overall spread plan. Its rows are not read as assignments.`,

  'alias-unknown-training': (p) =>
    `There is no training with the code “${p.code}” in the list of trainings. Choose one of ${either(p.codes)}.`,
  'alias-empty': (p) => `Write the spelling that is to mean ${p.code}.`,
  'alias-too-long': (p) =>
    `The spelling is too long to be saved as another name of ${p.code} (at most ${p.max} characters).`,
  'alias-too-many': (p) =>
    `${p.code} already has ${p.max} other spellings saved, the most allowed. Remove one under Settings first.`,
  'alias-means-other': (p) =>
    `“${p.alias}” is already read as ${p.other}, so it cannot also mean ${p.code}. Correct the text in the cell instead.`,

  'uncertain-name-match': (p) =>
    `${p.person} (tab “${p.sheet}”, from row ${p.row}) is not in the overall spread plan by exactly that name, but looks like ${either(p.candidates)}. If it is the same person, write the name the same way in both places; the add-in does not merge two names on its own.`,

  'plan-file-doc': (p) =>
    `${p.name} is saved in the old Word format (.doc), which cannot be read. Open it in Word, choose File > Save As > Word Document (*.docx) and read in the new file.`,
  'plan-file-pdf': (p) =>
    `${p.name} is a PDF, which cannot be read as a plan. Ask for the plan as a Word file (.docx), or open the PDF in Word and save it as a Word Document (*.docx).`,
  'plan-file-rtf': (p) =>
    `${p.name} is saved as RTF, which cannot be read. Open it in Word, choose File > Save As > Word Document (*.docx) and read in the new file.`,
  'plan-file-other-odf': (p) =>
    `${p.name} is an OpenDocument spreadsheet or presentation, not a text document. Choose the personal spread plan (.docx or .odt).`,
  'odt-corrupt': (p) =>
    `${p.name} is damaged and cannot be read. Open it in LibreOffice or Word, save it as a Word Document (*.docx) and read in the new file.`,
  'odt-too-large': (p) =>
    `${p.name} is larger than 50 MB or unpacks to far too much data and is not read. A personal spread plan is normally under 1 MB; check that it is the right file.`,
  'odt-encrypted': (p) =>
    `${p.name} is password-protected. Open it, remove the password, save it as a Word Document (*.docx) and read it in again.`,
};
