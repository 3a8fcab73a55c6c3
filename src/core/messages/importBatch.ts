// Importing a batch of plans into their rounds' tabs.
import { defineMessages } from './define';

export const importBatchMessages = defineMessages({
  /**
   * Reports (plans with status filled in) whose report round the deadlines in the settings cannot
   * decide (both send dates have passed, or one is not set) and for which no round was chosen.
   * `people`: their names (or file names, for a plan without a name).
   */
  'import-round-undecided': { people: ['Anna Lindqvist', 'Bo Ek'] },
});
