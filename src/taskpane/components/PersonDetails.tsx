// What was understood of one plan, shown when its line is expanded: its round (changeable), where
// it is written, the contact fields, each activity row with its values as read beside what was
// written where they differ ("20-25 → 20"), and each problem at its place in the plan.
import { Field, Select, makeStyles, tokens, Text } from '@fluentui/react-components';
import {
  ROUNDS,
  type Activity,
  type Contact,
  type Problem,
  type Round,
  type TrainingDef,
} from '../../core/model';
import type { PersonPreview } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { problemsByRow, understoodRow, type FieldReading } from '../state/understood';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    minWidth: 0,
  },
  facts: {
    display: 'grid',
    // The names' column is never narrower than its longest word: a name breaks between words only.
    gridTemplateColumns: 'minmax(min-content, 38%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  group: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: 'normal' },
  // A long token (an address) breaks where <wbr> allows; a word only when nothing else fits.
  value: { margin: 0, minWidth: 0, overflowWrap: 'break-word', hyphens: 'manual' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rows: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  read: { fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  blank: { color: tokens.colorNeutralForeground3 },
});

/** The contact fields, each a column of tab 2 of the same name. */
const CONTACT_FIELDS = [
  'name',
  'title',
  'unit',
  'region',
  'email',
  'phone',
] as const satisfies readonly (keyof Contact)[];

/** A field's name, breaking after a slash ("Landsting/<wbr>region") rather than inside a word. */
function Term(props: { text: string }) {
  return (
    <>
      {props.text.split(/(?<=\/)/).map((part, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </>
  );
}

/** An e-mail address with break opportunities after "@" and before dots (never mid-word). */
function Address(props: { text: string }) {
  return (
    <>
      {props.text.split(/(?=[.@])/).map((part, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </>
  );
}

function Value(props: { f: FieldReading }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { f } = props;
  if (f.unreadable)
    return (
      <span className={styles.bad}>
        {f.raw} ({f.read !== '' ? f.read : t.preview.unreadable})
      </span>
    );
  if (f.differs)
    return (
      <>
        {f.raw} → <span className={styles.read}>{f.read}</span>
      </>
    );
  return <>{f.raw}</>;
}

/** One activity row: the filled fields as read, the empty ones named in a line, its problems. */
function ActivityReading(props: {
  n: number;
  activity: Activity;
  problems: Problem[];
  catalogue: TrainingDef[];
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const a = props.activity;
  const fields = understoodRow(a, props.catalogue, t);
  const filled = fields.filter((f) => f.raw.trim() !== '');
  const empty = fields.filter((f) => f.raw.trim() === '');
  return (
    <li className={styles.row} data-testid="activity-reading">
      <Text as="h5" className={styles.rowHeading}>
        {t.preview.activityAt(props.n, a.source.table, a.source.row)}
      </Text>
      <dl className={styles.facts}>
        {filled.map((f) => (
          <div key={f.column} className={styles.group}>
            <dt className={styles.term}>
              <Term text={t.columnNames[f.column]} />
            </dt>
            <dd className={styles.value}>
              <Value f={f} />
            </dd>
          </div>
        ))}
      </dl>
      {empty.length > 0 && (
        <Text size={200} className={styles.blank}>
          {t.preview.blanks(empty.map((f) => t.columnNames[f.column]).join(', '))}
        </Text>
      )}
      {props.problems.length > 0 && <ProblemList problems={props.problems} />}
    </li>
  );
}

export function PersonDetails(props: {
  id: string;
  person: PersonPreview;
  reasons: Problem[];
  catalogue: TrainingDef[];
  busy: boolean;
  onRound: (round: Round) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const p = props.person;
  const plan = p.plan;
  const { perRow, other } = problemsByRow(plan.activities, props.reasons);
  const contact = {
    new: t.preview.contactNew,
    changed: t.preview.contactChanged,
    unchanged: t.preview.contactUnchanged,
  }[p.contact];
  const suggested =
    p.suggestedRound === null ? t.preview.suggestedNone : t.preview.suggested(t.roundNames[p.suggestedRound]);
  const blank = <span className={styles.blank}>{t.preview.blank}</span>;
  return (
    <div id={props.id} className={styles.root} data-testid="person-details">
      <Field label={t.preview.round} hint={suggested}>
        <Select
          value={p.round}
          disabled={props.busy}
          onChange={(_, d) => {
            if (d.value !== p.round) props.onRound(d.value as Round);
          }}
        >
          {ROUNDS.map((r) => (
            <option key={r} value={r}>
              {t.roundNames[r]}
            </option>
          ))}
        </Select>
      </Field>
      <dl className={styles.facts}>
        <dt className={styles.term}>
          <Term text={t.preview.source} />
        </dt>
        <dd className={styles.value}>{p.sourceName}</dd>
        <dt className={styles.term}>
          <Term text={t.preview.writtenTo} />
        </dt>
        <dd className={styles.value}>{p.targetSheet}</dd>
        <dt className={styles.term}>
          <Term text={t.preview.rowsToWrite} />
        </dt>
        <dd className={styles.value}>{p.rowsToWrite}</dd>
        <dt className={styles.term}>
          <Term text={t.preview.rowsToReplace} />
        </dt>
        <dd className={styles.value}>{p.rowsToReplace}</dd>
        <dt className={styles.term}>
          <Term text={t.preview.contact} />
        </dt>
        <dd className={styles.value}>{contact}</dd>
      </dl>
      <h4 className={styles.heading}>{t.preview.contact}</h4>
      <dl className={styles.facts}>
        {CONTACT_FIELDS.map((k) => (
          <div key={k} className={styles.group}>
            <dt className={styles.term}>
              <Term text={t.columnNames[k]} />
            </dt>
            <dd className={styles.value}>
              {plan.contact[k] === '' ? (
                blank
              ) : k === 'email' ? (
                <Address text={plan.contact[k]} />
              ) : (
                plan.contact[k]
              )}
            </dd>
          </div>
        ))}
        <dt className={styles.term}>
          <Term text={t.columnNames.trainings} />
        </dt>
        <dd className={styles.value}>
          {plan.contact.trainingsRaw === '' ? blank : plan.contact.trainingsRaw}
        </dd>
      </dl>
      <h4 className={styles.heading}>{t.preview.activities(plan.activities.length)}</h4>
      <ol className={styles.rows}>
        {plan.activities.map((a, i) => (
          <ActivityReading key={i} n={i + 1} activity={a} problems={perRow[i]} catalogue={props.catalogue} />
        ))}
      </ol>
      {other.length > 0 && (
        <>
          <h4 className={styles.heading}>{t.preview.problems}</h4>
          <ProblemList problems={other} />
        </>
      )}
    </div>
  );
}
