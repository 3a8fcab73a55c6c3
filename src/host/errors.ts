// Errors the emulated host answers with. Codes and English messages follow Excel's own
// (Excel.ErrorCodes, OfficeExtension.ErrorCodes); the client turns them into
// OfficeExtension.Error exactly as it does for the real host.

export type HostErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidObjectPath'
  | 'InvalidReference'
  | 'InvalidRequest'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | (string & {});

const MESSAGES: Record<string, [number, string]> = {
  AccessDenied: [403, 'You cannot perform the requested operation.'],
  ApiNotFound: [404, 'The API you are trying to use could not be found.'],
  GeneralException: [500, 'There was an internal error while processing the request.'],
  InvalidArgument: [400, 'The argument is invalid or missing or has an incorrect format.'],
  InvalidOperation: [400, 'The operation attempted is invalid on the object.'],
  InvalidOperationInCellEditMode: [
    400,
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  ],
  InvalidObjectPath: [400, "The object path isn't working for what you're trying to do."],
  InvalidReference: [400, "This reference isn't valid for the current operation."],
  InvalidRequest: [400, 'Cannot process the request.'],
  ItemAlreadyExists: [409, 'A resource with the same name or identifier already exists.'],
  ItemNotFound: [404, "The requested resource doesn't exist."],
  RequestPayloadSizeLimitExceeded: [413, 'The request payload size has exceeded the limit.'],
  ResponsePayloadSizeLimitExceeded: [413, 'The response payload size has exceeded the limit.'],
};

/** An error the host reports for one action (or the whole request). */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly httpStatus: number;
  constructor(code: HostErrorCode, detail?: string) {
    const [status, message] = MESSAGES[code] ?? [500, code];
    super(detail ? `${message} ${detail}` : message);
    this.name = 'HostError';
    this.code = code;
    this.httpStatus = status;
  }
}
