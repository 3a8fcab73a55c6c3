// Picks the UI language: English when Office's display language starts with "en", else Swedish.
import { createContext, useContext } from 'react';
import { en } from './en';
import type { Strings } from './strings';
import { sv } from './sv';

export type { Strings } from './strings';
export type Lang = 'sv' | 'en';

export function languageFor(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : sv;
}

export const StringsContext = createContext<{ t: Strings; lang: Lang }>({ t: sv, lang: 'sv' });

export function useStrings(): { t: Strings; lang: Lang } {
  return useContext(StringsContext);
}
