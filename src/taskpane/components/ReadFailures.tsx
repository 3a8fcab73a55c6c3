// Sources (files, pastes) that could not be read as a plan: shown apart from the preview of the
// plans that could, compact (their names; why on expanding), and closed with its own button.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';
import type { ReadFailure } from '../state/state';

const useStyles = makeStyles({
  body: { minWidth: 0 },
  names: { display: 'block', overflowWrap: 'break-word' },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'break-word' },
  file: { marginTop: tokens.spacingVerticalXS },
  source: { fontWeight: tokens.fontWeightSemibold },
});

export function ReadFailures(props: { failures: readonly ReadFailure[]; onDismiss: () => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="read-failures">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.import.failuresTitle(props.failures.length)}</MessageBarTitle>
        <span className={styles.names}>{props.failures.map((f) => f.source).join(', ')}</span>
        {t.import.failuresHint}
        <Accordion collapsible>
          <AccordionItem value="why">
            <AccordionHeader size="small">{t.import.failuresWhy}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.files}>
                {props.failures.map((f, i) => (
                  <li key={i} className={styles.file}>
                    <span className={styles.source}>{t.import.couldNotRead(f.source)}</span>{' '}
                    {f.problems.map((p) => render(lang, p.message)).join(' ')}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t.import.dismissFailures}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
