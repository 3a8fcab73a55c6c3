// The reminder mail as mailto: links in the pane's language, every address in bcc (recipients do
// not see each other). A mailto: link handed to the mail program has a length limit of its own:
// Outlook on Windows is started through the shell, which cuts a URL at about 2,048 characters
// (and Internet Explorer's 2,083 was the limit many handlers copied). Links are therefore kept at
// MAILTO_LIMIT characters, a safe margin below, and the addresses split over as many drafts as
// that needs. Where the text alone leaves no room for an address, the links carry the subject
// only and the pane shows the text to copy.
import type { ReminderMail } from '../../core/flags/reminders';
import { render, type Lang } from '../../messages/render';

export const MAILTO_LIMIT = 2000;

export interface MailDrafts {
  /** One link per draft, each at most `limit` characters. */
  links: string[];
  /** The addresses of each draft, in the order of `links`. */
  groups: string[][];
  /** false when the text did not fit beside an address: the links carry the subject only. */
  bodyIncluded: boolean;
}

const enc = encodeURIComponent;

function link(bcc: readonly string[], subject: string, body: string | null): string {
  const params = [
    ...(bcc.length > 0 ? [`bcc=${enc(bcc.join(','))}`] : []),
    `subject=${enc(subject)}`,
    ...(body === null ? [] : [`body=${enc(body)}`]),
  ];
  return `mailto:?${params.join('&')}`;
}

/** The drafts for a reminder: addresses packed in order into links of at most `limit` characters. */
export function mailDrafts(mail: ReminderMail, lang: Lang, limit = MAILTO_LIMIT): MailDrafts {
  const subject = render(lang, mail.subject);
  const text = render(lang, mail.body);
  const longest = mail.bcc.reduce((n, a) => Math.max(n, enc(a).length), 0);
  // Room for the longest address beside the text, or the text is left out of the links.
  const body =
    link(mail.bcc.length > 0 ? ['x'.repeat(longest)] : [], subject, text).length <= limit ? text : null;
  const groups: string[][] = [];
  let current: string[] = [];
  for (const address of mail.bcc) {
    if (current.length > 0 && link([...current, address], subject, body).length > limit) {
      groups.push(current);
      current = [];
    }
    current.push(address);
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return { links: groups.map((g) => link(g, subject, body)), groups, bodyIncluded: body !== null };
}
