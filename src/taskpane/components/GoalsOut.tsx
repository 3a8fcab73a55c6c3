// Goals out (guide step 1.2.1): every person of the overall plan with their goals; per person the
// mail text to copy, a mailto: draft, and the pre-filled plan to save where the host allows it
// (see platform.ts); where it does not, the CLI command that makes the plans and mails.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Link,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular, MailRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { goalMail } from '../../core/goals/goalMail';
import type { PersonGoals } from '../../core/goals/personGoals';
import { longDate } from '../../messages/format';
import { render } from '../../messages/render';
import { copyText } from '../clipboard';
import { useStrings } from '../i18n';
import { goalMailLink } from '../state/goalMailLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface GoalsOutProps {
  people: PersonGoals[] | null;
  deadline: string;
  canSave: boolean;
  busy: boolean;
  onLoad: () => void;
  onDeadline: (iso: string) => void;
  onSavePlan: (person: PersonGoals) => void;
}

function PersonPanel(props: { person: PersonGoals; deadline: string; canSave: boolean; onSave: () => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const p = props.person;
  const mail = goalMail(p, props.deadline);
  const text = `${render(lang, mail.subject)}\n\n${render(lang, mail.body)}`;
  return (
    <div className={styles.panel}>
      <Text>{p.contact.email === '' ? t.beyond.noEmail : p.contact.email}</Text>
      <ul className={styles.list}>
        {p.goals.map((g, i) => (
          <li key={i}>
            {g.training}
            {g.unit ? `, ${g.unit}` : ''}: {g.number ?? '–'}
          </li>
        ))}
      </ul>
      <Field label={t.beyond.mailText(p.name)}>
        <Textarea ref={setArea} readOnly value={text} resize="vertical" rows={4} />
      </Field>
      <div className={styles.buttons}>
        <Button icon={<CopyRegular />} onClick={() => void copyText(text, area).then(setCopied)}>
          {t.beyond.copyMail}
        </Button>
        <Link href={goalMailLink(mail, lang)} target="_blank" rel="noopener noreferrer">
          <MailRegular aria-hidden /> {t.beyond.mailDraft}
        </Link>
        {props.canSave && (
          <Button icon={<ArrowDownloadRegular />} onClick={props.onSave}>
            {t.beyond.savePlan}
          </Button>
        )}
      </div>
      <div role="status">{copied === null ? null : copied ? t.beyond.mailCopied : t.beyond.copyFailed}</div>
      {props.canSave && <Text size={200}>{t.beyond.attachHint}</Text>}
    </div>
  );
}

export function GoalsOut(props: GoalsOutProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="goals-heading" data-testid="goals-out">
      <Text as="h3" id="goals-heading" weight="semibold" size={400}>
        {t.beyond.goalsHeading}
      </Text>
      <Text>{t.beyond.goalsIntro}</Text>
      <Field label={t.beyond.deadline} hint={longDate(props.deadline, lang)}>
        <Input
          type="date"
          value={props.deadline}
          onChange={(_, d) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) props.onDeadline(d.value);
          }}
        />
      </Field>
      <div>
        <Button appearance="primary" disabled={props.busy} onClick={props.onLoad}>
          {t.beyond.loadGoals}
        </Button>
      </div>
      {!props.canSave && (
        <>
          <Text>{t.beyond.cannotSave}</Text>
          <Text className={styles.code}>{t.beyond.goalsCommand}</Text>
        </>
      )}
      {props.people !== null &&
        (props.people.length === 0 ? (
          <Text>{t.beyond.noPeople}</Text>
        ) : (
          <>
            <Text weight="semibold">{t.beyond.goalsOf(props.people.length)}</Text>
            <Accordion collapsible multiple>
              {props.people.map((p) => (
                <AccordionItem key={p.name} value={p.name}>
                  <AccordionHeader>
                    {p.name} ({p.trainings.join(', ') || '–'})
                  </AccordionHeader>
                  <AccordionPanel>
                    <PersonPanel
                      person={p}
                      deadline={props.deadline}
                      canSave={props.canSave}
                      onSave={() => props.onSavePlan(p)}
                    />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </>
        ))}
    </section>
  );
}
