// Turns an error from the gateway or Office.js into one plain sentence for the user. The error's
// own message is never shown raw when it could carry cell contents (personal data); only Office
// error codes are mapped, and our own Swedish errors (from src/core or src/excel) pass through.
import type { Strings } from '../i18n';

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

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  /** Set on errors whose message is a sentence meant for the user. */
  userMessage?: unknown;
}

export function errorMessage(error: unknown, t: Strings): string {
  if (error && typeof error === 'object') {
    const e = error as ErrorLike;
    if (typeof e.userMessage === 'string' && e.userMessage.trim() !== '') return e.userMessage;
    // src/excel's GatewayError: its message is already a Swedish sentence for the user.
    if (e.name === 'GatewayError' && typeof e.message === 'string' && e.message.trim() !== '')
      return e.message;
    if (typeof e.code === 'string') {
      const key = CODE_TO_KEY[e.code];
      if (key) {
        const text = t.errors[key];
        return typeof text === 'string' ? text : t.errors.generic;
      }
    }
  }
  return t.errors.generic;
}
