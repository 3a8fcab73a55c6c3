// The check's summary, first: what was compared, how many flags are open and handled, and the
// counts by round and by kind, each a filter (a pressed button); a person search and whether the
// handled flags are listed. "No flags" is an all-clear only when an overall plan was compared.
import { Checkbox, Input, Field, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { msg } from '../../core/messages';
import type { Flag } from '../../core/model';
import type { OverallUsed } from '../../excel/gateway';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';
import { countByCode, countByRound, roundKey } from '../state/flagGroups';
import type { FlagView } from '../state/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  rounds: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  kinds: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  kind: {
    justifyContent: 'space-between',
    width: '100%',
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  count: { fontVariantNumeric: 'tabular-nums', marginLeft: tokens.spacingHorizontalS, flexShrink: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

export function FlagSummary(props: {
  flags: readonly Flag[];
  overall: OverallUsed;
  view: FlagView;
  onView: (view: Partial<FlagView>) => void;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { flags, view } = props;
  const open = flags.filter((f) => f.handled === undefined).length;
  const handled = flags.length - open;
  // Faceted: the rounds counted within the kind chosen, the kinds within the round chosen.
  const rounds = countByRound(view.code === 'all' ? flags : flags.filter((f) => f.code === view.code));
  const kinds = countByCode(view.round === 'all' ? flags : flags.filter((f) => roundKey(f) === view.round));
  const compared = props.overall.kind !== 'none';
  return (
    <section className={styles.root} aria-labelledby="flag-summary" data-testid="flag-summary">
      <Text as="h3" id="flag-summary" weight="semibold" size={400}>
        {t.flags.summary}
      </Text>
      <Text data-testid="flag-totals">
        {open === 0
          ? render(lang, msg(compared ? 'check-no-flags' : 'check-no-flags-without-overall', {}))
          : t.flags.open(open)}
        {handled > 0 ? ` · ${t.flags.handledCount(handled)}` : ''}
      </Text>
      {open > 0 && (
        <>
          <div role="group" aria-labelledby="flag-by-round" className={styles.group}>
            <Text id="flag-by-round" className={styles.legend}>
              {t.flags.byRound}
            </Text>
            <div className={styles.rounds} data-testid="flag-rounds">
              <ToggleButton
                size="small"
                checked={view.round === 'all'}
                onClick={() => props.onView({ round: 'all' })}
              >
                {t.flags.allRounds}
              </ToggleButton>
              {rounds.map((r) => (
                <ToggleButton
                  key={r.round}
                  size="small"
                  checked={view.round === r.round}
                  onClick={() => props.onView({ round: view.round === r.round ? 'all' : r.round })}
                >
                  {t.flags.filterButton(t.flags.roundKeys[r.round], r.count)}
                </ToggleButton>
              ))}
            </div>
          </div>
          <div role="group" aria-labelledby="flag-by-kind" className={styles.group}>
            <Text id="flag-by-kind" className={styles.legend}>
              {t.flags.byKind}
            </Text>
            <div className={styles.kinds} data-testid="flag-counts">
              {kinds.map((k) => (
                <ToggleButton
                  key={k.code}
                  className={styles.kind}
                  size="small"
                  appearance="subtle"
                  checked={view.code === k.code}
                  onClick={() => props.onView({ code: view.code === k.code ? 'all' : k.code })}
                >
                  <span>{t.flagNames[k.code]}</span>
                  <span className={styles.count}>{k.count}</span>
                </ToggleButton>
              ))}
            </div>
          </div>
          <Field label={t.flags.search}>
            <Input
              type="search"
              value={view.query}
              contentBefore={<SearchRegular aria-hidden />}
              onChange={(_, d) => props.onView({ query: d.value })}
            />
          </Field>
        </>
      )}
      {handled > 0 && (
        <Checkbox
          checked={view.showHandled}
          label={t.flags.showHandled(handled)}
          onChange={(_, d) => props.onView({ showHandled: d.checked === true })}
        />
      )}
    </section>
  );
}
