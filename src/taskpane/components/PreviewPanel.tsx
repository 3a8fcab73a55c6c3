// The preview of an import, before anything is written: round, target tab, what to check in the
// import as a whole (a plan without a name, two plans for one person, a text too long for a cell),
// one card per person.
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import type { Round } from '../../core/model';
import type { ImportPreview } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { PersonPreviewCard } from './PersonPreviewCard';
import { ProblemList } from './ProblemList';
import { RoundPicker } from './RoundPicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function PreviewPanel(props: {
  preview: ImportPreview;
  busy: boolean;
  onRound: (round: Round) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { preview } = props;
  return (
    <section className={styles.root} aria-labelledby="preview-heading" data-testid="preview">
      <Text as="h3" id="preview-heading" weight="semibold" size={500}>
        {t.preview.heading}
      </Text>
      <Text>{t.preview.intro}</Text>
      <RoundPicker
        round={preview.round}
        suggested={preview.suggestedRound}
        disabled={props.busy}
        onChange={props.onRound}
      />
      <Text>{t.preview.targetSheet(preview.targetSheet)}</Text>
      {preview.problems && preview.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="import-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.preview.importProblems}</MessageBarTitle>
            <ProblemList problems={preview.problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.people.length === 0 && <Text>{t.preview.empty}</Text>}
      {preview.people.map((p, i) => (
        <PersonPreviewCard key={`${p.person}-${i}`} person={p} />
      ))}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={props.busy || preview.people.length === 0}
          onClick={props.onConfirm}
        >
          {t.preview.confirm}
        </Button>
        <Button disabled={props.busy} onClick={props.onCancel}>
          {t.preview.cancel}
        </Button>
      </div>
    </section>
  );
}
