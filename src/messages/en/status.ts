import type { statusMessages } from '../../core/messages/status';
import type { Sentences } from '../catalogue';
import { longDate } from '../format';

const ROUND = { aterrap1: 'Återrapportering 1 (report 1)', aterrap2: 'Återrapportering 2 (report 2)' };
const SHORT = { aterrap1: 'report 1', aterrap2: 'report 2' };
const TAB = { aterrap1: '3.b', aterrap2: '3.c' };
const SECTION = { training: 'Per training', unit: 'Per unit (verksamhet)' };

export const status: Sentences<keyof typeof statusMessages> = {
  'status-title': (p) => `Spread of Hälsa i Sverige – status at ${ROUND[p.round]}`,
  'status-subtitle': (p) =>
    `Hälsa i Sverige för asylsökande och nyanlända · compiled ${longDate(p.date, 'en')}`,
  'status-key-figures': () => "The region's key figures",
  'status-figure': (p) =>
    ({
      goal: 'Goal (people to reach)',
      planned: 'Planned',
      reached: `Reached at ${SHORT[p.round]}`,
      share: 'Share of the goal reached',
      people: 'Spridningsledare in the overall plan',
      reporting: `Spridningsledare who reported for ${SHORT[p.round]}`,
    })[p.figure],
  'status-section': (p) => SECTION[p.section],
  'status-column': (p) =>
    ({
      name: p.section === 'training' ? 'Training' : 'Unit',
      goal: 'Goal',
      planned: 'Planned',
      reached: `Reached (${SHORT[p.round]})`,
      share: 'Share of goal',
    })[p.column],
  'status-chart-title': (p) =>
    p.section === 'total'
      ? `Goal, planned and reached at ${SHORT[p.round]}`
      : `Goal, planned and reached ${p.section === 'training' ? 'per training' : 'per unit'} (${SHORT[p.round]})`,
  'status-note': (p) =>
    `Reached = Antal nådda on rows with status Genomförd/Klar in tab ${TAB[p.round]} (${ROUND[p.round]}); planned = tab 3.a; goal = the overall spread plan. The numbers are formulas, counted as in "${p.summary}". Participants are not identified: someone who attends two activities counts twice.`,
  'status-slide-part': (p) => `(${p.part} of ${p.parts})`,
  'status-sheet-cells-taken': (p) =>
    `The status sheet needs the cells ${p.range} on the sheet "${p.sheet}", but ${p.cells.join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''} hold something the add-in did not write. Move that content (or rename the sheet) and write the status sheet again; nothing was changed.`,
  'status-print-not-set': (p) =>
    `This version of Excel does not let the add-in set up printing. Choose Page Layout > Orientation > Landscape and Size > A4 for the sheet "${p.sheet}" yourself.`,
  'status-sheet-written': (p) =>
    `The status sheet "${p.sheet}" is written with ${p.charts} charts, ready to print on A4 landscape.`,
  'status-deck-written': (p) => `Wrote the slide deck ${p.out} (${p.slides} slides).`,
  'cli-status-round': (p) =>
    `Status is made for a report round: --round aterrap1 or aterrap2${p.round ? ` (not "${p.round}")` : ''}.`,
  'cli-status-out-missing': () => '--out STATUS.pptx is missing: the file the deck is written to.',
  'cli-status-out-pptx': (p) =>
    `The deck is written as PowerPoint: give --out a name ending in .pptx (not "${p.out}").`,
  'cli-status-xlsx': (p) =>
    `--xlsx writes the workbook with its status sheet: give a name ending in .xlsx (not "${p.out}").`,
};
