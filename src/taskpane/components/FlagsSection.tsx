// The check section: run the check, counts per kind, filters, the list, and the reminder list.
import { Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Flag } from '../../core/model';
import type { CheckOps } from '../hooks/useChecks';
import { useStrings } from '../i18n';
import { countByCode } from '../state/flagGroups';
import type { FlagView } from '../state/state';
import { FlagFilters } from './FlagFilters';
import { FlagList } from './FlagList';
import { ReminderList, type ReminderEntry } from './ReminderList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  fileRow: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  hidden: { display: 'none' },
});

export function FlagsSection(props: {
  flags: readonly Flag[] | null;
  view: FlagView;
  busy: boolean;
  reminders: readonly ReminderEntry[];
  mailto: string | null;
  ops: CheckOps;
  onView: (view: Partial<FlagView>) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { flags } = props;
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.flags.heading}
      </Text>
      <div className={styles.fileRow}>
        <Text id="overall-file-hint">{t.flags.overallFileHint}</Text>
        <Button
          icon={<TableRegular />}
          disabled={props.busy}
          aria-describedby="overall-file-hint"
          onClick={() => picker.current?.click()}
        >
          {t.flags.overallFile}
        </Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          tabIndex={-1}
          aria-label={t.flags.overallFile}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="overall-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            e.currentTarget.value = '';
            if (file) void props.ops.setOverallFile(file);
          }}
        />
      </div>
      <div>
        <Button appearance="primary" disabled={props.busy} onClick={() => void props.ops.check()}>
          {t.flags.run}
        </Button>
      </div>
      {flags === null && <Text>{t.flags.notRun}</Text>}
      {flags !== null && flags.length === 0 && <Text>{t.flags.none}</Text>}
      {flags !== null && flags.length > 0 && (
        <>
          <section aria-labelledby="flag-counts">
            <Text as="h3" id="flag-counts" weight="semibold" size={400}>
              {t.flags.counts}
            </Text>
            <ul className={styles.counts} data-testid="flag-counts">
              {countByCode(flags).map((c) => (
                <li key={c.code}>{`${t.flagNames[c.code]}: ${c.count}`}</li>
              ))}
            </ul>
          </section>
          <FlagFilters view={props.view} onChange={props.onView} />
          <FlagList flags={flags} view={props.view} onGo={(f) => void props.ops.goTo(f)} />
        </>
      )}
      {flags !== null && <ReminderList entries={props.reminders} mailto={props.mailto} />}
    </div>
  );
}
