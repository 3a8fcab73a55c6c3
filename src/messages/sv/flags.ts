import type { flagMessages } from '../../core/messages/flags';
import type { Round } from '../../core/model';
import type { Sentences } from '../catalogue';
import { longDate, quotedList } from '../format';
import { ambiguousAdvice, DATE_ADVICE, fits, NUMBER_ADVICE, STATUS_ADVICE, TRAINING_ADVICE } from './advice';

const ROUND: Record<Round, string> = {
  plan: 'planen (PLAN)',
  aterrap1: 'Återrapportering 1',
  aterrap2: 'Återrapportering 2',
};

/** "rad 12 i fliken ”3.a …”" */
const at = (p: { row: number; sheet: string }) => `rad ${p.row} i fliken ”${p.sheet}”`;

export const flags: Sentences<keyof typeof flagMessages> = {
  'flag-unknown-training': (p) =>
    `Utbildningen ”${p.training}” på ${at(p)} är ingen av programmets utbildningar. ${TRAINING_ADVICE}`,
  'flag-ambiguous-training': (p) =>
    `Utbildningen ”${p.training}” på ${at(p)} passar ${fits(p.candidates)}. ${ambiguousAdvice(p.candidates)}`,
  'flag-unreadable-number': (p) =>
    `${p.column} ”${p.text}” på ${at(p)} går inte att läsa som ett antal och räknas som 0. ${NUMBER_ADVICE}`,
  'flag-unreadable-date': (p) =>
    `${p.column} ”${p.text}” på ${at(p)} går inte att läsa som ett datum. ${DATE_ADVICE}`,
  'flag-missing-status': (p) => `Aktiviteten på ${at(p)} saknar status. ${STATUS_ADVICE}`,
  'flag-unknown-status': (p) =>
    `Statusen ”${p.status}” på ${at(p)} är inget av statusorden. ${STATUS_ADVICE}`,
  'flag-done-without-reached': (p) =>
    `Aktiviteten på ${at(p)} är genomförd men Antal nådda är tomt, så den räknas som 0 nådda. Fyll i hur många som deltog.`,
  'flag-reached-above-planned': (p) =>
    `Antal nådda (${p.reached}) på ${at(p)} är större än Planerat antal (${p.planned}). Kontrollera siffrorna; det kan stämma om fler kom än planerat.`,
  'flag-duplicate-activity': (p) =>
    `Rad ${p.row} i fliken ”${p.sheet}” är likadan som rad ${p.sameAs} (samma utbildning, aktivitet, målgrupp, verksamhet, datum och planerat antal). Ta bort den om den kommit med två gånger; annars räknas den två gånger.`,
  'flag-unit-mismatch': (p) =>
    `Verksamheten ”${p.unit}” på ${at(p)} är inte den som står för ${p.person} och ${p.training} i den övergripande spridningsplanen (${quotedList(p.units, 'sv')}). Rätta verksamheten på raden eller i den övergripande planen.`,
  'flag-training-not-assigned': (p) =>
    `${p.person} har aktiviteter för ${p.training} (från rad ${p.row} i fliken ”${p.sheet}”), men ${p.training} är inte tilldelad ${p.person} i den övergripande spridningsplanen. Kontrollera utbildningen eller lägg till uppdraget i den övergripande planen.`,
  'flag-planned-below-goal': (p) =>
    `${p.person} planerar att nå ${p.planned} personer med ${p.training} i fliken ”${p.sheet}”, men målet i den övergripande spridningsplanen är ${p.goal}. Stäm av med ${p.person} om fler aktiviteter behövs eller om målet ska ändras.`,
  'flag-assigned-training-without-activity': (p) =>
    `${p.person} ska enligt den övergripande spridningsplanen sprida ${p.training} men har inga aktiviteter för ${p.training} i fliken ”${p.sheet}”. Fråga ${p.person} om aktiviteterna saknas i planen, eller ändra den övergripande planen.`,
  'flag-not-in-overall-plan': (p) =>
    `${p.person} har rader i fliken ”${p.sheet}” (från rad ${p.row}) men finns inte i den övergripande spridningsplanen. Det kan stämma – den som gått en utbildning på eget initiativ får också sprida den. Lägg annars till personen i den övergripande planen eller rätta stavningen av namnet.`,
  'flag-plan-not-received': (p) => {
    const due = longDate(p.due, 'sv');
    return `${p.person} finns i den övergripande spridningsplanen men har inga rader i fliken ”${p.sheet}” (${ROUND[p.round]}). ${p.late ? `Planen skulle ha kommit senast ${due}; skicka en påminnelse.` : `Sista dag är ${due}; påminn om den inte kommer.`}`;
  },
  'flag-invalid-contact': (p) => {
    const row = p.row;
    const who = p.name === '' ? `raden ${row}` : `${p.name} (rad ${row})`;
    return `E-postadressen ”${p.email}” för ${who} i fliken ”${p.sheet}” ser inte ut som en e-postadress. Rätta den (en adress per cell, till exempel namn@region.se) så att påminnelser kan skickas.`;
  },
  'reminder-subject': (p) =>
    p.round === 'plan'
      ? 'Påminnelse: din personliga spridningsplan'
      : `Påminnelse: din personliga spridningsplan med status (${ROUND[p.round]})`,
  'reminder-body': (p) => {
    const due = longDate(p.due, 'sv');
    return [
      'Hej!',
      '',
      p.round === 'plan'
        ? `Jag har ännu inte fått din personliga spridningsplan för Hälsa i Sverige för asylsökande och nyanlända. Skicka den till mig senast ${due}.`
        : `Jag har ännu inte fått din uppdaterade personliga spridningsplan med status ifylld för dina spridningsaktiviteter. Skicka den till mig senast ${due}, så att den kommer med i ${ROUND[p.round]}.`,
      '',
      p.round === 'plan'
        ? 'Skicka planen som bifogad fil i ett svar på detta mejl.'
        : 'Fyll i Status, Genomfört datum och Antal nådda för de aktiviteter som är genomförda, och skicka planen som bifogad fil i ett svar på detta mejl.',
      '',
      'Hör av dig om du har frågor.',
      '',
      'Vänliga hälsningar',
    ].join('\r\n');
  },
};
