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

/** "tabell 2, rad 3, kolumnen Planerat antal" */
function place(table: number, row: number, column?: string): string {
  return `tabell ${table}, rad ${row}${column ? `, kolumnen ${column}` : ''}`;
}

const OFFICE_FORMAT = {
  xlsx: 'en Excel-arbetsbok (.xlsx)',
  pptx: 'en PowerPoint-presentation (.pptx)',
  odf: 'ett OpenDocument-dokument',
};

export const plan: Sentences<keyof typeof planMessages> = {
  'plan-docx-empty': (p) => `Filen ${p.file} är tom. Spara planen i Word igen och försök på nytt.`,
  'plan-docx-too-large': (p) =>
    `Filen ${p.file} är större än ${p.maxMb} MB och läses inte. En personlig spridningsplan är normalt under 1 MB; kontrollera att det är rätt fil.`,
  'plan-docx-zip-bomb': (p) =>
    `Filen ${p.file} packas upp till orimligt mycket data och läses inte (skydd mot zip-bomb). Kontrollera att det är rätt fil.`,
  'plan-docx-encrypted': (p) =>
    `Filen ${p.file} är lösenordsskyddad (krypterad) eller sparad i det gamla Word-formatet (.doc). Öppna den i Word, ta bort lösenordet eller spara som .docx, och försök igen.`,
  'plan-docx-pdf': (p) =>
    `Filen ${p.file} är en PDF, inte ett Word-dokument. Be om planen som .docx eller kopiera texten från PDF:en och klistra in den.`,
  'plan-docx-not-word': (p) =>
    `Filen ${p.file} är inte ett Word-dokument (.docx). Välj den personliga spridningsplanen sparad som .docx.`,
  'plan-docx-other-office': (p) =>
    `Filen ${p.file} är ${OFFICE_FORMAT[p.format]}, inte ett Word-dokument. Välj den personliga spridningsplanen (.docx).`,
  'plan-docx-zip-not-word': (p) =>
    `Filen ${p.file} är en zip-fil men inget Word-dokument. Välj den personliga spridningsplanen (.docx).`,
  'plan-docx-truncated': (p) =>
    `Filen ${p.file} är ofullständig (avbruten zip-fil). Spara eller ladda ner den igen.`,
  'plan-docx-content-unreadable': (p) =>
    `Filen ${p.file} är skadad: dokumentets innehåll går inte att läsa. Öppna den i Word och spara igen.`,
  'plan-docx-no-body': (p) =>
    `Filen ${p.file} innehåller ingen dokumenttext. Öppna den i Word och spara igen.`,
  'plan-docx-zip-corrupt': (p) =>
    `Filen ${p.file} är skadad och går inte att packa upp. Öppna den i Word och spara igen.`,
  'plan-docx-unreadable': (p) =>
    `Filen ${p.file} går inte att läsa. Öppna den i Word och spara igen som .docx.`,
  'plan-docx-macros': (p) => `Filen ${p.file} innehåller makron. Bara texten har lästs; makron körs aldrig.`,
  'plan-docx-external-links': (p) =>
    `Filen ${p.file} hänvisar till ${p.count} ${p.count === 1 ? 'extern resurs' : 'externa resurser'} (t.ex. mall eller länkad bild). De har ignorerats; inget hämtas.`,
  'plan-not-a-file': (p) => `${p.file} är ingen fil som går att läsa.`,
  'plan-read-failed': (p) =>
    `${p.source} kunde inte läsas (oväntat fel). Inget har skrivits. ${p.from === 'docx' ? 'Öppna filen i Word, spara den igen och försök på nytt.' : 'Kopiera planen från Word igen eller läs in .docx-filen.'}`,
  'plan-paste-empty': () => 'Urklippet är tomt. Markera planen i Word, kopiera (Ctrl+C) och klistra in här.',
  'plan-paste-too-large': (p) =>
    `Det inklistrade är större än ${p.maxMb} MB och läses inte. En personlig spridningsplan är mycket mindre: kopiera bara planen, eller läs in planens .docx-fil.`,
  'plan-paste-unreadable': () =>
    'Det inklistrade går inte att läsa. Kopiera planen från Word igen, eller läs in planens .docx-fil.',
  'plan-not-a-plan': (p) =>
    `${p.source} ser inte ut som en personlig spridningsplan: varken kontaktuppgifter (Namn, E-post …) eller en aktivitetstabell (Utbildning, Aktivitet, Planerat datum …) hittades. Kopiera planen från Word-dokumentet eller välj planens .docx-fil.`,
  'plan-missing-name': (p) =>
    `Spridningsledarens namn saknas i ${p.source} (fältet Namn), så planen kan inte importeras. ${NAME_ADVICE}`,
  'plan-too-many-rows': (p) =>
    `${p.source} har ${p.rows} tabellrader, fler än någon personlig spridningsplan (högst ${p.max}). Kontrollera att det är en personlig spridningsplan som klistrades in eller valdes.`,
  'plan-no-activity-table': (p) =>
    `Ingen aktivitetstabell hittades i ${p.source}. Kontrollera att tabellen med aktiviteter (Utbildning, Aktivitet, Planerat datum …) kom med.`,
  'plan-instruction-row-skipped': (p) =>
    `Raden i ${place(p.table, p.row)} ser ut som instruktionstext från mallen och har hoppats över.`,
  'plan-activity-without-training': (p) =>
    `Aktiviteten i ${place(p.table, p.row, p.column)} saknar utbildning. Skriv vilken utbildning den sprider, till exempel HiS6.`,
  'plan-unknown-training': (p) => {
    const where = place(p.table, p.row, p.column);
    return `Utbildningen ”${p.text}” i ${p.inGoal ? `det personliga målet (${where})` : where} är ingen av programmets utbildningar. ${TRAINING_ADVICE}`;
  },
  'plan-unknown-listed-training': (p) =>
    `Utbildningen ”${p.text}” under ${p.column} är ingen av programmets utbildningar. ${TRAINING_ADVICE}`,
  'plan-ambiguous-training': (p) => {
    const where = place(p.table, p.row, p.column);
    return `Utbildningen ”${p.text}” i ${p.inGoal ? `det personliga målet (${where})` : where} passar ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`;
  },
  'plan-ambiguous-listed-training': (p) =>
    `Utbildningen ”${p.text}” under ${p.column} passar ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`,
  'plan-unreadable-number': (p) => {
    const where = place(p.table, p.row, p.column);
    return p.inGoal
      ? `Antalet ”${p.text}” i det personliga målet (${where}) går inte att läsa som ett tal. ${NUMBER_ADVICE}`
      : `”${p.text}” i ${where} går inte att läsa som ett antal och räknas som 0. ${NUMBER_ADVICE}`;
  },
  'plan-unreadable-date': (p) =>
    `”${p.text}” i ${place(p.table, p.row, p.column)} går inte att läsa som ett datum. ${DATE_ADVICE}`,
  'plan-unreadable-status': (p) =>
    `Statusen ”${p.text}” i ${place(p.table, p.row, p.column)} känns inte igen. ${STATUS_ADVICE}`,
  'plan-duplicate-activity': (p) =>
    `Aktiviteten i ${place(p.table, p.row)} är likadan som den i ${place(p.firstTable, p.firstRow)}. Båda läses in; ta bort den ena i planen om den är dubblerad av misstag.`,
};
