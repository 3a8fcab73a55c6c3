// Reach totals: refresh (writes the formulas, the chart and the print layout), a table per view,
// how report 1 and 2 relate, the grand total, and a chart readable at pane width.
import { Button, Field, Select, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TotalsView } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { BarChart } from './BarChart';
import { TotalsTable } from './TotalsTable';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // Words whole: the pane's root lets long words break anywhere, the totals never.
    overflowWrap: 'normal',
    wordBreak: 'normal',
    hyphens: 'manual',
  },
});

type View = 'perTraining' | 'perUnit' | 'perPerson';

export function TotalsSection(props: { totals: TotalsView | null; busy: boolean; onRefresh: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [view, setView] = useState<View>('perTraining');
  const { totals } = props;
  const names: Record<View, string> = {
    perTraining: t.totals.perTraining,
    perUnit: t.totals.perUnit,
    perPerson: t.totals.perPerson,
  };
  return (
    <div className={styles.root} data-testid="totals">
      <Text as="h2" weight="semibold" size={500}>
        {t.totals.heading}
      </Text>
      <div>
        <Button appearance="primary" disabled={props.busy} onClick={props.onRefresh}>
          {t.totals.refresh}
        </Button>
      </div>
      {!totals && <Text>{t.totals.notRun}</Text>}
      {totals && (
        <>
          <Field label={t.totals.view}>
            <Select value={view} onChange={(_, d) => setView(d.value as View)}>
              {(Object.keys(names) as View[]).map((v) => (
                <option key={v} value={v}>
                  {names[v]}
                </option>
              ))}
            </Select>
          </Field>
          <TotalsTable caption={names[view]} rows={totals[view]} total={totals.grandTotal} />
          <Text data-testid="rounds-note">{t.totals.roundsNote}</Text>
          <Text>{t.totals.countNote}</Text>
          <Text>{t.totals.sheetNote(totals.sheet)}</Text>
          <Text>{totals.printLayout ? t.totals.printNote(totals.sheet) : t.totals.noPrint}</Text>
          <BarChart rows={totals.perTraining} />
        </>
      )}
    </div>
  );
}
