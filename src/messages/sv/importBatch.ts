import type { importBatchMessages } from '../../core/messages/importBatch';
import type { Sentences } from '../catalogue';
import { nameList } from '../nameList';

export const importBatch: Sentences<keyof typeof importBatchMessages> = {
  'import-round-undecided': (p) =>
    `${p.people.length === 1 ? 'Planen' : 'Planerna'} från ${nameList(p.people, 'sv')} har status ifylld, men datumen för återrapporteringarna i inställningarna har passerat, så det går inte att avgöra om ${p.people.length === 1 ? 'den' : 'de'} hör till återrapportering 1 eller 2. Välj omgång, eller rätta datumen under Inställningar.`,
};
