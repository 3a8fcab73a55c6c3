// One flag as one compact line (who, what, where), its whole sentence and what can be done with
// it when expanded: go to its cell (or where it is, as text, when the cell is in a file that is
// not open), mark it handled with a note or take the mark away, and for a training the log does
// not know, say which training it means.
import {
  Button,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  ErrorCircleRegular,
  InfoRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Flag, TrainingDef } from '../../core/model';
import { render } from '../../messages/render';
import { useStrings } from '../i18n';
import { aliasCandidate, shortPlace } from '../state/flagGroups';

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    listStyleType: 'none',
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  line: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { paddingTop: '2px' },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  person: { fontWeight: tokens.fontWeightSemibold },
  kind: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  place: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  detail: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flex: '1 1 12rem', minWidth: 0 },
  go: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const ICONS = {
  error: ErrorCircleRegular,
  warning: WarningRegular,
  info: InfoRegular,
};

export interface FlagItemProps {
  flag: Flag;
  expanded: boolean;
  current: boolean;
  /** Where the flag points is a file that is not open (its label), or null for a cell of the workbook. */
  outside: string | null;
  busy: boolean;
  catalogue: readonly TrainingDef[];
  onToggle: () => void;
  onGo: (flag: Flag) => void;
  onMark: (flag: Flag, note: string) => Promise<boolean>;
  onUnmark: (flag: Flag) => Promise<boolean>;
  onAlias: (code: string, text: string) => void;
}

export function FlagItem(props: FlagItemProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const id = useId();
  const f = props.flag;
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const alias = aliasCandidate(f);
  const [code, setCode] = useState(alias?.candidates[0] ?? '');
  const Icon = f.handled ? CheckmarkCircleRegular : ICONS[f.severity];
  const status = f.handled ? t.flags.handled : t.severityNames[f.severity];
  return (
    <li
      className={mergeClasses(styles.item, props.current && styles.current)}
      data-testid="flag"
      data-current={props.current ? 'true' : undefined}
      data-about={f.about}
      data-sheet={f.sheet}
      data-cell={f.cell}
      data-round={f.round ?? 'none'}
    >
      <button
        type="button"
        className={styles.line}
        aria-expanded={props.expanded}
        aria-controls={props.expanded ? `${id}-detail` : undefined}
        onClick={props.onToggle}
      >
        <Icon className={styles.icon} aria-hidden />
        <span className={styles.who}>
          <span className={styles.hidden}>{`${status}: `}</span>
          <span className={styles.person}>{f.person ?? t.flags.noPerson}</span>
          <span className={styles.kind}>{t.flagNames[f.code]}</span>
        </span>
        <span className={styles.place}>{shortPlace(f.sheet, f.cell)}</span>
      </button>
      {props.expanded && (
        <div className={styles.detail} id={`${id}-detail`}>
          <Text>{render(lang, f.message)}</Text>
          {props.outside !== null ? (
            <Text data-testid="flag-outside">{t.flags.inFile(props.outside, f.cell)}</Text>
          ) : (
            <Button className={styles.go} size="small" onClick={() => props.onGo(f)}>
              {t.flags.goTo(f.sheet, f.cell)}
            </Button>
          )}
          {f.handled ? (
            <div className={styles.row}>
              <Text>{t.flags.handledOn(f.handled.on, f.handled.note)}</Text>
              <Button
                size="small"
                disabled={props.busy}
                onClick={() => void props.onUnmark(f).then((ok) => ok && setSaid(t.flags.unmarkedNow))}
              >
                {t.flags.unmark}
              </Button>
            </div>
          ) : (
            <div className={styles.row}>
              <Field label={t.flags.note} hint={t.flags.noteHint} className={styles.field}>
                <Input value={note} maxLength={200} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <Button
                size="small"
                disabled={props.busy}
                onClick={() => void props.onMark(f, note).then((ok) => ok && setSaid(t.flags.markedNow))}
              >
                {t.flags.markHandled}
              </Button>
            </div>
          )}
          {alias && !f.handled && (
            <div className={styles.row} data-testid="flag-alias">
              <Field label={t.flags.aliasLabel(alias.text)} hint={t.flags.aliasHint} className={styles.field}>
                <Select value={code} onChange={(_, d) => setCode(d.value)}>
                  <option value="">{t.flags.aliasPick}</option>
                  {[
                    ...alias.candidates,
                    ...props.catalogue.map((c) => c.code).filter((c) => !alias.candidates.includes(c)),
                  ].map((c) => {
                    const name = props.catalogue.find((d) => d.code === c)?.name ?? '';
                    return (
                      <option key={c} value={c}>
                        {name === '' ? c : `${c} – ${name}`}
                      </option>
                    );
                  })}
                </Select>
              </Field>
              <Button
                size="small"
                disabled={props.busy || code === ''}
                onClick={() => props.onAlias(code, alias.text)}
              >
                {t.flags.aliasSave}
              </Button>
            </div>
          )}
          <div role="status">{said}</div>
        </div>
      )}
    </li>
  );
}
