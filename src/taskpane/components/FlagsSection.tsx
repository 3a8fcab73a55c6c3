// The check section: which overall plan is compared with, run the check, the summary first (the
// counts are the filters), a walker that goes from flag to flag and selects each one's cell in
// Excel, and the compact list.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Flag, Round, TrainingDef } from '../../core/model';
import type { OverallFileInfo, OverallUsed } from '../../excel/gateway';
import type { CheckOps } from '../hooks/useChecks';
import { useStrings } from '../i18n';
import { filterFlags } from '../state/flagGroups';
import type { FlagView } from '../state/state';
import { FlagList } from './FlagList';
import { FlagSummary } from './FlagSummary';
import { OverallPlanSource } from './OverallPlanSource';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  walker: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  position: { flex: '1 1 auto', fontVariantNumeric: 'tabular-nums' },
  steps: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function FlagsSection(props: {
  flags: readonly Flag[] | null;
  checked: { overall: OverallUsed; rounds: Round[] } | null;
  view: FlagView;
  busy: boolean;
  overallFile: OverallFileInfo | null;
  overallCopyAsk: { sheet: string; assignments: number } | null;
  catalogue: readonly TrainingDef[];
  ops: CheckOps;
  onView: (view: Partial<FlagView>) => void;
  onKeepTab: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { flags, ops } = props;
  const [current, setCurrent] = useState<string | null>(null);
  /** Where the walker was: when its flag leaves the list (marked handled), Next goes on from there. */
  const [position, setPosition] = useState<number | null>(null);
  const shown = flags === null ? [] : filterFlags(flags, props.view);
  const index = shown.findIndex((f) => f.about === current);
  const outsideLabel = props.checked?.overall.kind === 'file' ? props.checked.overall.label : null;

  /** The walker: the flag `step` away from the current one (the first or last when none is). */
  const walk = (step: 1 | -1) => {
    if (shown.length === 0) return;
    const clamp = (i: number) => Math.min(shown.length - 1, Math.max(0, i));
    const next =
      index >= 0
        ? clamp(index + step)
        : position !== null
          ? clamp(step > 0 ? position : position - 1)
          : step > 0
            ? 0
            : shown.length - 1;
    const flag = shown[next];
    setCurrent(flag.about);
    setPosition(next);
    if (outsideLabel === null || flag.sheet !== outsideLabel) void ops.goTo(flag);
  };

  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.flags.heading}
      </Text>
      <OverallPlanSource
        overall={props.checked?.overall ?? null}
        file={props.overallFile}
        ask={props.overallCopyAsk}
        busy={props.busy}
        ops={ops}
        onKeepTab={props.onKeepTab}
      />
      <div>
        <Button appearance="primary" disabled={props.busy} onClick={() => void ops.check()}>
          {t.flags.run}
        </Button>
      </div>
      {flags === null || props.checked === null ? (
        <Text>{t.flags.notRun}</Text>
      ) : (
        <>
          <FlagSummary
            flags={flags}
            overall={props.checked.overall}
            view={props.view}
            onView={(view) => {
              setCurrent(null);
              setPosition(null);
              props.onView(view);
            }}
          />
          {shown.length > 0 && (
            <div className={styles.walker} role="group" aria-label={t.flags.walker} data-testid="flag-walker">
              <Text className={styles.position} aria-live="polite">
                {index < 0 ? t.flags.noneSelected(shown.length) : t.flags.position(index + 1, shown.length)}
              </Text>
              <span className={styles.steps}>
                <Button
                  size="small"
                  icon={<ChevronLeftRegular />}
                  disabled={index === 0 || (index < 0 && position === 0)}
                  onClick={() => walk(-1)}
                >
                  {t.flags.previous}
                </Button>
                <Button
                  size="small"
                  icon={<ChevronRightRegular />}
                  iconPosition="after"
                  disabled={
                    index === shown.length - 1 || (index < 0 && position !== null && position >= shown.length)
                  }
                  onClick={() => walk(1)}
                >
                  {t.flags.next}
                </Button>
              </span>
            </div>
          )}
          <FlagList
            flags={shown}
            total={flags.length}
            current={current}
            outsideLabel={outsideLabel}
            busy={props.busy}
            catalogue={props.catalogue}
            onCurrent={setCurrent}
            onGo={(f) => void ops.goTo(f)}
            onMark={(f, note) => ops.markHandled(f, note)}
            onUnmark={(f) => ops.unmarkHandled(f)}
            onAlias={(code, text) => void ops.addAlias(code, text)}
          />
        </>
      )}
    </div>
  );
}
