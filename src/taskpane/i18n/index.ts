// The pane's own texts in its language (chosen from Office's display language by languageFor in
// src/messages/render.ts). Messages from core and excel are rendered with render(lang, message).
import { createContext, useContext } from 'react';
import type { Lang } from '../../messages/render';
import { en } from './en';
import type { Strings } from './strings';
import { sv } from './sv';

export type { Strings } from './strings';
export type { Lang } from '../../messages/render';

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : sv;
}

export const StringsContext = createContext<{ t: Strings; lang: Lang }>({ t: sv, lang: 'sv' });

export function useStrings(): { t: Strings; lang: Lang } {
  return useContext(StringsContext);
}
