import type { Sentences } from '../catalogue';
import type { commonMessages } from '../../core/messages/common';

export const common: Sentences<keyof typeof commonMessages> = {
  'unexpected-error': (p) =>
    `Något oväntat gick fel (${p.detail}). Försök igen; kvarstår felet, spara arbetsboken och öppna den på nytt.`,
};
