// One table of totals (per training, unit or person) with the grand total as its last row.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  createTableColumn,
  makeStyles,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { TotalsRow } from '../../excel/gateway';
import { textOf } from '../../messages/render';
import { useStrings, type Lang, type Strings } from '../i18n';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '18rem' },
  label: { overflowWrap: 'anywhere', minWidth: '6rem' },
  number: { textAlign: 'end' },
  total: { fontWeight: 600 },
});

type NumberKey = 'goal' | 'planned' | 'reachedAterrap1' | 'reachedAterrap2';

function columns(t: Strings, lang: Lang): TableColumnDefinition<TotalsRow>[] {
  const num = (key: NumberKey, title: string) =>
    createTableColumn<TotalsRow>({ columnId: key, renderHeaderCell: () => title, renderCell: (r) => r[key] });
  return [
    createTableColumn<TotalsRow>({
      columnId: 'label',
      renderHeaderCell: () => t.totals.label,
      renderCell: (r) => textOf(lang, r.label),
    }),
    num('goal', t.totals.goal),
    num('planned', t.totals.planned),
    num('reachedAterrap1', t.totals.reached1),
    num('reachedAterrap2', t.totals.reached2),
  ];
}

export function TotalsTable(props: { caption: string; rows: readonly TotalsRow[]; total: TotalsRow }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const cols = columns(t, lang);
  const cellClass = (id: string | number) => (id === 'label' ? styles.label : styles.number);
  return (
    <div className={styles.wrap} role="region" aria-label={props.caption} tabIndex={0}>
      <Table className={styles.table} size="small" aria-label={props.caption} data-testid="totals-table">
        <TableHeader>
          <TableRow>
            {cols.map((c) => (
              <TableHeaderCell key={c.columnId} className={cellClass(c.columnId)}>
                {c.renderHeaderCell()}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={r.key}>
              {cols.map((c) => (
                <TableCell key={c.columnId} className={cellClass(c.columnId)}>
                  {c.renderCell(r)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            {cols.map((c) => (
              <TableCell key={c.columnId} className={cellClass(c.columnId)}>
                {c.columnId === 'label' ? t.totals.grandTotal : c.renderCell(props.total)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
