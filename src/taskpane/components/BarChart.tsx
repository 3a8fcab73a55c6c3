// A small accessible SVG bar chart: per row, bars for goal, planned and reached (report 1 and 2).
// Every bar carries its number as text and the series differ by pattern as well as colour.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TotalsRow } from '../../excel/gateway';
import { textOf } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({ svg: { width: '100%', height: 'auto', display: 'block' } });

const BAR = 9;
const GAP = 3;
const LABEL = 16;
const WIDTH = 300;
const NUMBER_SPACE = 36;

/** A label short enough for the chart's width. */
function shorten(label: string): string {
  return label.length > 60 ? `${label.slice(0, 59)}…` : label;
}

export function BarChart(props: { rows: readonly TotalsRow[] }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const id = useId();
  const series = [
    { key: 'goal' as const, name: t.totals.goal, fill: tokens.colorNeutralForeground3, pattern: false },
    { key: 'planned' as const, name: t.totals.planned, fill: tokens.colorBrandBackground, pattern: true },
    {
      key: 'reachedAterrap1' as const,
      name: t.totals.reached1,
      fill: tokens.colorPaletteGreenBackground3,
      pattern: false,
    },
    {
      key: 'reachedAterrap2' as const,
      name: t.totals.reached2,
      fill: tokens.colorPaletteDarkOrangeBackground3,
      pattern: true,
    },
  ];
  const max = Math.max(1, ...props.rows.flatMap((r) => series.map((s) => r[s.key])));
  const groupHeight = LABEL + series.length * (BAR + GAP) + GAP * 2;
  const legendHeight = 18;
  const height = legendHeight + props.rows.length * groupHeight;
  const scale = (v: number) => (v / max) * (WIDTH - NUMBER_SPACE);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="bar-chart"
    >
      <title id={`${id}-title`}>{t.totals.chartTitle}</title>
      <desc id={`${id}-desc`}>{t.totals.chartDesc(props.rows.length)}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="2" height="4" fill="white" opacity="0.45" />
        </pattern>
      </defs>
      <g aria-hidden="true" fontSize="8" fill={tokens.colorNeutralForeground1}>
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(${i * 75}, 2)`}>
            <rect width="9" height="9" fill={s.fill} />
            {s.pattern && <rect width="9" height="9" fill={`url(#${id}-hatch)`} />}
            <text x="12" y="8">
              {s.name}
            </text>
          </g>
        ))}
        {props.rows.map((r, ri) => {
          const y0 = legendHeight + ri * groupHeight;
          return (
            <g key={r.key} transform={`translate(0, ${y0})`}>
              <text x="0" y={LABEL - 4} fontWeight="600">
                {shorten(textOf(lang, r.label))}
              </text>
              {series.map((s, si) => {
                const y = LABEL + si * (BAR + GAP);
                const w = scale(r[s.key]);
                return (
                  <g key={s.key}>
                    <rect x="0" y={y} width={w} height={BAR} fill={s.fill} />
                    {s.pattern && <rect x="0" y={y} width={w} height={BAR} fill={`url(#${id}-hatch)`} />}
                    <text x={w + 3} y={y + BAR - 1}>
                      {`${s.name} ${r[s.key]}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
