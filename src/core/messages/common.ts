// Messages any layer may use. Each group of messages lives in a file like this one.
import { defineMessages } from './define';

export const commonMessages = defineMessages({
  /** Something failed that the add-in cannot name; `detail` is a code, never personal data. */
  'unexpected-error': { detail: 'ItemNotFound' },
});
