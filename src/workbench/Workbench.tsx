// The workbench page: the real task pane (left) against the emulated Excel (right), with a
// file picker for another workbook and "Spara som .xlsx".
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { MessageError } from '../core/messages';
import type { ExcelHost } from '../host';
import { render } from '../messages/render';
import { App } from '../taskpane/components/App';
import { languageFor } from '../messages/render';
import { createGateway } from './gateway';
import { planFiles } from './planFiles';
import { SheetView } from './SheetView';
import { useHostView } from './useHostView';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  body: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  pane: {
    flex: '0 1 22rem',
    minWidth: 0,
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: 'border-box',
    resize: 'horizontal',
    overflow: 'auto',
    // A task pane's height: the pane scrolls inside, as in Excel (its sticky buttons stay in view).
    maxHeight: 'calc(100vh - 4rem)',
  },
  sheets: { flex: '1 1 24rem', minWidth: 0 },
  hidden: { display: 'none' },
});

/**
 * Saves the workbook as the file it was opened from with the add-in's changes patched in (the
 * CLI's writer); returns why it could not be saved, or null.
 */
function download(host: ExcelHost, name: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = host.save().bytes;
  } catch (error) {
    if (error instanceof MessageError) return render('sv', error.msg);
    throw error;
  }
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

export function Workbench(props: {
  host: ExcelHost;
  name: string;
  message: string | null;
  displayLanguage: string;
  onOpen: (file: File) => void;
}) {
  const styles = useStyles();
  const view = useHostView(props.host);
  // One gateway per workbook: the workbench remounts this component when another is opened.
  const [gateway] = useState(() => createGateway());
  const picker = useRef<HTMLInputElement>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const message = saveError ?? props.message;
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.toolbar}>
          <Text as="h1" weight="semibold" size={500}>
            Spridningslogg – arbetsbänk
          </Text>
          <Text data-testid="workbook-name">{`Arbetsbok: ${props.name}`}</Text>
          <Button onClick={() => picker.current?.click()}>Öppna annan .xlsx</Button>
          <input
            ref={picker}
            className={styles.hidden}
            type="file"
            accept=".xlsx"
            aria-label="Öppna annan .xlsx"
            tabIndex={-1}
            data-testid="workbook-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onOpen(file);
            }}
          />
          <Button
            appearance="primary"
            onClick={() =>
              setSaveError(download(props.host, props.name.endsWith('.xlsx') ? props.name : 'arbetsbok.xlsx'))
            }
          >
            Spara som .xlsx
          </Button>
        </header>
        {message && (
          <MessageBar intent="error" layout="multiline" data-testid="workbench-message">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <div className={styles.pane} data-testid="pane">
            <App gateway={gateway} lang={languageFor(props.displayLanguage)} planFiles={planFiles} />
          </div>
          <div className={styles.sheets}>
            <SheetView view={view} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
