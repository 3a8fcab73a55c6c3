// An overall plan picked as its own .xlsx in the pane (or given to the CLI): read and checked
// once (overallFile.ts), then used by the check, the totals and the reminders of this gateway
// instead of the log's tab. Null forgets it.
import { TAB_NAMES } from '../../core/tabs';
import { readOverallFile } from '../overallFile';
import type { GatewaySession } from '../session';
import { getSettings } from './settings';

export async function setOverallPlanFile(
  session: GatewaySession,
  bytes: Uint8Array | null,
  fileName?: string,
): Promise<void> {
  if (bytes === null) {
    session.overallFile = null;
    return;
  }
  const settings = await getSettings();
  const { sheet } = await readOverallFile(bytes, fileName ?? TAB_NAMES.overall, settings);
  session.overallFile = sheet;
}
