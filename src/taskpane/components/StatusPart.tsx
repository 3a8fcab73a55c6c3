// Status for the decision forum (guide steps 2.5/2.8): pick the report round, write the printable
// status sheet, see the key figures, and save the slide deck where the host allows a file to be
// saved (else the CLI command that makes it).
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { msg } from '../../core/messages';
import type { ReportRound } from '../../core/model';
import { shareOf } from '../../core/status/statusReport';
import type { StatusResult } from '../../excel/gateway';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  figures: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
  },
  value: { margin: 0, textAlign: 'right', fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export interface StatusPartProps {
  round: ReportRound;
  status: StatusResult | null;
  canSave: boolean;
  busy: boolean;
  onRound: (round: ReportRound) => void;
  onWrite: () => void;
  onSaveDeck: () => void;
}

export function StatusPart(props: StatusPartProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const s = props.status?.report;
  const figure = (f: 'goal' | 'planned' | 'reached' | 'share' | 'people' | 'reporting') =>
    render(lang, msg('status-figure', { figure: f, round: props.round }));
  const share = s ? shareOf(s.total) : null;
  return (
    <section className={styles.root} aria-labelledby="status-heading" data-testid="status-part">
      <Text as="h3" id="status-heading" weight="semibold" size={400}>
        {t.beyond.statusHeading}
      </Text>
      <Text>{t.beyond.statusIntro}</Text>
      <Field label={t.beyond.round}>
        <Select value={props.round} onChange={(_, d) => props.onRound(d.value as ReportRound)}>
          <option value="aterrap1">{t.roundNames.aterrap1}</option>
          <option value="aterrap2">{t.roundNames.aterrap2}</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onWrite}>
          {t.beyond.writeStatus}
        </Button>
        {props.canSave && (
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={props.busy || !s || s.round !== props.round}
            onClick={props.onSaveDeck}
          >
            {t.beyond.saveDeck}
          </Button>
        )}
      </div>
      {!props.canSave && (
        <>
          <Text>{t.beyond.cannotSave}</Text>
          <Text className={styles.code}>{t.beyond.statusCommand(props.round)}</Text>
        </>
      )}
      {props.status && s && (
        <>
          <Text>{t.beyond.statusWritten(props.status.sheet)}</Text>
          {!props.status.printSetUp && (
            <Text>{render(lang, msg('status-print-not-set', { sheet: props.status.sheet }))}</Text>
          )}
          <Text as="h4" weight="semibold">
            {t.beyond.keyFigures} – {t.roundNames[s.round]}
          </Text>
          <dl className={styles.figures}>
            <dt>{figure('goal')}</dt>
            <dd className={styles.value}>{s.total.goal}</dd>
            <dt>{figure('planned')}</dt>
            <dd className={styles.value}>{s.total.planned}</dd>
            <dt>{figure('reached')}</dt>
            <dd className={styles.value}>{s.total.reached}</dd>
            <dt>{figure('share')}</dt>
            <dd className={styles.value}>{share === null ? '–' : `${Math.round(share * 100)} %`}</dd>
            <dt>{figure('people')}</dt>
            <dd className={styles.value}>{s.people}</dd>
            <dt>{figure('reporting')}</dt>
            <dd className={styles.value}>{s.reporting}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
