// The batch's summary, first in the preview: plans read, people, rows to write and replace per
// tab, contact rows new and changed, how many plans need a look.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { BatchSummary as Summary } from '../state/batchView';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(min-content, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  group: { display: 'contents' },
  // A name breaks between words, never inside one (the pane's root lets long tokens break anywhere).
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'normal' },
  value: { margin: 0, minWidth: 0 },
  look: {
    margin: 0,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

export function BatchSummary(props: { summary: Summary }) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = props.summary;
  return (
    <dl className={styles.facts} aria-label={t.preview.summary} data-testid="batch-summary">
      <dt className={styles.term}>{t.preview.plansRead}</dt>
      <dd className={styles.value} data-testid="summary-plans">
        {t.preview.plansCount(s.plansRead, s.failed)}
      </dd>
      <dt className={styles.term}>{t.preview.people}</dt>
      <dd className={styles.value} data-testid="summary-people">
        {s.people}
      </dd>
      {s.tabs.map((tab) => (
        <div key={tab.round} className={styles.group}>
          <dt className={styles.term}>{t.preview.roundShort[tab.round]}</dt>
          <dd className={styles.value} data-testid={`summary-${tab.round}`}>
            {t.preview.tabRows(tab.rowsToWrite, tab.rowsToReplace, tab.people)}
          </dd>
        </div>
      ))}
      <dt className={styles.term}>{t.preview.contacts}</dt>
      <dd className={styles.value} data-testid="summary-contacts">
        {t.preview.contactsCount(s.contactsNew, s.contactsChanged)}
      </dd>
      <dt className={styles.term}>{t.preview.needsLook}</dt>
      <dd className={s.needsLook > 0 ? styles.look : styles.value} data-testid="summary-look">
        {t.preview.needsLookCount(s.needsLook)}
      </dd>
    </dl>
  );
}
