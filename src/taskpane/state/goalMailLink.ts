// The goal mail as a mailto: link in the pane's language (the mail program opens a draft; it
// cannot carry the plan, which the coordinator attaches after saving it).
import type { GoalMail } from '../../core/goals/goalMail';
import { render, type Lang } from '../../messages/render';

export function goalMailLink(mail: GoalMail, lang: Lang): string {
  const to = mail.to === '' ? '' : encodeURIComponent(mail.to).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(render(lang, mail.subject))}&body=${encodeURIComponent(render(lang, mail.body))}`;
}
