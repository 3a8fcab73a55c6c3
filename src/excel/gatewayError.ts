// An error of the excel layer: a message code with parameters (MessageError, rendered by the
// pane and the CLI in their language) and a `code` saying what kind of failure it is, for the
// pane's reactions (e.g. offer to create a missing tab). Excel's own error texts never travel
// in one: they can quote cell contents (personal data).
import { type Message, MessageError, msg } from '../core/messages';

export type GatewayErrorCode =
  | 'missing-tab'
  | 'missing-columns'
  | 'no-header'
  | 'tab-exists'
  | 'cells-taken'
  | 'not-yet'
  | 'invalid-settings'
  | 'unusable-file'
  | 'write-failed';

export class GatewayError extends MessageError {
  constructor(
    readonly code: GatewayErrorCode,
    message: Message,
    details: readonly Message[] = [],
  ) {
    super(message, details);
    this.name = 'GatewayError';
  }
}

/**
 * A problem core reported (the overall plan's reading, the settings' check) as a message. Core's
 * problems are becoming codes; until they all are, a problem's text travels as one parameter.
 */
export function coreMessage(m: string | Message): Message {
  return typeof m === 'string' ? msg('workbook-core-problem', { text: m }) : m;
}
