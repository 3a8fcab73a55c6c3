// The reminder list from the check's flags: everyone flagged `plan-not-received`, once each,
// for the round filter in use (the plan round when "all"); and the reminder mail as a link.
import type { ReminderMail } from '../../core/flags/reminders';
import type { Flag, Round } from '../../core/model';
import { render, type Lang } from '../../messages/render';

export interface Reminder {
  name: string;
  email: string;
}

export function remindersFromFlags(
  flags: readonly Flag[],
  round: Round | 'all',
  emails: ReadonlyMap<string, string> = new Map(),
): Reminder[] {
  const wanted: Round = round === 'all' ? 'plan' : round;
  const seen = new Set<string>();
  const out: Reminder[] = [];
  for (const f of flags) {
    if (f.code !== 'plan-not-received' || f.person === null) continue;
    if (f.round !== null && f.round !== wanted) continue;
    if (seen.has(f.person)) continue;
    seen.add(f.person);
    out.push({ name: f.person, email: emails.get(f.person) ?? '' });
  }
  return out;
}

/** The reminder as a mailto: link in `lang`: every address in bcc, subject and body encoded. */
export function mailtoLink(mail: ReminderMail, lang: Lang): string {
  const params = [
    ...(mail.bcc.length > 0 ? [`bcc=${encodeURIComponent(mail.bcc.join(','))}`] : []),
    `subject=${encodeURIComponent(render(lang, mail.subject))}`,
    `body=${encodeURIComponent(render(lang, mail.body))}`,
  ];
  return `mailto:?${params.join('&')}`;
}
