// An error of the excel layer: a message code with parameters (MessageError, rendered by the
// pane and the CLI in their language) and a `code` saying what kind of failure it is, for the
// pane's reactions (e.g. offer to create a missing tab). Excel's own error texts never travel
// in one: they can quote cell contents (personal data).
import { type Message, MessageError } from '../core/messages';

export type GatewayErrorCode =
  | 'missing-tab'
  | 'missing-columns'
  | 'no-header'
  | 'tab-exists'
  | 'cells-taken'
  | 'not-yet'
  | 'invalid-settings'
  | 'unusable-file'
  | 'write-failed'
  | 'not-a-log';

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
