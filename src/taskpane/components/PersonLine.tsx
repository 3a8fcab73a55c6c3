// One plan of the batch as one compact line: name, round, rows, new or replacing, what needs a
// look. A button expands it; its details are rendered only then (150 lines stay light).
import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Problem, Round, TrainingDef } from '../../core/model';
import type { PersonPreview } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { lookReasons } from '../state/batchView';
import { PersonDetails } from './PersonDetails';

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  line: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { flexShrink: 0, marginTop: '2px' },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  look: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  icon: { verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXXS },
});

export function PersonLine(props: {
  person: PersonPreview;
  importProblems: readonly Problem[];
  catalogue: TrainingDef[];
  busy: boolean;
  onRound: (round: Round) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const p = props.person;
  const reasons = lookReasons(p, props.importProblems);
  const look = reasons.length + (p.rowsToWrite === 0 ? 1 : 0);
  const detailsId = `person-${p.index}-details`;
  return (
    <li className={styles.item} data-testid="person-preview" data-round={p.round}>
      <button
        type="button"
        className={styles.line}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? (
          <ChevronDownRegular className={styles.chevron} aria-hidden />
        ) : (
          <ChevronRightRegular className={styles.chevron} aria-hidden />
        )}
        <span className={styles.text}>
          <span className={styles.name} data-testid="person-name">
            {p.person}
          </span>
          <span className={styles.meta}>
            {t.preview.roundShort[p.round]}
            {' · '}
            {p.rowsToWrite === 0 ? t.preview.lineNoRows : t.preview.lineRows(p.rowsToWrite)}
            {' · '}
            {p.rowsToReplace > 0 ? t.preview.lineReplacing(p.rowsToReplace) : t.preview.lineNew}
            {look > 0 && (
              <>
                {' · '}
                <span className={styles.look}>
                  <WarningFilled className={styles.icon} aria-hidden />
                  {t.preview.lineProblems(look)}
                </span>
              </>
            )}
          </span>
        </span>
      </button>
      {open && (
        <PersonDetails
          id={detailsId}
          person={p}
          reasons={reasons}
          catalogue={props.catalogue}
          busy={props.busy}
          onRound={props.onRound}
        />
      )}
    </li>
  );
}
