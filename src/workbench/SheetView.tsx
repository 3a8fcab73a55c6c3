// The workbook beside the pane: sheet tabs and the grid of the chosen sheet.
import { Tab, TabList, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { Grid } from './Grid';
import type { HostView } from './useHostView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
});

export function SheetView(props: { view: HostView }) {
  const styles = useStyles();
  const { snapshot, selection, written } = props.view;
  const names = snapshot.sheets.map((s) => s.name);
  // The user's choice of sheet, until the selection moves (a flag clicked in the pane): then
  // the grid follows the selection to its sheet.
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : '';
  const [choice, setChoice] = useState<{ name: string; selectionKey: string }>(() => ({
    name: names[0] ?? '',
    selectionKey,
  }));
  const current =
    choice.selectionKey !== selectionKey && selection && names.includes(selection.sheet)
      ? selection.sheet
      : choice.name;
  const sheet = snapshot.sheets.find((s) => s.name === current) ?? snapshot.sheets[0];
  return (
    <section className={styles.root} aria-label="Arbetsboken">
      <TabList
        className={styles.tabs}
        size="small"
        aria-label="Blad i arbetsboken"
        selectedValue={sheet?.name}
        onTabSelect={(_, d) => setChoice({ name: String(d.value), selectionKey })}
      >
        {snapshot.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid="sheet-tab" data-sheet={s.name}>
            {s.visibility && s.visibility !== 'Visible' ? `${s.name} (dold)` : s.name}
          </Tab>
        ))}
      </TabList>
      {selection && (
        <Text size={200} data-testid="selection">{`Markering: ${selection.sheet}!${selection.address}`}</Text>
      )}
      {sheet ? (
        <Grid
          sheet={sheet}
          written={written}
          selection={selection && selection.sheet === sheet.name ? selection.address : null}
        />
      ) : (
        <Text>Arbetsboken har inga blad.</Text>
      )}
    </section>
  );
}
