// Tabs and columns the add-in could not find: create a missing tab, or point at the column
// that holds a canonical column (the answer is saved in the workbook by the gateway).
import { Button, Combobox, Field, Input, Option, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabKind } from '../../core/model';
import type { TabStatus, WorkbookInfo } from '../../excel/gateway';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flex: '1 1 10rem', minWidth: 0 },
});

/** Tabs the import and check need (the summary tab is made when the totals are computed). */
const NEEDED: TabKind[] = ['contacts', 'plan', 'aterrap1', 'aterrap2', 'overall'];

function MissingColumn(props: {
  tab: TabStatus;
  column: string;
  headers: readonly string[];
  busy: boolean;
  onSave: (kind: TabKind, column: string, header: string) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const [header, setHeader] = useState('');
  const columnName = t.columnNames[props.column] ?? props.column;
  return (
    <div className={styles.row} data-testid="missing-column">
      <Field
        className={styles.grow}
        label={t.settings.pickColumn(columnName)}
        hint={t.settings.missingColumn(columnName, props.tab.sheet ?? '')}
      >
        {props.headers.length > 0 ? (
          <Combobox
            freeform
            inlinePopup
            placeholder={t.settings.headerPlaceholder}
            value={header}
            onChange={(e) => setHeader(e.currentTarget.value)}
            onOptionSelect={(_, d) => setHeader(d.optionText ?? '')}
          >
            {props.headers.map((h) => (
              <Option key={h}>{h}</Option>
            ))}
          </Combobox>
        ) : (
          <Input value={header} onChange={(_, d) => setHeader(d.value)} />
        )}
      </Field>
      <Button
        disabled={props.busy || header.trim() === ''}
        onClick={() => props.onSave(props.tab.kind, props.column, header.trim())}
      >
        {t.settings.saveMapping}
      </Button>
    </div>
  );
}

export function ColumnMappings(props: {
  info: WorkbookInfo | null;
  headers: Partial<Record<TabKind, string[]>>;
  busy: boolean;
  onCreateTab: (kind: TabKind) => void;
  onSaveMapping: (kind: TabKind, column: string, header: string) => void;
  onReload: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const tabs = props.info?.tabs.filter((tab) => NEEDED.includes(tab.kind)) ?? [];
  const missingTabs = tabs.filter((tab) => tab.sheet === null);
  const missingColumns = tabs.filter((tab) => tab.sheet !== null && tab.missingColumns.length > 0);
  return (
    <section className={styles.root} aria-labelledby="columns-heading">
      <Text as="h3" id="columns-heading" weight="semibold" size={400}>
        {t.settings.columns}
      </Text>
      {props.info && missingTabs.length === 0 && missingColumns.length === 0 && (
        <Text>{t.settings.columnsOk}</Text>
      )}
      {missingTabs.map((tab) => (
        <div key={tab.kind} className={styles.row}>
          <Text className={styles.grow}>{t.settings.missingTab(t.tabKinds[tab.kind])}</Text>
          <Button disabled={props.busy} onClick={() => props.onCreateTab(tab.kind)}>
            {t.settings.createTab(t.tabKinds[tab.kind])}
          </Button>
        </div>
      ))}
      {missingColumns.flatMap((tab) =>
        tab.missingColumns.map((column) => (
          <MissingColumn
            key={`${tab.kind}-${column}`}
            tab={tab}
            column={column}
            headers={props.headers[tab.kind] ?? []}
            busy={props.busy}
            onSave={props.onSaveMapping}
          />
        )),
      )}
      <div>
        <Button disabled={props.busy} onClick={props.onReload}>
          {t.settings.refreshInfo}
        </Button>
      </div>
    </section>
  );
}
