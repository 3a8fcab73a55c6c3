// "This means HiS2": the text of an unknown-training flag stored as an alias of a training in the
// workbook's catalogue (core/values/trainingAlias.ts says what is allowed), so the plans, the log
// and the overall plan are read with it from then on — in the pane and the CLI alike. Two
// requests: the settings as stored now, then the write.
import { MessageError } from '../../core/messages';
import type { Settings } from '../../core/model';
import { addTrainingAlias as withAlias } from '../../core/values/trainingAlias';
import { getSettings, saveSettings } from './settings';

export async function addTrainingAlias(code: string, text: string): Promise<Settings> {
  const result = withAlias(await getSettings(), code, text);
  if (!result.ok) throw new MessageError(result.message);
  if (result.added) await saveSettings(result.settings);
  return result.settings;
}
