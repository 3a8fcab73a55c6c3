// Where a plan copied from Word is pasted. Reads both clipboard flavours from the paste event
// (navigator.clipboard is blocked in Office on the web); the pasted HTML is handed to the
// reader as a string and never inserted into the page.
import { Field, Textarea, makeStyles } from '@fluentui/react-components';
import type { ClipboardEvent } from 'react';
import { useStrings } from '../i18n';

const useStyles = makeStyles({ area: { width: '100%', minHeight: '5rem' } });

export function PasteArea(props: {
  disabled: boolean;
  onPaste: (data: { html: string; text: string }) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const handlePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    const data = event.clipboardData;
    props.onPaste({ html: data.getData('text/html'), text: data.getData('text/plain') });
  };
  return (
    <Field label={t.import.pasteLabel} hint={t.import.pasteHint}>
      <Textarea
        className={styles.area}
        resize="vertical"
        value=""
        onChange={() => undefined}
        onPaste={handlePaste}
        disabled={props.disabled}
        data-testid="paste-area"
      />
    </Field>
  );
}
