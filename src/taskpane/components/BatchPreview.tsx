// The preview of a batch of 1–150 plans, before anything is written: the summary first, what to
// check in the import as a whole, a filter for the plans that need a look, a round for all plans,
// one compact line per plan (its details on expanding), and the write and start-over buttons
// always in view at the bottom of the pane however long the list is.
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Switch,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import { useDeferredValue, useMemo } from 'react';
import { ROUNDS, type Round, type TrainingDef } from '../../core/model';
import type { ImportPreview, PersonPreview } from '../../excel/gateway';
import type { ImportOps } from '../hooks/useImport';
import { useStrings } from '../i18n';
import { needsLook, summarize } from '../state/batchView';
import { BatchSummary } from './BatchSummary';
import { PersonLine } from './PersonLine';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-end',
  },
  allRounds: { flex: '1 1 12rem', minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Sticks to the bottom of the pane while the list scrolls past under it.
  actions: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
  },
  count: { flex: '1 1 6rem', minWidth: 0, color: tokens.colorNeutralForeground2 },
});

const KEEP = 'suggested';
const NO_LINES: PersonPreview[] = [];

export function BatchPreview(props: {
  preview: ImportPreview;
  failed: number;
  catalogue: TrainingDef[];
  onlyNeedsLook: boolean;
  busy: boolean;
  ops: ImportOps;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { preview, ops } = props;
  const problems = useMemo(() => preview.problems ?? [], [preview]);
  const summary = useMemo(() => summarize(preview, props.failed), [preview, props.failed]);
  const shown = useMemo(
    () => (props.onlyNeedsLook ? preview.people.filter((p) => needsLook(p, problems)) : preview.people),
    [preview, problems, props.onlyNeedsLook],
  );
  // The lines are rendered after the summary, in slices the browser can paint between (a deferred
  // value renders in a transition): 150 of them at once would hold the pane for over 100 ms.
  const lines = useDeferredValue(shown, NO_LINES);
  // The round every plan is in, when they are all in one; else the "as suggested" choice.
  const rounds = new Set(preview.people.map((p) => p.round));
  const allIn = rounds.size === 1 ? [...rounds][0] : KEEP;
  return (
    <section className={styles.root} aria-labelledby="preview-heading" data-testid="preview">
      <Text as="h3" id="preview-heading" weight="semibold" size={400}>
        {t.preview.heading}
      </Text>
      <Text>{t.preview.intro}</Text>
      <BatchSummary summary={summary} />
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="import-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.preview.importProblems}</MessageBarTitle>
            <ProblemList problems={problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.people.length === 0 ? (
        <Text>{t.preview.empty}</Text>
      ) : (
        <>
          <div className={styles.tools}>
            <Switch
              checked={props.onlyNeedsLook}
              label={t.preview.onlyNeedsLook}
              onChange={(_, d) => ops.showOnlyNeedsLook(d.checked)}
            />
            <Field className={styles.allRounds} label={t.preview.allRounds}>
              <Dropdown
                className={styles.dropdown}
                value={allIn === KEEP ? t.preview.allRoundsKeep : t.roundNames[allIn]}
                selectedOptions={[allIn]}
                disabled={props.busy}
                onOptionSelect={(_, d) => {
                  if (d.optionValue && d.optionValue !== allIn)
                    void ops.changeAllRounds(d.optionValue === KEEP ? null : (d.optionValue as Round));
                }}
              >
                <Option value={KEEP}>{t.preview.allRoundsKeep}</Option>
                {ROUNDS.map((r) => (
                  <Option key={r} value={r}>
                    {t.roundNames[r]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <Text role="status" data-testid="shown-count">
            {shown.length === 0
              ? t.preview.noneNeedsLook
              : t.preview.showing(shown.length, preview.people.length)}
          </Text>
          <ul className={styles.list} aria-label={t.preview.list}>
            {lines.map((p) => (
              <PersonLine
                key={p.index}
                person={p}
                importProblems={problems}
                catalogue={props.catalogue}
                busy={props.busy}
                onRound={(round) => void ops.changeRound(p.index, round)}
              />
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions} data-testid="preview-actions">
        <Button
          appearance="primary"
          disabled={props.busy || preview.people.length === 0}
          onClick={() => void ops.confirm()}
          aria-describedby="preview-count"
        >
          {t.preview.confirm}
        </Button>
        <Button disabled={props.busy} onClick={ops.reset}>
          {t.preview.cancel}
        </Button>
        <Text id="preview-count" className={styles.count} size={200}>
          {t.preview.confirmCount(preview.people.length, summary.rowsToWrite)}
        </Text>
      </div>
    </section>
  );
}
