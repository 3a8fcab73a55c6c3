// What the excel layer says when a workbook or a file cannot be used as asked (thrown as
// GatewayError, a MessageError): the tab, sheet, cells or file concerned, never cell contents.
import { defineMessages } from './define';

/** Why Excel stopped a write: a protected sheet, or anything else. */
export type WriteStopCause = 'protected' | 'other';
const WRITE_STOP_CAUSES: readonly WriteStopCause[] = ['protected', 'other'];

export const workbookMessages = defineMessages({
  /** A tab the task needs is not in the workbook (an import's round or contacts tab, a checked round). */
  'workbook-tab-missing': { tab: '3.a Saml pers spr-plan PLAN' },
  /** No header row among the first `rows` rows of a tab. */
  'workbook-no-header': { sheet: '3.a Saml pers spr-plan PLAN', rows: 20 },
  /** Columns the task needs not found on a tab's header row (`row`, 1-based). */
  'workbook-missing-columns': {
    sheet: '3.b Saml pers spr-plan ÅTERRAP1',
    row: 3,
    columns: ['Status', 'Antal nådda'] as readonly string[],
  },
  /** An undo whose tabs are gone (deleted or renamed since the import). */
  'workbook-undo-tab-gone': { tabs: ['3.a Saml pers spr-plan PLAN'] as readonly string[] },
  /** Excel stopped an import's write; what had been written was removed again. */
  'workbook-write-stopped': { cause: WRITE_STOP_CAUSES[0] },
  /** Excel stopped an import's write, and what had been written could not be removed. */
  'workbook-write-stopped-not-undone': { cause: WRITE_STOP_CAUSES[0] },
  /** A tab the add-in makes itself (the summary) asked to be created from the template. */
  'workbook-tab-made-by-totals': { tab: '4. Sammanställning' },
  /** The tab asked to be created exists already (found under its own name). */
  'workbook-tab-exists': { tab: '3.a Saml pers spr-plan PLAN' },
  /** Another sheet already has the name a new tab would get. */
  'workbook-sheet-name-taken': { name: '3.a Saml pers spr-plan PLAN' },
  /** A column mapping asked for a tab without columns (the instructions, the summary). */
  'workbook-no-columns-to-map': { tab: '0. Instruktioner' },
  /** A column mapping with an empty header text. */
  'workbook-mapping-header-empty': {},
  /** Settings that did not pass the check were not stored (each problem follows as a detail). */
  'workbook-settings-invalid': {},
  /** The summary's new area holds the coordinator's own cells; nothing was written. */
  'workbook-summary-cells-taken': {
    sheet: '4. Sammanställning',
    range: 'A1:F40',
    cells: ['B7', 'C9'] as readonly string[],
    more: 3,
  },
  /** An overall-plan file the workbook reader refused (a cap, a binary .xlsb): its reason follows as a detail. */
  'workbook-overall-file-refused': { file: 'plan.xlsx' },
  /** An overall-plan file that is password-protected or in the old .xls format. */
  'workbook-overall-file-locked': { file: 'plan.xls' },
  /** An overall-plan file that is no Excel workbook at all. */
  'workbook-overall-file-not-xlsx': { file: 'plan.docx' },
  /** An overall-plan file that could not be read (damaged, cut short). */
  'workbook-overall-file-unreadable': { file: 'plan.xlsx' },
  /** No sheet of an overall-plan file has the overall plan's header. */
  'workbook-overall-file-no-plan': {
    file: 'plan.xlsx',
    sheets: ['Blad1', 'Blad2'] as readonly string[],
    rows: 20,
  },
  /** The overall plan's sheet of a file has its header but no assignments under it. */
  'workbook-overall-file-empty': { file: 'plan.xlsx', sheet: 'Blad1' },
  /**
   * A problem of core's reading, passed on as it was written (until core's problems carry their
   * own codes: then the problem's message is thrown as it is).
   */
});
