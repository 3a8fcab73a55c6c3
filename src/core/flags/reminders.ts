// The reminder list of steps 2.2/2.6 (people whose plan has not arrived) and the reminder e-mail
// to them (the pane makes it a mailto: link: the add-in sends nothing itself, the user's mail
// program does).
import { msg, type Message } from '../messages';
import type { Flag, LogSnapshot, Round, Settings } from '../model';
import { dueDate } from '../settings';
import { isEmailAddress } from './emailAddress';
import { peopleOf } from './keys';

export interface Recipient {
  name: string;
  /** '' when neither the contacts tab nor the overall plan has an address for the person. */
  email: string;
}

/** People with a plan-not-received flag, once each, with an e-mail from tab 2, else the overall plan. */
export function reminderList(flags: Flag[], snapshot: LogSnapshot): Recipient[] {
  const people = peopleOf(snapshot);
  const emails = new Map<string, string>();
  const remember = (name: string, email: string): void => {
    const key = people.key(name);
    if (key !== '' && !emails.has(key) && isEmailAddress(email)) emails.set(key, email.trim());
  };
  for (const c of snapshot.contacts) remember(c.name, c.email);
  for (const a of snapshot.overall ?? []) remember(a.person, a.email);
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const f of flags) {
    if (f.code !== 'plan-not-received' || f.person === null) continue;
    const key = people.key(f.person);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: f.person, email: emails.get(key) ?? '' });
  }
  return out;
}

export interface ReminderMail {
  subject: Message;
  body: Message;
  /** Every known address once, to go in bcc (recipients do not see each other). */
  bcc: string[];
}

/** The reminder for a round, naming the date plans are due, to every known address. */
export function reminderMail(round: Round, list: Recipient[], settings: Settings): ReminderMail {
  const due = dueDate(round, settings);
  return {
    subject: msg('reminder-subject', { round }),
    body: msg('reminder-body', { round, due }),
    bcc: [...new Set(list.map((r) => r.email).filter((e) => isEmailAddress(e)))],
  };
}
