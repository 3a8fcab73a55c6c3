// When an import was written, as the undo button says it: the time on the day itself ("14:05"),
// else the day and the time ("3 mars 14:05"). Pure; the language decides the format.
import type { Lang } from '../i18n';

export function whenText(iso: string, now: Date, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameDay = at.toDateString() === now.toDateString();
  if (sameDay) return time;
  const day = at.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    ...(at.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  });
  return `${day} ${time}`;
}
