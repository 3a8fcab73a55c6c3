// The reminder mail as a mailto: link in the pane's language.
import type { ReminderMail } from '../../core/flags/reminders';
import { render, type Lang } from '../../messages/render';

/** Every address in bcc, subject and body encoded. */
export function mailtoLink(mail: ReminderMail, lang: Lang): string {
  const params = [
    ...(mail.bcc.length > 0 ? [`bcc=${encodeURIComponent(mail.bcc.join(','))}`] : []),
    `subject=${encodeURIComponent(render(lang, mail.subject))}`,
    `body=${encodeURIComponent(render(lang, mail.body))}`,
  ];
  return `mailto:?${params.join('&')}`;
}
