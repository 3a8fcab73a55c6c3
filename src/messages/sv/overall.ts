import type { overallMessages } from '../../core/messages/overall';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';
import { NUMBER_ADVICE, TRAINING_ADVICE } from './advice';

export const overall: Sentences<keyof typeof overallMessages> = {
  'overall-no-header': (p) =>
    `Hittade ingen rubrikrad i den övergripande spridningsplanen (bladet ”${p.sheet}”). Den behöver minst kolumnerna Utbildning, Spridningsledare och Mål antal bland de ${p.rows} första raderna.`,
  'overall-missing-columns': (p) =>
    `Den övergripande spridningsplanen (bladet ”${p.sheet}”, rubrikraden på rad ${p.row}) saknar kolumnen ${quotedList(p.columns, 'sv')}. Peka ut vilken kolumn som är vilken.`,
  'overall-goal-without-person': (p) =>
    `Rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”) har ett mål men ingen spridningsledare. Skriv in vem som ska sprida utbildningen; raden räknas inte förrän dess.`,
  'overall-missing-training': (p) =>
    `${p.person} på rad ${p.row} i den övergripande spridningsplanen (bladet ”${p.sheet}”) har ingen utbildning. Skriv in utbildningen i cell ${p.cell}.`,
  'overall-unknown-training': (p) =>
    `Utbildningen ”${p.training}” på rad ${p.row} i den övergripande spridningsplanen (cell ${p.cell}) är ingen av programmets utbildningar. ${TRAINING_ADVICE}`,
  'overall-unreadable-goal': (p) =>
    `Målet ”${p.goal}” för ${p.person} på rad ${p.row} i den övergripande spridningsplanen (cell ${p.cell}) går inte att läsa som ett antal. ${NUMBER_ADVICE}`,
};
