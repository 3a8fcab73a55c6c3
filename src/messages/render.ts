// Renders a message in a language. The pane and the CLI are the only callers; core and excel
// return messages as codes (src/core/messages).
import type { Message, MessageCode } from '../core/messages';
import type { Catalogue, Lang } from './catalogue';
import { en } from './en';
import { sv } from './sv';

export type { Lang } from './catalogue';

const CATALOGUES: Record<Lang, Catalogue> = { sv, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

export function render(lang: Lang, m: Message): string {
  const sentence = CATALOGUES[lang][m.code] as ((p: unknown) => string) | undefined;
  if (!sentence) return `${m.code}`; // a message from a newer writer: its code, not nothing
  return sentence(m.params);
}

/** A text as it is (a name or a unit from the log), or a message rendered in `lang`. */
export function textOf(lang: Lang, t: string | Message): string {
  return typeof t === 'string' ? t : render(lang, t);
}

/** Whether a code has a sentence (a message stored by a newer version may not). */
export function isKnownCode(code: string): code is MessageCode {
  return Object.hasOwn(sv, code);
}

/**
 * The CLI's language: `--lang` when given, else English when the environment's locale
 * (LC_ALL, LC_MESSAGES, LANG) is English, else Swedish.
 */
export function languageFromEnv(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag === 'en' || flag === 'sv') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** The pane's language from Office's display language ("en-US" → en, anything else → sv). */
export function languageFor(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'sv';
}
