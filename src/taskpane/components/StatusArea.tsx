// Progress of long work and the latest message (error, warning, success), announced politely.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useStrings, type Strings } from '../i18n';
import type { Notice, Progress } from '../state/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { overflowWrap: 'anywhere' },
});

export function progressLabel(progress: Progress, t: Strings): string {
  switch (progress.kind) {
    case 'files':
      return t.import.readingFile(progress.done, progress.total);
    case 'paste':
      return t.import.readingPaste;
    case 'preview':
      return t.import.preparingPreview;
    case 'write':
      return t.preview.writing;
    case 'undo':
      return t.result.undoing;
    case 'check':
      return t.flags.running;
    case 'reminders':
      return t.reminders.loading;
    case 'totals':
      return t.totals.refreshing;
    case 'settings':
      return t.settings.saving;
    case 'load':
      return t.loading;
  }
}

export function noticeText(
  notice: Notice,
  t: Strings,
): { intent: 'error' | 'warning' | 'success' | 'info'; text: string } {
  switch (notice.kind) {
    case 'error':
      return { intent: 'error', text: notice.text };
    case 'stale':
      return { intent: 'warning', text: t.preview.stale };
    case 'undone':
      return { intent: 'success', text: t.result.undone };
    case 'nothing-to-undo':
      return { intent: 'info', text: t.result.nothingToUndo };
    case 'settings-saved':
      return { intent: 'success', text: t.settings.saved };
    case 'mapping-saved':
      return {
        intent: 'success',
        text: t.settings.mappingSaved(t.columnNames[notice.column] ?? notice.column),
      };
    case 'overall-file':
      return { intent: 'success', text: t.flags.overallFileSet(notice.name) };
    case 'overall-copied':
      return { intent: 'success', text: t.flags.copied(notice.sheet) };
    case 'alias-added':
      return { intent: 'success', text: t.flags.aliasSaved(notice.text, notice.code) };
  }
}

export function StatusArea(props: {
  progress: Progress | null;
  notice: Notice | null;
  onDismiss: () => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { progress, notice } = props;
  const shown = notice ? noticeText(notice, t) : null;
  const titles = {
    error: t.common.error,
    warning: t.common.warning,
    success: t.common.success,
    info: t.common.info,
  };
  return (
    <div className={styles.root}>
      <div aria-live="polite" role="status">
        {progress && (
          <Field validationMessage={progressLabel(progress, t)} validationState="none">
            <ProgressBar
              aria-label={progressLabel(progress, t)}
              value={progress.kind === 'files' ? progress.done / Math.max(1, progress.total) : undefined}
              thickness="large"
            />
          </Field>
        )}
      </div>
      {shown && (
        <MessageBar
          intent={shown.intent}
          layout="multiline"
          role={shown.intent === 'error' ? 'alert' : 'status'}
        >
          <MessageBarBody className={styles.text}>
            <MessageBarTitle>{titles[shown.intent]}</MessageBarTitle>
            {shown.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t.common.dismiss}
                onClick={props.onDismiss}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
