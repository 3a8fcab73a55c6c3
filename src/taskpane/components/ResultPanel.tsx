// After an import: who was written into which tab, the contact rows added and updated, and the
// undo button naming what it undoes ("Ångra import av 42 planer, 14:05"; asks first when cells
// changed since).
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  Text,
} from '@fluentui/react-components';
import { ROUNDS } from '../../core/model';
import type { ImportLabel, ImportResult } from '../../excel/gateway';
import { useStrings } from '../i18n';
import { whenText } from '../state/importLabel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  cells: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  tabs: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '2 9rem', overflowWrap: 'anywhere' },
});

export function ResultPanel(props: {
  result: ImportResult | null;
  canUndo: boolean;
  lastImport: ImportLabel | null;
  conflict: { sheet: string; cell: string }[] | null;
  busy: boolean;
  onUndo: (force?: boolean) => void;
  onKeep: () => void;
  onCheck: () => void;
  onNew: () => void;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { result, conflict, lastImport } = props;
  const people = result?.people ?? [];
  const undoLabel = lastImport
    ? t.result.undoImport(lastImport.plans, whenText(lastImport.at, new Date(), lang))
    : t.result.undo;
  return (
    <section
      className={styles.root}
      aria-labelledby={result ? 'result-heading' : undefined}
      aria-label={result ? undefined : undoLabel}
      data-testid="result"
    >
      {result && (
        <>
          <Text as="h3" id="result-heading" weight="semibold" size={500}>
            {t.result.heading}
          </Text>
          <Text role="status">{t.result.written(result.rowsWritten, result.rowsReplaced)}</Text>
          <ul className={styles.tabs} data-testid="result-tabs">
            {ROUNDS.map((round) => {
              const mine = people.filter((p) => p.round === round);
              if (mine.length === 0) return null;
              return (
                <li key={round}>
                  {t.result.tab(
                    mine[0].sheet,
                    mine.length,
                    mine.reduce((n, p) => n + p.rowsWritten, 0),
                    mine.reduce((n, p) => n + p.rowsReplaced, 0),
                  )}
                  <Accordion collapsible>
                    <AccordionItem value="names">
                      <AccordionHeader size="small">{t.result.names(mine.length)}</AccordionHeader>
                      <AccordionPanel>
                        <ul className={styles.names} data-testid={`result-names-${round}`}>
                          {mine.map((p, i) => (
                            <li key={i}>{p.person}</li>
                          ))}
                        </ul>
                      </AccordionPanel>
                    </AccordionItem>
                  </Accordion>
                </li>
              );
            })}
            {result.contacts?.sheet && (
              <li data-testid="result-contacts">
                {t.result.contacts(result.contacts.sheet, result.contacts.added, result.contacts.updated)}
              </li>
            )}
          </ul>
        </>
      )}
      {conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.result.conflictTitle}</MessageBarTitle>
            {t.result.conflict(conflict.length)}
            <ul className={styles.cells} aria-label={t.result.conflictCells}>
              {conflict.slice(0, 20).map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>{`${c.sheet}!${c.cell}`}</li>
              ))}
            </ul>
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={props.busy} onClick={() => props.onUndo(true)}>
                {t.result.undoAnyway}
              </Button>
              <Button disabled={props.busy} onClick={props.onKeep}>
                {t.result.keep}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {props.canUndo && !conflict && (
          <Button disabled={props.busy} onClick={() => props.onUndo(false)}>
            {undoLabel}
          </Button>
        )}
        {result && (
          <>
            <Button appearance="primary" disabled={props.busy} onClick={props.onCheck}>
              {t.result.checkNow}
            </Button>
            <Button disabled={props.busy} onClick={props.onNew}>
              {t.result.newImport}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
