import type { totalsMessages } from '../../core/messages/totals';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';

const SECTION = {
  training: 'Per utbildning',
  unit: 'Per verksamhet',
  person: 'Per spridningsledare',
  total: 'Totalt',
};

const COLUMN = {
  goal: 'Mål',
  planned: 'Planerat (3.a)',
  reached1: 'Nådda Återrapp. 1 (3.b)',
  reached2: 'Nådda Återrapp. 2 (3.c)',
  share: 'Andel av målet (Återrapp. 2)',
};

const WITHOUT = {
  training: 'Okänd eller ingen utbildning',
  unit: '(ingen verksamhet)',
  person: '(inget namn)',
};

export const totals: Sentences<keyof typeof totalsMessages> = {
  'totals-title': () => 'Sammanställning av spridningen',
  'totals-note-reached': (p) =>
    `Nådda = summan av Antal nådda på rader vars status är ${quotedList(p.doneWords, 'sv')} (oavsett stora/små bokstäver) i flikarna 3.b (Återrapportering 1) och 3.c (Återrapportering 2). Återrapportering 2 är vad planerna rapporterar då, inte tillägg till 1. Planerat = summan av Planerat antal i flik 3.a.`,
  'totals-note-participants': () =>
    'Deltagarna är inte identifierade: den som går två aktiviteter räknas två gånger. Dubbletter räknas också (de flaggas vid kontrollen).',
  'totals-note-numbers': () =>
    'Formlerna räknar tal och text som bara är ett tal (”30”). Text som ”ca 20” eller ”20-25” som skrivits in för hand räknas INTE; importen skriver alltid in läsbara antal som tal. Rätta sådana celler till ett tal.',
  'totals-note-goals': (p) =>
    p.fromFile
      ? 'Målen kommer från den övergripande spridningsplanen i en separat fil och är inskrivna som värden; de uppdateras när du uppdaterar sammanställningen.'
      : 'Målen summeras direkt ur den övergripande spridningsplanens celler, även mål som är lagrade som text.',
  'totals-note-formulas': () =>
    'Siffrorna är formler och följer med när du ändrar i loggen. Nya rader, nya stavningar av utbildningar, verksamheter eller namn kommer med när du uppdaterar sammanställningen i tillägget.',
  'totals-section': (p) => SECTION[p.section],
  'totals-column': (p) => COLUMN[p.column],
  'totals-whole-region': () => 'Hela regionen',
  'totals-chart-title': () => 'Mål, planerat och nådda per utbildning',
  'totals-without': (p) => WITHOUT[p.dimension],
};
