// The add-in's settings (programme year, deadlines, catalogue) and the column mappings the
// user pointed at, both kept in workbook.settings so they travel with the file.
import { isTableKind } from '../../core/headers/columns';
import type { Settings, TabKind } from '../../core/model';
import { parseSettings } from '../../core/settings';
import { TAB_NAMES } from '../../core/tabs';
import { runExcel } from '../excelRun';
import { msg } from '../../core/messages';
import { GatewayError } from '../gatewayError';
import { COLUMNS_KEY, parseColumnMappings, SETTINGS_KEY } from '../workbookSettings';

/** The stored settings; the defaults when none are stored. One request. */
export function getSettings(): Promise<Settings> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await context.sync();
    return parseSettings(item.isNullObject ? undefined : item.value).settings;
  });
}

/** Stores the settings after checking them (nothing is stored when they have problems). One request. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { problems } = parseSettings(settings);
  if (problems.length > 0)
    throw new GatewayError('invalid-settings', msg('workbook-settings-invalid', {}), problems);
  await runExcel(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  });
}

/** Remembers which column holds a canonical column of a tab ("the answer is remembered"). Two requests. */
export async function saveColumnMapping(kind: TabKind, column: string, header: string): Promise<void> {
  if (!isTableKind(kind))
    throw new GatewayError('no-header', msg('workbook-no-columns-to-map', { tab: TAB_NAMES[kind] }));
  const text = header.trim();
  if (text === '') throw new GatewayError('no-header', msg('workbook-mapping-header-empty', {}));
  await runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(COLUMNS_KEY).load('value');
    await context.sync();
    const mappings = parseColumnMappings(item.isNullObject ? undefined : item.value);
    mappings[kind] = { ...(mappings[kind] ?? {}), [column]: text };
    context.workbook.settings.add(COLUMNS_KEY, JSON.stringify(mappings));
    await context.sync();
  });
}
