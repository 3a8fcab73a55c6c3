// "This means HiS2": the coordinator teaches the workbook a spelling of a training, from an
// unknown-training flag or problem. The alias is stored in the settings' catalogue (saved in the
// workbook), so the plans, the log and the overall plan are read with it from then on.
// Pure: returns new settings, never changes the ones given.
import { msg, type Message } from '../messages';
import type { Settings } from '../model';
import { cleanText } from './text';
import { readTraining } from './training';

/** The settings' limits (settings.ts: at most 50 aliases of at most 300 characters per training). */
export const MAX_ALIASES = 50;
export const MAX_ALIAS_CHARS = 300;

export type AliasResult =
  | {
      ok: true;
      settings: Settings;
      /** false when the text already means that training (nothing to store). */
      added: boolean;
      /** The alias as stored. */
      alias: string;
      /** The training's code as the catalogue spells it ("HiS2" for "his2"). */
      code: string;
    }
  | { ok: false; message: Message };

/** The alias as stored: one line, whitespace collapsed, quotes around it dropped. */
export function normaliseAlias(text: string): string {
  return cleanText(cleanText(text).replace(/^["'”“’‘«»„]+|["'”“’‘«»„]+$/g, ''));
}

export function addTrainingAlias(settings: Settings, code: string, text: string): AliasResult {
  const alias = normaliseAlias(text);
  const target = settings.catalogue.find((t) => t.code.toLowerCase() === cleanText(code).toLowerCase());
  if (!target)
    return {
      ok: false,
      message: msg('alias-unknown-training', {
        code: cleanText(code),
        codes: settings.catalogue.map((t) => t.code),
      }),
    };
  if (alias === '') return { ok: false, message: msg('alias-empty', { code: target.code }) };
  if (alias.length > MAX_ALIAS_CHARS)
    return { ok: false, message: msg('alias-too-long', { code: target.code, max: MAX_ALIAS_CHARS }) };
  const now = readTraining(alias, settings.catalogue);
  if (now.code === target.code) return { ok: true, settings, added: false, alias, code: target.code };
  if (now.code !== null)
    return {
      ok: false,
      message: msg('alias-means-other', { alias, code: target.code, other: now.code }),
    };
  if (target.aliases.length >= MAX_ALIASES)
    return { ok: false, message: msg('alias-too-many', { code: target.code, max: MAX_ALIASES }) };
  const catalogue = settings.catalogue.map((t) =>
    t === target ? { ...t, aliases: [...t.aliases, alias] } : { ...t, aliases: [...t.aliases] },
  );
  return { ok: true, settings: { ...settings, catalogue }, added: true, alias, code: target.code };
}
