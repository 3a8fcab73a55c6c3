// The goal mail as a mailto: link in the pane's language (the mail program opens a draft; it
// cannot carry the plan, which the coordinator attaches after saving it). Line breaks in the body
// as CRLF, as RFC 6068 asks; the address's @ left readable.
import type { GoalMail } from '../../core/goals/goalMail';
import { render, type Lang } from '../../messages/render';

export function goalMailLink(mail: GoalMail, lang: Lang): string {
  const to = mail.to === '' ? '' : encodeURIComponent(mail.to).replace(/%40/g, '@');
  const subject = encodeURIComponent(render(lang, mail.subject));
  const body = encodeURIComponent(render(lang, mail.body).replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
