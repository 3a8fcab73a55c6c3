// One flag: its kind and severity in words, the sentence, and a button that goes to its cell.
import { Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Flag } from '../../core/model';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  go: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
});

const ICONS = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

export function FlagItem(props: { flag: Flag; onGo: (flag: Flag) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const f = props.flag;
  return (
    <li className={styles.item} data-testid="flag">
      <span className={styles.head}>
        {ICONS[f.severity]}
        <Text weight="semibold">{`${t.severityNames[f.severity]}: ${t.flagNames[f.code]}`}</Text>
      </span>
      <Text>{render(lang, f.message)}</Text>
      <Button className={styles.go} appearance="secondary" size="small" onClick={() => props.onGo(f)}>
        {t.flags.goTo(f.sheet, f.cell)}
      </Button>
    </li>
  );
}
