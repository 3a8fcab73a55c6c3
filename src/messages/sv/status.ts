import type { statusMessages } from '../../core/messages/status';
import type { Sentences } from '../catalogue';
import { longDate } from '../format';

const ROUND = { aterrap1: 'Återrapportering 1', aterrap2: 'Återrapportering 2' };
const TAB = { aterrap1: '3.b', aterrap2: '3.c' };
const SECTION = { training: 'Per utbildning', unit: 'Per verksamhet' };

export const status: Sentences<keyof typeof statusMessages> = {
  'status-title': (p) => `Spridning Hälsa i Sverige – status vid ${ROUND[p.round]}`,
  'status-subtitle': (p) =>
    `Hälsa i Sverige för asylsökande och nyanlända · sammanställt ${longDate(p.date, 'sv')}`,
  'status-key-figures': () => 'Nyckeltal för regionen',
  'status-figure': (p) =>
    ({
      goal: 'Mål (personer att nå)',
      planned: 'Planerat',
      reached: `Nådda vid ${ROUND[p.round]}`,
      share: 'Andel av målet som nåtts',
      people: 'Spridningsledare i den övergripande planen',
      reporting: `Spridningsledare som rapporterat till ${ROUND[p.round]}`,
    })[p.figure],
  'status-section': (p) => SECTION[p.section],
  'status-column': (p) =>
    ({
      name: p.section === 'training' ? 'Utbildning' : 'Verksamhet',
      goal: 'Mål',
      planned: 'Planerat',
      reached: `Nådda (${ROUND[p.round]})`,
      share: 'Andel av målet',
    })[p.column],
  'status-chart-title': (p) =>
    p.section === 'total'
      ? `Mål, planerat och nådda vid ${ROUND[p.round]}`
      : `Mål, planerat och nådda ${p.section === 'training' ? 'per utbildning' : 'per verksamhet'} (${ROUND[p.round]})`,
  'status-note': (p) =>
    `Nådda = Antal nådda på rader med status Genomförd/Klar i flik ${TAB[p.round]} (${ROUND[p.round]}); planerat = flik 3.a; mål = den övergripande spridningsplanen. Siffrorna är formler, räknade som i ”${p.summary}”. Deltagarna är inte identifierade: den som går två aktiviteter räknas två gånger.`,
  'status-slide-part': (p) => `(${p.part} av ${p.parts})`,
  'status-sheet-cells-taken': (p) =>
    `Statusfliken behöver cellerna ${p.range} i fliken ”${p.sheet}”, men ${p.cells.join(', ')}${p.more > 0 ? ` och ${p.more} till` : ''} innehåller annat som inte skrivits av tillägget. Flytta det innehållet (eller byt namn på fliken) och skriv statusfliken igen; inget har ändrats.`,
  'status-print-not-set': (p) =>
    `Den här versionen av Excel låter inte tillägget ställa in utskriften. Välj själv Sidlayout > Orientering > Liggande och Storlek > A4 för fliken ”${p.sheet}”.`,
  'status-sheet-written': (p) =>
    `Statusfliken ”${p.sheet}” är skriven med ${p.charts} diagram, klar att skriva ut på A4 liggande.`,
  'status-deck-written': (p) => `Skrev bildspelet ${p.out} (${p.slides} bilder).`,
  'cli-status-round': (p) =>
    `Status görs för en återrapportering: --round aterrap1 eller aterrap2${p.round ? ` (inte ”${p.round}”)` : ''}.`,
  'cli-status-out-missing': () => '--out STATUS.pptx saknas: filen som bildspelet skrivs i.',
  'cli-status-out-pptx': (p) =>
    `Bildspelet skrivs som PowerPoint: ge --out ett namn som slutar på .pptx (inte ”${p.out}”).`,
  'cli-status-xlsx': (p) =>
    `--xlsx skriver arbetsboken med statusfliken: ge ett namn som slutar på .xlsx (inte ”${p.out}”).`,
};
