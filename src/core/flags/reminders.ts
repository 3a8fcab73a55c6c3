// The reminder list of steps 2.2/2.6 (people whose plan has not arrived) and a reminder e-mail
// to them as a mailto: link (the add-in sends nothing itself; the user's mail program does).
import type { Flag, LogSnapshot, Round, Settings } from '../model';
import { isEmailAddress } from './contactFlags';
import { dueDate } from './computeFlags';
import { peopleOf } from './keys';
import { longDate } from './labels';

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
  subject: string;
  body: string;
  /** mailto: with every address as bcc (recipients do not see each other). */
  mailto: string;
}

const TEXT = {
  sv: {
    subject: (round: Round) =>
      round === 'plan'
        ? 'Påminnelse: din personliga spridningsplan'
        : `Påminnelse: din personliga spridningsplan med status (${round === 'aterrap1' ? 'Återrapportering 1' : 'Återrapportering 2'})`,
    body: (round: Round, due: string) =>
      [
        'Hej!',
        '',
        round === 'plan'
          ? `Jag har ännu inte fått din personliga spridningsplan för Hälsa i Sverige för asylsökande och nyanlända. Skicka den till mig senast ${due}.`
          : `Jag har ännu inte fått din uppdaterade personliga spridningsplan med status ifylld för dina spridningsaktiviteter. Skicka den till mig senast ${due}, så att den kommer med i ${round === 'aterrap1' ? 'Återrapportering 1' : 'Återrapportering 2'}.`,
        '',
        round === 'plan'
          ? 'Skicka planen som bifogad fil i ett svar på detta mejl.'
          : 'Fyll i Status, Genomfört datum och Antal nådda för de aktiviteter som är genomförda, och skicka planen som bifogad fil i ett svar på detta mejl.',
        '',
        'Hör av dig om du har frågor.',
        '',
        'Vänliga hälsningar',
      ].join('\r\n'),
  },
  en: {
    subject: (round: Round) =>
      round === 'plan'
        ? 'Reminder: your personal spread plan'
        : `Reminder: your personal spread plan with status (${round === 'aterrap1' ? 'Report 1' : 'Report 2'})`,
    body: (round: Round, due: string) =>
      [
        'Hello,',
        '',
        round === 'plan'
          ? `I have not yet received your personal spread plan for Hälsa i Sverige för asylsökande och nyanlända. Please send it to me by ${due}.`
          : `I have not yet received your updated personal spread plan with the status of your activities filled in. Please send it to me by ${due} so that it is included in ${round === 'aterrap1' ? 'report 1' : 'report 2'}.`,
        '',
        round === 'plan'
          ? 'Please attach the plan to a reply to this e-mail.'
          : 'Fill in Status, Genomfört datum and Antal nådda for the activities you have held, and attach the plan to a reply to this e-mail.',
        '',
        'Please get in touch if you have questions.',
        '',
        'Kind regards',
      ].join('\r\n'),
  },
};

/** The reminder for a round, naming the date plans are due; `mailto` bcc's every known address. */
export function reminderMail(
  round: Round,
  list: Recipient[],
  settings: Settings,
  lang: 'sv' | 'en' = 'sv',
): ReminderMail {
  const t = TEXT[lang];
  const due = longDate(dueDate(round, settings), lang);
  const subject = t.subject(round);
  const body = t.body(round, due);
  const bcc = [...new Set(list.map((r) => r.email).filter((e) => isEmailAddress(e)))];
  const params = [
    ...(bcc.length > 0 ? [`bcc=${encodeURIComponent(bcc.join(','))}`] : []),
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body)}`,
  ];
  return { subject, body, mailto: `mailto:?${params.join('&')}` };
}
