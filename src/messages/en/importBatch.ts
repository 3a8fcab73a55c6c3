import type { importBatchMessages } from '../../core/messages/importBatch';
import type { Sentences } from '../catalogue';
import { nameList } from '../nameList';

export const importBatch: Sentences<keyof typeof importBatchMessages> = {
  'import-round-undecided': (p) =>
    `The ${p.people.length === 1 ? 'plan' : 'plans'} from ${nameList(p.people, 'en')} ${p.people.length === 1 ? 'has' : 'have'} status filled in, but the report dates in the settings have passed, so it cannot be decided whether ${p.people.length === 1 ? 'it belongs' : 'they belong'} to report 1 or report 2. Choose the round, or correct the dates under Settings.`,
};
