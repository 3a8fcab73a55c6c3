import type { settingsMessages } from '../../core/messages/settings';
import type { Deadlines } from '../../core/model';
import type { Sentences } from '../catalogue';

const DEADLINE: Record<keyof Deadlines, string> = {
  aterrap1Due: 'sista dag för planer med status till Återrapportering 1',
  aterrap1Send: 'dag då Återrapportering 1 skickas',
  aterrap2Due: 'sista dag för planer med status till Återrapportering 2',
  aterrap2Send: 'dag då Återrapportering 2 skickas',
};

export const settings: Sentences<keyof typeof settingsMessages> = {
  'settings-not-json': () =>
    'Inställningarna i arbetsboken går inte att läsa (inte giltig JSON). Standardinställningarna används.',
  'settings-not-object': () =>
    'Inställningarna i arbetsboken har fel form (inget objekt). Standardinställningarna används.',
  'settings-bad-year': (p) =>
    `Programåret ”${p.value}” är inte ett årtal mellan 2000 och 2100. ${p.fallback} används.`,
  'settings-bad-deadlines': () => 'Datumen för återrapporteringarna har fel form. Standarddatumen används.',
  'settings-bad-deadline': (p) =>
    `Datumet för ${DEADLINE[p.deadline]} (”${p.value}”) är inte ett datum på formen ÅÅÅÅ-MM-DD. ${p.fallback} används.`,
  'settings-catalogue-not-list': () =>
    'Utbildningskatalogen har fel form (ingen lista). Standardkatalogen används.',
  'settings-training-incomplete': (p) =>
    `Utbildning nr ${p.index} i katalogen saknar kod eller namn och hoppas över.`,
  'settings-training-code-twice': (p) =>
    `Utbildningskoden ${p.code} finns två gånger i katalogen; den första används.`,
  'settings-catalogue-empty': () => 'Utbildningskatalogen är tom. Standardkatalogen används.',
};
