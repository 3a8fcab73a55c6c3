// An error the pane shows as it is: its message is a Swedish sentence saying what is wrong,
// where, and what to do. `code` lets the pane react (e.g. offer to create a missing tab).
export type GatewayErrorCode =
  'missing-tab' | 'missing-columns' | 'no-header' | 'tab-exists' | 'not-yet' | 'too-large' | 'write-failed';

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}
