// One sheet of the emulated workbook as a grid: column letters, row numbers, values, fills;
// cells the add-in wrote in its last batch are outlined and marked, the selection is framed.
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters, cellName } from '../host/address';
import { cellText, gridShape, selectionRect, type SnapshotSheet } from './snapshot';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: '75vh', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    fontWeight: 600,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    textAlign: 'end',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '2px 4px',
    maxWidth: '14rem',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  written: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: '-2px' },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  mark: { fontSize: '0.7em', verticalAlign: 'super', color: tokens.colorPaletteGreenForeground2 },
});

export function Grid(props: {
  sheet: SnapshotSheet;
  written: ReadonlySet<string>;
  selection: string | null;
}) {
  const styles = useStyles();
  const shape = gridShape(props.sheet);
  const sel = selectionRect(props.selection ?? undefined);
  const inSel = (r: number, c: number) =>
    sel !== null && r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
  const cols = Array.from({ length: shape.cols }, (_, c) => c);
  return (
    <div className={styles.wrap} role="region" aria-label={`Blad ${props.sheet.name}`} tabIndex={0}>
      <table className={styles.table} data-testid="grid" data-sheet={props.sheet.name}>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              <span className={styles.hidden}>Rad</span>
            </th>
            {cols.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shape.rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {cols.map((c) => {
                const cell = shape.at.get(`${r},${c}`);
                const name = cellName(r, c);
                const written = props.written.has(`${props.sheet.name}!${name}`);
                const selected = inSel(r, c);
                const classes = [
                  styles.cell,
                  written ? styles.written : '',
                  selected ? styles.selected : '',
                ].join(' ');
                const text = cellText(cell);
                return (
                  <td
                    key={c}
                    className={classes}
                    style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                    data-cell={name}
                    data-written={written ? 'true' : undefined}
                    data-selected={selected ? 'true' : undefined}
                    title={text || undefined}
                  >
                    {text}
                    {written && (
                      <span className={styles.mark} aria-label="skriven av tillägget">
                        ●
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
