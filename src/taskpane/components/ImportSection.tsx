// The import section: paste or files → preview → result with undo.
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { ImportOps } from '../hooks/useImport';
import { useStrings } from '../i18n';
import type { State } from '../state/state';
import { FileDrop } from './FileDrop';
import { PasteArea } from './PasteArea';
import { PreviewPanel } from './PreviewPanel';
import { ReadFailures } from './ReadFailures';
import { ResultPanel } from './ResultPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {t.import.heading}
      </Text>
      {!state.preview && (
        <>
          <PasteArea disabled={busy} onPaste={(d) => void ops.readPaste(d)} />
          <FileDrop disabled={busy} onFiles={(f) => void ops.readFiles(f)} />
        </>
      )}
      <ReadFailures failures={state.readFailures} />
      {state.preview && (
        <PreviewPanel
          preview={state.preview}
          busy={busy}
          onRound={(r) => void ops.changeRound(r)}
          onConfirm={() => void ops.confirm()}
          onCancel={() => ops.reset()}
        />
      )}
      {(state.result || state.canUndo || state.undoConflict) && !state.preview && (
        <ResultPanel
          result={state.result}
          canUndo={state.canUndo}
          conflict={state.undoConflict}
          busy={busy}
          onUndo={(force) => void ops.undo(force)}
          onKeep={props.onKeep}
          onCheck={props.onCheck}
          onNew={() => ops.reset()}
        />
      )}
    </div>
  );
}
