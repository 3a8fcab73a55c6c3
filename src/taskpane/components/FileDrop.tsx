// A drop zone plus a file picker for one or many .docx files.
import { Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  active: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
  text: { overflowWrap: 'anywhere' },
});

export function FileDrop(props: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (props.disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) props.onFiles(files);
  };

  return (
    <div
      role="group"
      aria-label={t.import.dropZoneLabel}
      aria-describedby={hintId}
      className={over ? `${styles.zone} ${styles.active}` : styles.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Text id={hintId} className={styles.text}>
        {t.import.dropZone}
      </Text>
      <Button icon={<DocumentAddRegular />} disabled={props.disabled} onClick={() => input.current?.click()}>
        {t.import.filesLabel}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".docx,.odt,.doc,.rtf,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        aria-label={t.import.filesLabel}
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </div>
  );
}
