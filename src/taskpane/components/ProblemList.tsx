// A list of problems found while reading a plan, each a Swedish sentence; severity in words too.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../core/model';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  severity: { fontWeight: tokens.fontWeightSemibold },
});

export function ProblemList(props: { problems: readonly Problem[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.problems.map((p, i) => (
        <li key={i}>
          <span className={styles.severity}>{t.severityNames[p.severity]}: </span>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
