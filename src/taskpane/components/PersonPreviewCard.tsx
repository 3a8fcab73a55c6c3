// What one person's import will do: contact new/changed, rows written and replaced, problems.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import type { PersonPreview } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

export function PersonPreviewCard(props: { person: PersonPreview }) {
  const { t } = useStrings();
  const styles = useStyles();
  const p = props.person;
  const contact = {
    new: t.preview.contactNew,
    changed: t.preview.contactChanged,
    unchanged: t.preview.contactUnchanged,
  }[p.contact];
  const problems = p.plan.problems;
  return (
    <section className={styles.card} aria-label={p.person} data-testid="person-preview">
      <Text as="h4" weight="semibold" size={400}>
        {p.person}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.preview.source}</dt>
        <dd className={styles.value}>{p.sourceName}</dd>
        <dt className={styles.term}>{t.preview.contact}</dt>
        <dd className={styles.value}>{contact}</dd>
        <dt className={styles.term}>{t.preview.rowsToWrite}</dt>
        <dd className={styles.value}>{p.rowsToWrite}</dd>
        <dt className={styles.term}>{t.preview.rowsToReplace}</dt>
        <dd className={styles.value}>{p.rowsToReplace}</dd>
        <dt className={styles.term}>{t.preview.problems}</dt>
        <dd className={styles.value}>
          {problems.length === 0 ? t.preview.noProblems : t.preview.problemsCount(problems.length)}
        </dd>
      </dl>
      {problems.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="problems">
            <AccordionHeader>{t.preview.showProblems(p.person)}</AccordionHeader>
            <AccordionPanel>
              <ProblemList problems={problems} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
