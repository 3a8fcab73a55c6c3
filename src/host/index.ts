// The Excel host emulator: what Excel does with the batches of the REAL Office.js client.
//
//   const host = ExcelHost.empty();          // or await ExcelHost.fromXlsx(bytes)
//   host.install();                          // Excel.run in this global now talks to `host`
//   ... add-in code runs unchanged ...
//   host.values('Blad1', 'A1:B2'); host.snapshot(); host.stats; await host.toXlsx();
//
// Installing a host replaces any host installed before on the same global (a fresh host per
// test needs no clean-up). Fidelity notes (see the conformance tests in test/host-conformance):
// - No formula engine: a formula written through the API reads back as '' in `values` (its
//   last known result when it came from a file); `formulas` and references are exact, and
//   references follow inserted/deleted cells and renamed/deleted sheets as in Excel.
// - Values are taken like typed input: "25" becomes 25, "2017-02-10" a date serial shown as
//   yyyy-mm-dd, "=..." a formula, unless the cell is formatted as text ("@").
// - Range.text follows the number format (General, 0, 0.00, #,##0, 0%, dates); the decimal
//   separator and TRUE/FALSE follow displayLanguage (sv-SE: "1,5", SANT/FALSKT).
// - Worksheet.getUsedRange on a blank sheet returns A1 (as documented); Range.getUsedRange
//   with no used cells throws ItemNotFound; the OrNullObject variants answer isNullObject.
// - Unknown members answer ApiNotFound naming the member; formats on more than 100 000 cells
//   at once (whole columns) are refused the same way.
// - Profiles: 'web' refuses requests over 5 MB (RequestPayloadSizeLimitExceeded, nothing
//   applied) and responses over 5 MB (ResponsePayloadSizeLimitExceeded, actions applied);
//   'desktop-2019' claims ExcelApi 1.7 and turns on the client's own API gate (ApiNotFound).
// - delayForCellEdit needs the DelayForCellEdit set, claimed by 'web' only.
// - Files: opening keeps the package; saving writes it back with only the add-in's changes
//   patched in (src/host/xlsx, docs/file-fidelity.md). Reading is bounded (caps per file, part,
//   cells, merges, shared strings).
export { ExcelHost, WEB_PAYLOAD_LIMIT_BYTES } from './excelHost';
export type { SaveResult, SavedSheet } from './xlsx/saveWorkbook';
export type { BatchInfo, HostCell, HostOptions, HostProfile, HostStats } from './excelHost';
export { HostError } from './errors';
export { isSetSupported, claimedSets } from './requirementSets';
