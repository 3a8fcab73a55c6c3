// The flags, filtered and grouped by person or kind; each takes the user to its cell.
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { Flag, FlagCode } from '../../core/model';
import { useStrings } from '../i18n';
import { filterFlags, groupFlags } from '../state/flagGroups';
import type { FlagView } from '../state/state';
import { FlagItem } from './FlagItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  group: { overflowWrap: 'anywhere' },
});

export function FlagList(props: { flags: readonly Flag[]; view: FlagView; onGo: (flag: Flag) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const shown = filterFlags(props.flags, props.view);
  const groups = groupFlags(shown, props.view.groupBy);
  return (
    <div className={styles.root}>
      <Text role="status">{t.flags.shown(shown.length, props.flags.length)}</Text>
      {groups.map((g) => {
        const title =
          props.view.groupBy === 'kind'
            ? t.flagNames[g.key as FlagCode]
            : g.key === null
              ? t.flags.noPerson
              : g.key;
        return (
          <section key={g.key ?? ''} className={styles.group} aria-label={title}>
            <Text as="h4" weight="semibold" size={400}>{`${title} (${g.flags.length})`}</Text>
            <ul className={styles.list}>
              {g.flags.map((f, i) => (
                <FlagItem key={`${f.sheet}!${f.cell}-${f.code}-${i}`} flag={f} onGo={props.onGo} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
