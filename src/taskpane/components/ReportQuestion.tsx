// Asked when plans with status filled in arrive and the deadlines in the settings cannot say
// which report round is current (they have passed): once per session, never guessed.
import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReportRound, Settings } from '../../core/model';
import { longDate } from '../../messages/format';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function ReportQuestion(props: {
  plans: number;
  settings: Settings;
  busy: boolean;
  onAnswer: (round: ReportRound) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [round, setRound] = useState<ReportRound | ''>('');
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id} data-testid="report-question">
      <Field
        label={{ id, children: t.import.reportQuestion }}
        hint={t.import.reportQuestionHint(props.plans, longDate(props.settings.deadlines.aterrap2Send, lang))}
      >
        <RadioGroup value={round} onChange={(_, d) => setRound(d.value as ReportRound)}>
          <Radio value="aterrap1" label={t.roundNames.aterrap1} />
          <Radio value="aterrap2" label={t.roundNames.aterrap2} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={props.busy || round === ''}
          onClick={() => round !== '' && props.onAnswer(round)}
        >
          {t.import.reportAnswer}
        </Button>
        <Button disabled={props.busy} onClick={props.onCancel}>
          {t.preview.cancel}
        </Button>
      </div>
    </section>
  );
}
