// What one gateway remembers between calls, shared by the use cases it composes: the clock,
// the last reading of the workbook (where a preview looks first), the previews it made (for
// their applies) and an overall plan picked as a file. Nothing else is kept between calls.
import type { ImportPreview } from './gateway';
import type { OverallSheet } from './overallFile';
import type { BookInfo } from './readBook';
import type { Prepared } from './useCases/importPreview';

export interface GatewaySession {
  /** The day of an import and of a check (tests fix it). */
  readonly now: () => Date;
  /** The last reading of the workbook's names and settings: where a preview looks first. */
  lastInfo: BookInfo | null;
  /** What each preview read and built, for its apply (kept as long as the preview is). */
  readonly prepared: WeakMap<ImportPreview, Prepared>;
  /** An overall plan picked as a separate .xlsx (instead of the log's tab), or null. */
  overallFile: OverallSheet | null;
}

export function newSession(now: () => Date = () => new Date()): GatewaySession {
  return { now, lastInfo: null, prepared: new WeakMap(), overallFile: null };
}
