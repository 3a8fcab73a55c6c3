// One table of totals (per training, unit or person) with the grand total as its last row,
// readable at pane width: a training shown as its code with its name a press (or a hover) away,
// numbers right-aligned in tabular figures, words wrapped only between words (a word longer than
// its column widens the table, which then scrolls, instead of being broken inside).
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { TotalsRow } from '../../excel/gateway';
import { textOf } from '../../messages/render';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    tableLayout: 'auto',
    width: '100%',
    overflowWrap: 'normal',
    wordBreak: 'normal',
    hyphens: 'manual',
  },
  label: { minWidth: '3.5rem', verticalAlign: 'top' },
  number: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    verticalAlign: 'top',
  },
  head: {
    textAlign: 'end',
    verticalAlign: 'bottom',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  headText: { display: 'block', width: '100%', textAlign: 'end' },
  code: { minWidth: 0, padding: 0, height: 'auto', fontWeight: tokens.fontWeightRegular },
  name: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

type NumberKey = 'goal' | 'planned' | 'reachedAterrap1' | 'reachedAterrap2';
const NUMBERS: NumberKey[] = ['goal', 'planned', 'reachedAterrap1', 'reachedAterrap2'];

/** A row's label: a training's code, its name shown under it on a press and as a tooltip. */
function Label(props: { row: TotalsRow }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const full = textOf(lang, props.row.label);
  if (props.row.short === undefined || props.row.short === full) return <>{full}</>;
  return (
    <>
      <Tooltip content={full} relationship="description">
        <Button
          className={styles.code}
          appearance="transparent"
          size="small"
          aria-expanded={open}
          aria-label={t.totals.nameOf(props.row.short)}
          onClick={() => setOpen((o) => !o)}
        >
          {props.row.short}
        </Button>
      </Tooltip>
      {open && <span className={styles.name}>{full}</span>}
    </>
  );
}

export function TotalsTable(props: { caption: string; rows: readonly TotalsRow[]; total: TotalsRow }) {
  const { t } = useStrings();
  const styles = useStyles();
  const heads: Record<NumberKey, string> = {
    goal: t.totals.goal,
    planned: t.totals.planned,
    reachedAterrap1: t.totals.reached1,
    reachedAterrap2: t.totals.reached2,
  };
  return (
    <div className={styles.wrap} role="region" aria-label={props.caption} tabIndex={0}>
      <Table
        className={styles.table}
        size="extra-small"
        aria-label={props.caption}
        data-testid="totals-table"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.label}>{t.totals.label}</TableHeaderCell>
            {NUMBERS.map((k) => (
              <TableHeaderCell key={k} className={styles.head}>
                <span className={styles.headText}>{heads[k]}</span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell className={styles.label}>
                <Label row={r} />
              </TableCell>
              {NUMBERS.map((k) => (
                <TableCell key={k} className={styles.number}>
                  {r[k]}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell className={styles.label}>{t.totals.grandTotal}</TableCell>
            {NUMBERS.map((k) => (
              <TableCell key={k} className={styles.number}>
                {props.total[k]}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
