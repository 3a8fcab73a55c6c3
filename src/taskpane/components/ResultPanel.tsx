// After an import: what was written, and "Ångra" (asks first when cells changed since).
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import type { ImportResult } from '../../excel/gateway';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  cells: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export function ResultPanel(props: {
  result: ImportResult | null;
  canUndo: boolean;
  conflict: { sheet: string; cell: string }[] | null;
  busy: boolean;
  onUndo: (force?: boolean) => void;
  onKeep: () => void;
  onCheck: () => void;
  onNew: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { result, conflict } = props;
  return (
    <section
      className={styles.root}
      aria-labelledby={result ? 'result-heading' : undefined}
      aria-label={result ? undefined : t.result.undo}
      data-testid="result"
    >
      {result && (
        <>
          <Text as="h3" id="result-heading" weight="semibold" size={500}>
            {t.result.heading}
          </Text>
          <Text role="status">{t.result.written(result.rowsWritten, result.rowsReplaced)}</Text>
        </>
      )}
      {conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.result.conflictTitle}</MessageBarTitle>
            {t.result.conflict(conflict.length)}
            <ul className={styles.cells} aria-label={t.result.conflictCells}>
              {conflict.slice(0, 20).map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>{`${c.sheet}!${c.cell}`}</li>
              ))}
            </ul>
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={props.busy} onClick={() => props.onUndo(true)}>
                {t.result.undoAnyway}
              </Button>
              <Button disabled={props.busy} onClick={props.onKeep}>
                {t.result.keep}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {props.canUndo && !conflict && (
          <Button disabled={props.busy} onClick={() => props.onUndo(false)}>
            {t.result.undo}
          </Button>
        )}
        {result && (
          <>
            <Button appearance="primary" disabled={props.busy} onClick={props.onCheck}>
              {t.result.checkNow}
            </Button>
            <Button disabled={props.busy} onClick={props.onNew}>
              {t.result.newImport}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
