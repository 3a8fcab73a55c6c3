import type { Sentences } from '../catalogue';
import type { commonMessages } from '../../core/messages/common';

export const common: Sentences<keyof typeof commonMessages> = {
  'unexpected-error': (p) =>
    `Something unexpected went wrong (${p.detail}). Try again; if it persists, save the workbook and reopen it.`,
};
