// An overall plan picked as its own .xlsx in the pane (or given to the CLI): read and checked
// once (overallFile.ts), then used by the check, the totals and the reminders of this gateway
// instead of the log's tab. Null forgets it. A picked file lasts as long as the pane; copying it
// into the log (overallCopy.ts) makes it part of the workbook.
import { TAB_NAMES } from '../../core/tabs';
import type { OverallFileInfo } from '../gateway';
import { fileSheetLabel, readOverallFile } from '../overallFile';
import type { GatewaySession } from '../session';
import { getSettings } from './settings';

export async function setOverallPlanFile(
  session: GatewaySession,
  bytes: Uint8Array | null,
  fileName?: string,
): Promise<OverallFileInfo | null> {
  if (bytes === null) {
    session.overallFile = null;
    return null;
  }
  const settings = await getSettings();
  const { sheet, assignments } = await readOverallFile(bytes, fileName ?? TAB_NAMES.overall, settings);
  session.overallFile = sheet;
  return {
    file: sheet.fileName,
    sheet: sheet.sheet,
    label: fileSheetLabel(sheet),
    assignments: assignments.length,
  };
}
