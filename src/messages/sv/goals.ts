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
      const n = p.numbers[i] ? `${p.numbers[i]} personer` : 'antal inte angivet';
      return `– ${t}${unit}: ${n}`;
    })
    .join('\n');
}

export const goals: Sentences<keyof typeof goalsMessages> = {
  'goals-mail-subject': (p) =>
    `Ditt personliga mål för spridningen${p.trainings.length ? ` – ${p.trainings.join(', ')}` : ''}`,
  'goals-mail-body': (p) =>
    `Hej ${p.name}!\n\n` +
    'Tack för att du sprider utbildningarna i Hälsa i Sverige för asylsökande och nyanlända. ' +
    'Här är ditt personliga mål för spridningen, ur regionens övergripande spridningsplan:\n\n' +
    `${p.trainings.length ? goalLines(p) : '– (inga utbildningar tilldelade ännu)'}\n\n` +
    'Din personliga spridningsplan är bifogad, med dina kontaktuppgifter och ditt mål ifyllda. ' +
    'Kontrollera uppgifterna, fyll i de aktiviteter du planerar och skicka planen till mig ' +
    `senast ${longDate(p.deadline, 'sv')}.\n\n` +
    'Hör av dig om något är oklart.\n\nMed vänliga hälsningar',
  'cli-goals-needs-overall': () =>
    'Ange den övergripande spridningsplanen med --overall OVERALL.xlsx, eller loggen som har den med --workbook IN.xlsx.',
  'cli-goals-out-missing': () =>
    '--out MAPP saknas: mappen som planerna och mejlen skrivs i (den skapas om den inte finns).',
  'goals-no-overall-plan': () =>
    'Det finns ingen övergripande spridningsplan att hämta målen ur. Lägg in den i fliken ”1. Övergripande spridningsplan” eller välj den som en separat fil.',
  'goals-no-people': (p) =>
    `Den övergripande spridningsplanen (${p.source}) har inga rader med en spridningsledare och en utbildning. Kontrollera att kolumnerna Spridningsledare och Utbildning är ifyllda.`,
  'goals-files-exist': (p) =>
    `Mappen ${p.dir} innehåller redan ${p.files.join(', ')}${p.more === 1 ? ' och en fil till' : p.more > 1 ? ` och ${p.more} filer till` : ''}. Inget har skrivits. Välj en tom mapp, eller lägg till --force för att ersätta filerna.`,
  'goals-out-not-folder': (p) =>
    `${p.dir} är ingen mapp. Ange en mapp med --out (den skapas om den inte finns).`,
  'goals-bad-deadline': (p) =>
    `”${p.deadline}” är inget datum. Skriv sista dag för planen som ÅÅÅÅ-MM-DD, till exempel 2017-02-02.`,
  'goals-written': (p) =>
    `Skrev ${p.docx} planer (.docx) och ${p.eml} mejl (.eml) för ${p.people} spridningsledare i ${p.dir}.`,
  'goals-person-written': (p) =>
    `  ${p.name}: ${p.file}.docx och ${p.file}.eml (${p.goals} mål, till ${p.email})`,
  'goals-person-no-email': (p) =>
    `  ${p.name}: ${p.file}.docx och ${p.file}.eml – ingen e-postadress i flik 2 eller den övergripande planen; fyll i mottagaren själv`,
};
