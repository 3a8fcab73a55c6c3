// Which overall plan the check compares with: what the last check said (the log's tab, a file,
// or none — then plainly what is missing and what to do), and an overall plan picked as a file:
// in use until the pane closes, with the offer to copy it into the log's tab (asked first when
// that tab already holds a plan).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyArrowRightRegular, DismissRegular, TableRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { msg } from '../../core/messages';
import type { OverallFileInfo, OverallUsed } from '../../excel/gateway';
import { render } from '../../messages/render';
import type { CheckOps } from '../hooks/useChecks';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrap: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', textAlign: 'start' },
  hidden: { display: 'none' },
});

export function OverallPlanSource(props: {
  /** What the last check compared with (null before a check). */
  overall: OverallUsed | null;
  file: OverallFileInfo | null;
  ask: { sheet: string; assignments: number } | null;
  busy: boolean;
  ops: Pick<CheckOps, 'setOverallFile' | 'copyOverallFile'>;
  onKeepTab: () => void;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const { overall, file } = props;
  return (
    <div className={styles.root} data-testid="overall-source">
      {overall?.kind === 'none' && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-overall">
          <MessageBarBody>
            {render(lang, msg('check-overall-none', { tab: overall.tab ?? '' }))}
          </MessageBarBody>
        </MessageBar>
      )}
      {overall?.kind === 'tab' && (
        <Text>{render(lang, msg('check-overall-tab', { sheet: overall.sheet }))}</Text>
      )}
      {file === null ? (
        <>
          <Text id="overall-file-hint">{t.flags.overallFileHint}</Text>
          <Button
            className={styles.wrap}
            icon={<TableRegular />}
            disabled={props.busy}
            aria-describedby="overall-file-hint"
            onClick={() => picker.current?.click()}
          >
            {t.flags.overallFile}
          </Button>
        </>
      ) : (
        <>
          <Text data-testid="overall-file">{t.flags.fileInUse(file.file, file.sheet, file.assignments)}</Text>
          <Text id="overall-copy-hint">{t.flags.copyHint}</Text>
          <div className={styles.buttons}>
            <Button
              className={styles.wrap}
              appearance="primary"
              icon={<CopyArrowRightRegular />}
              disabled={props.busy}
              aria-describedby="overall-copy-hint"
              onClick={() => void props.ops.copyOverallFile(false)}
            >
              {t.flags.copyToLog}
            </Button>
            <Button
              className={styles.wrap}
              icon={<DismissRegular />}
              disabled={props.busy}
              onClick={() => void props.ops.setOverallFile(null)}
            >
              {t.flags.forgetFile}
            </Button>
          </div>
        </>
      )}
      {props.ask && (
        <MessageBar intent="warning" layout="multiline" data-testid="overall-replace">
          <MessageBarBody>{t.flags.replaceAsk(props.ask.sheet, props.ask.assignments)}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={props.busy} onClick={() => void props.ops.copyOverallFile(true)}>
              {t.flags.replace}
            </Button>
            <Button disabled={props.busy} onClick={props.onKeepTab}>
              {t.flags.keepTab}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <input
        ref={picker}
        className={styles.hidden}
        type="file"
        tabIndex={-1}
        aria-label={t.flags.overallFile}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="overall-file-input"
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0] ?? null;
          e.currentTarget.value = '';
          if (picked) void props.ops.setOverallFile(picked);
        }}
      />
    </div>
  );
}
