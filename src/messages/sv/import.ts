import type { importMessages } from '../../core/messages/import';
import type { Sentences } from '../catalogue';
import { number } from '../format';

export const importSentences: Sentences<keyof typeof importMessages> = {
  'import-same-person-twice': (p) =>
    `${p.person} har två planer i samma import (”${p.first}” och ”${p.second}”). Bara den senare, ”${p.second}”, importeras.`,
  'import-cell-too-long': (p) =>
    `En text i kolumnen ”${p.column}” (flik ”${p.sheet}”) har ${number(p.length, 'sv')} tecken. En cell i Excel rymmer högst ${number(p.max, 'sv')}, så bara början skrivs. Korta texten i planen om resten behövs.`,
  'import-no-header-row': (p) =>
    `Fliken ”${p.sheet}” har ingen rubrikrad som går att känna igen bland de första ${p.rows} raderna. Kontrollera fliken eller visa vilka kolumner som är vilka.`,
};
