// The totals per training as bars drawn with HTML, not a scaled picture: every text is real
// text at 12 px or more and wraps or stays whole, never cut. Per training: goal, planned and
// reached at report 1 and 2, each a bar with its number beside it in a column of its own (so a
// long bar never covers it). The series differ by pattern as well as colour; the numbers are
// the table's, so the chart is one image for screen readers.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { TotalsRow } from '../../excel/gateway';
import { textOf } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'normal',
    wordBreak: 'normal',
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { fontWeight: tokens.fontWeightSemibold },
  bars: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: '2px',
    alignItems: 'center',
  },
  series: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  track: { height: '12px', minWidth: 0 },
  bar: { height: '100%', minWidth: '1px' },
  value: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

const HATCH = 'repeating-linear-gradient(45deg, rgba(255,255,255,0.55) 0 2px, transparent 2px 5px)';

type Key = 'goal' | 'planned' | 'reachedAterrap1' | 'reachedAterrap2';

export function BarChart(props: { rows: readonly TotalsRow[] }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const series: { key: Key; name: string; fill: string; hatch: boolean }[] = [
    { key: 'goal', name: t.totals.goal, fill: tokens.colorNeutralForeground3, hatch: false },
    { key: 'planned', name: t.totals.planned, fill: tokens.colorBrandBackground, hatch: true },
    {
      key: 'reachedAterrap1',
      name: t.totals.reached1,
      fill: tokens.colorPaletteGreenBackground3,
      hatch: false,
    },
    {
      key: 'reachedAterrap2',
      name: t.totals.reached2,
      fill: tokens.colorPaletteDarkOrangeBackground3,
      hatch: true,
    },
  ];
  const max = Math.max(1, ...props.rows.flatMap((r) => series.map((s) => r[s.key])));
  const look = (s: (typeof series)[number]) => ({
    backgroundColor: s.fill,
    ...(s.hatch ? { backgroundImage: HATCH } : {}),
  });
  return (
    <figure
      className={styles.root}
      role="img"
      aria-label={`${t.totals.chartTitle}. ${t.totals.chartDesc(props.rows.length)}`}
      data-testid="bar-chart"
    >
      <div className={styles.title} aria-hidden>
        {t.totals.chartTitle}
      </div>
      <ul className={styles.legend} aria-hidden>
        {series.map((s) => (
          <li key={s.key} className={styles.key}>
            <span className={styles.swatch} style={look(s)} />
            {s.name}
          </li>
        ))}
      </ul>
      {props.rows.map((r) => (
        <div key={r.key} className={styles.group} aria-hidden data-testid="bar-group">
          <div className={styles.label}>{r.short ?? textOf(lang, r.label)}</div>
          <div className={styles.bars}>
            {series.map((s) => (
              <Bar key={s.key} name={s.name} value={r[s.key]} max={max} style={look(s)} />
            ))}
          </div>
        </div>
      ))}
    </figure>
  );
}

function Bar(props: { name: string; value: number; max: number; style: Record<string, string> }) {
  const styles = useStyles();
  return (
    <>
      <span className={styles.series}>{props.name}</span>
      <span className={styles.track}>
        <span
          className={styles.bar}
          style={{ ...props.style, display: 'block', width: `${(props.value / props.max) * 100}%` }}
        />
      </span>
      <span className={styles.value}>{props.value}</span>
    </>
  );
}
