// The reminder list (steps 2.2/2.6): who has not sent a plan, their addresses, a mail draft.
import { Button, Field, Link, Textarea, makeStyles, tokens, Text } from '@fluentui/react-components';
import { CopyRegular, MailRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useStrings } from '../i18n';

export interface ReminderEntry {
  name: string;
  email: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Copies with the async clipboard when allowed, else via a selected textarea and execCommand. */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked in Office on the web: fall through to the selection copy.
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function ReminderList(props: { entries: readonly ReminderEntry[]; mailto: string | null }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);
  const addresses = props.entries.map((e) => e.email).filter((e) => e !== '');
  const joined = addresses.join('; ');
  return (
    <section className={styles.root} aria-labelledby="reminders-heading" data-testid="reminders">
      <Text as="h3" id="reminders-heading" weight="semibold" size={500}>
        {t.reminders.heading}
      </Text>
      {props.entries.length === 0 ? (
        <Text>{t.reminders.none}</Text>
      ) : (
        <>
          <Text>{t.reminders.intro}</Text>
          <ul className={styles.list}>
            {props.entries.map((e, i) => (
              <li key={`${e.name}-${i}`}>
                {e.name}
                {' – '}
                {e.email === '' ? t.reminders.noEmail : e.email}
              </li>
            ))}
          </ul>
          <Field label={t.reminders.addresses}>
            <Textarea ref={setArea} readOnly value={joined} resize="vertical" />
          </Field>
          <div className={styles.buttons}>
            <Button
              icon={<CopyRegular />}
              disabled={addresses.length === 0}
              onClick={() => void copyText(joined, area).then(setCopied)}
            >
              {t.reminders.copyAll}
            </Button>
            {props.mailto && (
              <Link href={props.mailto} target="_blank" rel="noopener noreferrer">
                <MailRegular aria-hidden /> {t.reminders.mailDraft}
              </Link>
            )}
          </div>
          <div role="status">
            {copied === null ? null : copied ? t.reminders.copied : t.reminders.copyFailed}
          </div>
        </>
      )}
    </section>
  );
}
