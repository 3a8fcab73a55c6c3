// Filters and grouping of the flags list (native selects: keyboard and screen-reader friendly).
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ROUNDS, type Round, type Severity } from '../../core/model';
import { useStrings } from '../i18n';
import type { FlagView } from '../state/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  field: { minWidth: 0, flex: '1 1 8rem' },
  select: { width: '100%', minWidth: 0 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function FlagFilters(props: { view: FlagView; onChange: (view: Partial<FlagView>) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { view } = props;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={t.flags.groupBy}>
        <Select
          value={view.groupBy}
          onChange={(_, d) => props.onChange({ groupBy: d.value as FlagView['groupBy'] })}
        >
          <option value="person">{t.flags.groupByPerson}</option>
          <option value="kind">{t.flags.groupByKind}</option>
        </Select>
      </Field>
      <Field className={styles.field} label={t.flags.roundFilter}>
        <Select
          className={styles.select}
          value={view.round}
          onChange={(_, d) => props.onChange({ round: d.value as Round | 'all' })}
        >
          <option value="all">{t.flags.all}</option>
          {ROUNDS.map((r) => (
            <option key={r} value={r}>
              {t.roundNames[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label={t.flags.severityFilter}>
        <Select
          value={view.severity}
          onChange={(_, d) => props.onChange({ severity: d.value as Severity | 'all' })}
        >
          <option value="all">{t.flags.all}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.severityNames[s]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
