// The short Swedish note on the summary sheet: what is counted and how.
import { DONE_WORDS } from './countable';

export const SUMMARY_TITLE = 'Sammanställning av spridningen';

export function summaryNote(goalsAsValues: boolean): string[] {
  return [
    `Nådda = summan av Antal nådda på rader vars status är ${DONE_WORDS.map((w) => `”${w}”`).join(', ')} (oavsett stora/små bokstäver) i flikarna 3.b (Återrapportering 1) och 3.c (Återrapportering 2). Återrapportering 2 är vad planerna rapporterar då, inte tillägg till 1. Planerat = summan av Planerat antal i flik 3.a.`,
    'Deltagarna är inte identifierade: den som går två aktiviteter räknas två gånger. Dubbletter räknas också (de flaggas vid kontrollen).',
    'Formlerna räknar tal och text som bara är ett tal (”30”). Text som ”ca 20” eller ”20-25” som skrivits in för hand räknas INTE; importen skriver alltid in läsbara antal som tal. Rätta sådana celler till ett tal.',
    goalsAsValues
      ? 'Målen kommer från den övergripande spridningsplanen i en separat fil och är inskrivna som värden; de uppdateras när du uppdaterar sammanställningen.'
      : 'Målen summeras direkt ur den övergripande spridningsplanens celler, även mål som är lagrade som text.',
    'Siffrorna är formler och följer med när du ändrar i loggen. Nya rader, nya stavningar av utbildningar, verksamheter eller namn kommer med när du uppdaterar sammanställningen i tillägget.',
  ];
}
