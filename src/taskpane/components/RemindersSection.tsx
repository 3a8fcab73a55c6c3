// Reminders (steps 2.2/2.6) in a place of their own, per round: the people of the overall plan
// who have sent nothing for the chosen round, with their addresses (tab 2, else the overall
// plan), that round's deadline and mail text, the addresses to copy and mail drafts (bcc) —
// several when one link could not carry them all (mailtoLink.ts says why). What to do comes
// first (copy, drafts, the text), the list of people, which can be long, last.
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, CopyRegular, MailRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { reminderMail } from '../../core/flags/reminders';
import { msg } from '../../core/messages';
import { ROUNDS, type Round, type Settings } from '../../core/model';
import { dueDate } from '../../core/settings';
import type { Reminders } from '../../excel/gateway';
import { longDate } from '../../messages/format';
import { render } from '../../messages/render';
import { copyText } from '../clipboard';
import type { CheckOps } from '../hooks/useChecks';
import { useStrings } from '../i18n';
import { MAILTO_LIMIT, mailDrafts } from '../state/mailtoLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  round: { flex: '1 1 12rem', minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  person: { overflowWrap: 'anywhere' },
  missing: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  drafts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function RemindersSection(props: {
  reminders: Reminders | null;
  settings: Settings;
  busy: boolean;
  ops: Pick<CheckOps, 'loadReminders'>;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { reminders, ops } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);

  // The list of the round in progress when the section is first opened.
  useEffect(() => {
    if (reminders === null && !props.busy) void ops.loadReminders();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when opened without a list
  }, []);

  const round = reminders?.round ?? 'plan';
  const people = reminders?.recipients ?? [];
  const addresses = people.map((p) => p.email).filter((e) => e !== '');
  const joined = addresses.join('; ');
  const mail = reminderMail(round, people, props.settings);
  const drafts = mailDrafts(mail, lang);
  const noOverall = reminders?.overall.kind === 'none' ? reminders.overall : null;

  return (
    <section className={styles.root} aria-labelledby="reminders-heading" data-testid="reminders">
      <Text as="h2" id="reminders-heading" weight="semibold" size={500}>
        {t.reminders.heading}
      </Text>
      <Text>{t.reminders.intro}</Text>
      <div className={styles.top}>
        <Field className={styles.round} label={t.reminders.round}>
          <Select
            value={round}
            disabled={props.busy}
            onChange={(_, d) => {
              setCopied(null);
              void ops.loadReminders(d.value as Round);
            }}
          >
            {ROUNDS.map((r) => (
              <option key={r} value={r}>
                {t.roundNames[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<ArrowSyncRegular />}
          disabled={props.busy}
          onClick={() => void ops.loadReminders(round)}
        >
          {t.reminders.load}
        </Button>
      </div>
      {reminders !== null && (
        <>
          <Text data-testid="reminder-due">
            {t.reminders.due(t.roundNames[round], longDate(dueDate(round, props.settings), lang))}
          </Text>
          {noOverall !== null ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {render(lang, msg('check-overall-none', { tab: noOverall.tab ?? '' }))}
              </MessageBarBody>
            </MessageBar>
          ) : people.length === 0 ? (
            <Text>{t.reminders.none}</Text>
          ) : (
            <>
              <Text>{t.reminders.count(people.length, addresses.length)}</Text>
              <Field label={t.reminders.addresses}>
                <Textarea ref={setArea} readOnly value={joined} resize="vertical" />
              </Field>
              <div>
                <Button
                  icon={<CopyRegular />}
                  disabled={addresses.length === 0}
                  onClick={() => void copyText(joined, area).then(setCopied)}
                >
                  {t.reminders.copyAll}
                </Button>
              </div>
              <div role="status">
                {copied === null ? null : copied ? t.reminders.copied : t.reminders.copyFailed}
              </div>
              {addresses.length > 0 && (
                <div className={styles.drafts} data-testid="mail-drafts">
                  {drafts.links.length > 1 && <Text>{t.reminders.split(MAILTO_LIMIT)}</Text>}
                  {drafts.links.map((href, i) => (
                    <Link
                      key={href}
                      href={href}
                      target="_blank"
                      rel="noopener noreferrer"
                      className={styles.link}
                    >
                      <MailRegular aria-hidden />
                      {drafts.links.length === 1
                        ? t.reminders.mailDraft
                        : t.reminders.mailDraftPart(i + 1, drafts.links.length, drafts.groups[i].length)}
                    </Link>
                  ))}
                </div>
              )}
              <Field label={t.reminders.subject}>
                <Textarea readOnly value={render(lang, mail.subject)} resize="none" rows={1} />
              </Field>
              <Field
                label={t.reminders.body}
                hint={drafts.bodyIncluded ? undefined : t.reminders.bodyNotInLink}
              >
                <Textarea readOnly value={render(lang, mail.body)} resize="vertical" rows={6} />
              </Field>
              <Text as="h3" id="reminder-people-heading" weight="semibold" size={400}>
                {t.reminders.people}
              </Text>
              <ul
                className={styles.list}
                aria-labelledby="reminder-people-heading"
                data-testid="reminder-people"
              >
                {people.map((p, i) => (
                  <li key={`${p.name}-${i}`} className={styles.person}>
                    {p.name}
                    {' – '}
                    {p.email === '' ? <span className={styles.missing}>{t.reminders.noEmail}</span> : p.email}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
