// A list of problems found while reading or importing plans, in the pane's language; severity in
// words too.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../core/model';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  severity: { fontWeight: tokens.fontWeightSemibold },
});

export function ProblemList(props: { problems: readonly Problem[] }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.problems.map((p, i) => (
        <li key={i}>
          <span className={styles.severity}>{t.severityNames[p.severity]}: </span>
          {render(lang, p.message)}
        </li>
      ))}
    </ul>
  );
}
