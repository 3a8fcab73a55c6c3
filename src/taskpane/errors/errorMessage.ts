// Turns an error from the gateway or Office.js into one plain sentence in the pane's language.
// The excel layer's errors are message codes (MessageError), rendered here; Office's errors are
// mapped by their code. An error's own text is never shown: Excel's can quote cell contents
// (personal data).
import { MessageError } from '../../core/messages';
import { render } from '../../messages/render';
import { stringsFor, type Lang, type Strings } from '../i18n';

/** Office.js error codes (OfficeExtension.Error.code / Excel.ErrorCodes) mapped to texts. */
const CODE_TO_KEY: Record<string, keyof Strings['errors']> = {
  ItemNotFound: 'itemNotFound',
  AccessDenied: 'accessDenied',
  RequestPayloadSizeLimitExceeded: 'payloadTooLarge',
  PayloadTooLarge: 'payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'payloadTooLarge',
  InvalidOperationInCellEditMode: 'cellEditMode',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Conflict: 'busy',
  InvalidArgument: 'invalidArgument',
  InvalidReference: 'itemNotFound',
  ApiNotFound: 'unsupported',
  UnsupportedOperation: 'unsupported',
  ApiNotAvailable: 'unsupported',
};

export function errorMessage(error: unknown, lang: Lang): string {
  const t = stringsFor(lang);
  if (error instanceof MessageError)
    return [error.msg, ...error.details].map((m) => render(lang, m)).join(' ');
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') {
    const key = CODE_TO_KEY[code];
    if (key) {
      const text = t.errors[key];
      return typeof text === 'string' ? text : t.errors.generic;
    }
  }
  return t.errors.generic;
}
