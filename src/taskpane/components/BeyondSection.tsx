// Before and after the rounds: goals out (step 1.2.1), status for the decision forum (2.5/2.8)
// and progress between reports — three parts of one section, one shown at a time.
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../i18n';
import type { Beyond } from '../hooks/useBeyond';
import { GoalsOut } from './GoalsOut';
import { ProgressPart } from './ProgressPart';
import { StatusPart } from './StatusPart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
});

type Part = 'goals' | 'status' | 'progress';

export function BeyondSection(props: { ops: Beyond; busy: boolean; canSave: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [part, setPart] = useState<Part>('goals');
  const o = props.ops;
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.beyond.heading}
      </Text>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.beyond.parts}
        selectedValue={part}
        onTabSelect={(_, d) => setPart(d.value as Part)}
      >
        <Tab value="goals">{t.beyond.goalsTab}</Tab>
        <Tab value="status">{t.beyond.statusTab}</Tab>
        <Tab value="progress">{t.beyond.progressTab}</Tab>
      </TabList>
      {part === 'goals' && (
        <GoalsOut
          people={o.people}
          deadline={o.deadline}
          canSave={props.canSave}
          busy={props.busy}
          onLoad={() => void o.loadGoals()}
          onDeadline={o.setDeadline}
          onSavePlan={(p) => void o.savePlan(p)}
        />
      )}
      {part === 'status' && (
        <StatusPart
          round={o.round}
          status={o.status}
          canSave={props.canSave}
          busy={props.busy}
          onRound={o.setRound}
          onWrite={() => void o.writeStatus()}
          onSaveDeck={() => void o.saveDeck()}
        />
      )}
      {part === 'progress' && (
        <ProgressPart rows={o.progress} busy={props.busy} onLoad={() => void o.loadProgress()} />
      )}
    </div>
  );
}
