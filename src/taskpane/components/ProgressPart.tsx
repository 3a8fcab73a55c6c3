// The per-person progress view: goal, planned, reached at report 1 and 2, and the activities per
// round — as a compact list that fits a 350-pixel pane (a five-column table would not).
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PersonProgress } from '../../core/totals/personProgress';
import { textOf } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  numbers: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { margin: 0, display: 'flex', flexDirection: 'column' },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

export function ProgressPart(props: { rows: PersonProgress[] | null; busy: boolean; onLoad: () => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const b = t.beyond;
  return (
    <section className={styles.root} aria-labelledby="progress-heading" data-testid="progress-part">
      <Text as="h3" id="progress-heading" weight="semibold" size={400}>
        {b.progressHeading}
      </Text>
      <Text>{b.progressIntro}</Text>
      <div>
        <Button appearance="primary" disabled={props.busy} onClick={props.onLoad}>
          {b.loadProgress}
        </Button>
      </div>
      {props.rows !== null &&
        (props.rows.length === 0 ? (
          <Text>{b.noProgress}</Text>
        ) : (
          <ul className={styles.list} aria-label={b.progressHeading}>
            {props.rows.map((r) => (
              <li key={r.key} className={styles.item}>
                <Text weight="semibold">{textOf(lang, r.label)}</Text>
                <dl className={styles.numbers}>
                  {(
                    [
                      [b.goal, r.goal],
                      [b.planned, r.planned],
                      [b.reached1, r.reached1],
                      [b.reached2, r.reached2],
                    ] as const
                  ).map(([label, value]) => (
                    <div key={label} className={styles.cell}>
                      <dt>{label}</dt>
                      <dd className={styles.value}>{value}</dd>
                    </div>
                  ))}
                </dl>
                <Text size={200}>{b.activities(r.rows.plan, r.rows.aterrap1, r.rows.aterrap2)}</Text>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
