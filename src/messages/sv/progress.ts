import type { progressMessages } from '../../core/messages/progress';
import type { Sentences } from '../catalogue';

const ROUND = { aterrap1: 'Återrapportering 1 (flik 3.b)', aterrap2: 'Återrapportering 2 (flik 3.c)' };

export const progress: Sentences<keyof typeof progressMessages> = {
  'flag-planned-not-reported': (p) =>
    `${p.person} planerade ”${p.activity}” (${p.training}, rad ${p.row} i fliken ”${p.sheet}”), men aktiviteten finns inte med i ${ROUND[p.round]}. Fråga om den är genomförd, flyttad eller inställd, och lägg till den i rapporten med sin status.`,
  'flag-reported-not-planned': (p) =>
    `${p.person} rapporterar ”${p.activity}” (${p.training}) på rad ${p.row} i fliken ”${p.sheet}”, men den finns inte i planen (flik 3.a). Det kan vara en ny aktivitet; annars har utbildningen eller aktiviteten skrivits på ett annat sätt än i planen — skriv den lika i båda flikarna.`,
  'flag-reached-decreased': (p) =>
    `${p.person}: ”${p.activity}” har ${p.reached2} nådda på rad ${p.row} i fliken ”${p.sheet}” men hade ${p.reached1} vid Återrapportering 1 (rad ${p.row1} i flik 3.b). Antal nådda brukar inte minska; kontrollera siffran.`,
  'flag-missing-at-report-2': (p) =>
    `${p.person} rapporterade till Återrapportering 1 (från rad ${p.row} i fliken ”${p.sheet}”) men har inga rader i Återrapportering 2 (flik 3.c). Påminn om den uppdaterade planen.`,
};
