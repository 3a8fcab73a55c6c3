// Public API of the Excel host emulator (see excelHost.ts).
export { ExcelHost, WEB_PAYLOAD_LIMIT_BYTES } from './excelHost';
export type { HostCell, HostOptions, HostProfile, HostStats } from './excelHost';
export { HostError, HostFileError } from './errors';
export { isSetSupported, claimedSets } from './requirementSets';
