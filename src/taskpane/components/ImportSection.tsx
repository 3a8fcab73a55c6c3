// The import section: paste or files → (which report round, when the dates cannot say) → the
// batch preview → the result with undo, above the inputs for the next batch. Files that could not
// be read are shown apart.
import { Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { ImportOps } from '../hooks/useImport';
import { useStrings } from '../i18n';
import type { State } from '../state/state';
import { BatchPreview } from './BatchPreview';
import { FileDrop } from './FileDrop';
import { PasteArea } from './PasteArea';
import { ReadFailures } from './ReadFailures';
import { ReportQuestion } from './ReportQuestion';
import { ResultPanel } from './ResultPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function ImportSection(props: {
  state: State;
  ops: ImportOps;
  onCheck: () => void;
  onKeep: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { state, ops } = props;
  const busy = state.progress !== null;
  const readingFiles = state.progress?.kind === 'files';
  const asking = state.importBatch.askingReport;
  const batch = state.preview !== null || asking !== null;
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.import.heading}
      </Text>
      {readingFiles && (
        <div>
          <Button onClick={ops.cancelRead}>{t.import.cancelReading}</Button>
        </div>
      )}
      {state.readFailures.length > 0 && (
        <ReadFailures failures={state.readFailures} onDismiss={ops.dismissFailures} />
      )}
      {asking && state.settings && (
        <ReportQuestion
          plans={asking.length}
          settings={state.settings}
          busy={busy}
          onAnswer={(r) => void ops.answerReport(r)}
          onCancel={ops.reset}
        />
      )}
      {state.preview && (
        <BatchPreview
          preview={state.preview}
          failed={state.readFailures.length}
          catalogue={(state.settings ?? DEFAULT_SETTINGS).catalogue}
          onlyNeedsLook={state.importBatch.onlyNeedsLook}
          busy={busy}
          ops={ops}
        />
      )}
      {(state.result || state.canUndo || state.undoConflict) && !batch && (
        <ResultPanel
          result={state.result}
          canUndo={state.canUndo}
          lastImport={state.importBatch.lastImport}
          conflict={state.undoConflict}
          busy={busy}
          onUndo={(force) => void ops.undo(force)}
          onKeep={props.onKeep}
          onCheck={props.onCheck}
          onNew={() => ops.reset()}
        />
      )}
      {!batch && !readingFiles && (
        <>
          <PasteArea disabled={busy} onPaste={(d) => void ops.readPaste(d)} />
          <FileDrop disabled={busy} onFiles={(f) => void ops.readFiles(f)} />
        </>
      )}
    </div>
  );
}
