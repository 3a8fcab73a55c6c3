// The task pane: sections for import, check, totals and settings over one WorkbookGateway.
import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useReducer } from 'react';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { TabKind } from '../../core/model';
import type { WorkbookGateway } from '../../excel/gateway';
import { useChecks } from '../hooks/useChecks';
import { useImport } from '../hooks/useImport';
import { useBeyond } from '../hooks/useBeyond';
import { useSaveSettings } from '../hooks/useSettings';
import { useTask } from '../hooks/useTask';
import { useWorkbook } from '../hooks/useWorkbook';
import { inThreadPlanFiles, type PlanFiles } from '../reading/planFiles';
import { StringsContext, stringsFor, type Lang } from '../i18n';
import { reducer } from '../state/reducer';
import { initialState, type Section } from '../state/state';
import { BeyondSection } from './BeyondSection';
import { ColumnMappings } from './ColumnMappings';
import { FlagsSection } from './FlagsSection';
import { ImportSection } from './ImportSection';
import { RemindersSection } from './RemindersSection';
import { SettingsForm } from './SettingsForm';
import { StatusArea } from './StatusArea';
import { TotalsSection } from './TotalsSection';

// Nothing of the pane's layout goes on FluentProvider's className: Fluent copies that class onto
// the layer that hosts dropdown lists and popovers (applyStylesToPortals), where a min-height or
// a background becomes a page-sized white layer over the pane. The pane's own root holds it.
const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    hyphens: 'auto',
  },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const SECTIONS: Section[] = ['import', 'flags', 'reminders', 'totals', 'beyond', 'settings'];

export interface AppProps {
  gateway: WorkbookGateway;
  lang: Lang;
  /** Header texts per tab for the column-mapping dropdowns, when the host can tell. */
  headers?: Partial<Record<TabKind, string[]>>;
  /** How plan files are read: in a Web Worker in the add-in and the workbench (their entries say so); on the page by default. */
  planFiles?: PlanFiles;
  /** Whether the host lets the pane save a file it made (see platform.ts); default yes. */
  canSaveFiles?: boolean;
}

export function App(props: AppProps) {
  const { gateway, lang } = props;
  const styles = useStyles();
  const t = stringsFor(lang);
  const strings = useMemo(() => ({ t, lang }), [t, lang]);
  const [state, dispatch] = useReducer(reducer, initialState);
  const run = useTask(dispatch, lang);
  const settings = state.settings ?? DEFAULT_SETTINGS;
  const workbook = useWorkbook(gateway, dispatch, run);
  const importOps = useImport(
    gateway,
    state,
    dispatch,
    run,
    t,
    settings,
    props.planFiles ?? inThreadPlanFiles,
  );
  const checks = useChecks(gateway, dispatch, run, lang);
  const saveSettings = useSaveSettings(gateway, dispatch, run);
  const beyond = useBeyond(gateway, dispatch, run, lang, settings);
  const busy = state.progress !== null;

  const select = (section: Section) => {
    dispatch({ type: 'section/select', section });
  };

  return (
    <StringsContext.Provider value={strings}>
      <FluentProvider theme={webLightTheme} lang={lang === 'en' ? 'en' : 'sv'}>
        <main className={styles.root} aria-label={t.appTitle}>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={t.sections.label}
            selectedValue={state.section}
            onTabSelect={(_, d) => select(d.value as Section)}
          >
            {SECTIONS.map((s) => (
              <Tab key={s} value={s} id={`tab-${s}`} aria-controls={`panel-${s}`}>
                {t.sections[s]}
              </Tab>
            ))}
          </TabList>
          <StatusArea
            progress={state.progress}
            notice={state.notice}
            onDismiss={() => dispatch({ type: 'notice/dismiss' })}
          />
          <div
            role="tabpanel"
            id={`panel-${state.section}`}
            aria-labelledby={`tab-${state.section}`}
            className={styles.panel}
          >
            {state.section === 'import' && (
              <ImportSection
                state={state}
                ops={importOps}
                onKeep={() => dispatch({ type: 'undo/keep' })}
                onCheck={() => {
                  select('flags');
                  void checks.check();
                }}
              />
            )}
            {state.section === 'flags' && (
              <FlagsSection
                flags={state.flags}
                checked={state.checked}
                view={state.flagView}
                busy={busy}
                overallFile={state.overallFile}
                overallCopyAsk={state.overallCopyAsk}
                catalogue={settings.catalogue}
                ops={checks}
                onView={(view) => dispatch({ type: 'flags/view', view })}
                onKeepTab={() => dispatch({ type: 'overall/keep-tab' })}
              />
            )}
            {state.section === 'reminders' && (
              <RemindersSection reminders={state.reminders} settings={settings} busy={busy} ops={checks} />
            )}
            {state.section === 'totals' && (
              <TotalsSection
                totals={state.totals}
                busy={busy}
                onRefresh={() => void checks.refreshTotals()}
              />
            )}
            {state.section === 'beyond' && (
              <BeyondSection ops={beyond} busy={busy} canSave={props.canSaveFiles ?? true} />
            )}
            {state.section === 'settings' && (
              <>
                <Text as="h2" weight="semibold" size={500}>
                  {t.settings.heading}
                </Text>
                {state.settings && (
                  <SettingsForm
                    key={JSON.stringify(state.settings)}
                    settings={state.settings}
                    busy={busy}
                    onSave={(s) => void saveSettings(s)}
                  />
                )}
                <ColumnMappings
                  info={state.info}
                  headers={props.headers ?? {}}
                  busy={busy}
                  onCreateTab={(k) => void workbook.createTab(k)}
                  onSaveMapping={(k, c, h) => void workbook.saveColumnMapping(k, c, h)}
                  onReload={() => void workbook.reload()}
                />
              </>
            )}
          </div>
        </main>
      </FluentProvider>
    </StringsContext.Provider>
  );
}
