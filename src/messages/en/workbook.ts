import type { Sentences } from '../catalogue';
import type { WriteStopCause, workbookMessages } from '../../core/messages/workbook';

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ');

const writeAdvice = (cause: WriteStopCause): string =>
  cause === 'protected'
    ? 'The sheet is protected, so the add-in may not write to it. Unprotect the sheet (Review → Unprotect Sheet) and try again.'
    : 'Try again; if it happens again, save the workbook and open it anew.';

export const workbook: Sentences<keyof typeof workbookMessages> = {
  'workbook-tab-missing': (p) =>
    `The tab “${p.tab}” is not in the workbook. Create it under Settings (“Create the tab for …”) or rename your own tab to that name, and try again.`,
  'workbook-no-header': (p) =>
    `The tab “${p.sheet}” has no header row the add-in recognises among its first ${p.rows} rows. Check the tab, or show under Settings which column is which, and try again.`,
  'workbook-missing-columns': (p) =>
    `On the tab “${p.sheet}”, the ${p.columns.length === 1 ? 'column' : 'columns'} ${quoted(p.columns)} ${p.columns.length === 1 ? 'was' : 'were'} not found on the header row (row ${p.row}). Show under Settings which column is which and try again.`,
  'workbook-undo-tab-gone': (p) =>
    `The import cannot be undone: the ${p.tabs.length === 1 ? 'tab' : 'tabs'} ${quoted(p.tabs)} no longer ${p.tabs.length === 1 ? 'exists' : 'exist'}. Give the tab its name back (or undo its deletion in Excel) and try again.`,
  'workbook-write-stopped': (p) =>
    `Excel stopped the import. Nothing has changed: what had been written was removed again. ${writeAdvice(p.cause)}`,
  'workbook-write-stopped-not-undone': (p) =>
    `Excel stopped the import, and what had been written could not be removed automatically. Use “Undo last import”. ${writeAdvice(p.cause)}`,
  'workbook-tab-made-by-totals': (p) =>
    `The tab “${p.tab}” is made by the add-in when the totals are computed (under Totals), not here.`,
  'workbook-tab-exists': (p) => `The tab “${p.tab}” is already in the workbook; no new tab was created.`,
  'workbook-sheet-name-taken': (p) =>
    `There is already a tab named “${p.name}”. Rename that tab and try again; no new tab was created.`,
  'workbook-no-columns-to-map': (p) => `The tab “${p.tab}” has no columns to map.`,
  'workbook-mapping-header-empty': () =>
    'The selected header is empty. Select the cell with the column’s header and try again.',
  'workbook-settings-invalid': () => 'The settings were not saved; nothing changed in the workbook.',
  'workbook-summary-cells-taken': (p) =>
    `The totals need the cells ${p.range} on the tab “${p.sheet}”, but ${p.cells.join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''} hold something the add-in did not write. Move that content (or rename the tab) and refresh the totals again; nothing has changed.`,
  'workbook-overall-file-refused': (p) => `The file “${p.file}” cannot be used as the overall spread plan.`,
  'workbook-overall-file-locked': (p) =>
    `The file “${p.file}” cannot be used as the overall spread plan: it is password-protected or saved in the old .xls format. Save it as an Excel workbook (.xlsx) without a password and choose it again.`,
  'workbook-overall-file-not-xlsx': (p) =>
    `The file “${p.file}” cannot be used as the overall spread plan: it is not an Excel workbook (.xlsx). Save the plan as an Excel workbook and choose it again.`,
  'workbook-overall-file-unreadable': (p) =>
    `The file “${p.file}” cannot be used as the overall spread plan: it could not be read (it may be damaged or incomplete). Open it in Excel, save it again and choose it again.`,
  'workbook-overall-file-no-plan': (p) =>
    `The file “${p.file}” cannot be used as the overall spread plan: none of its sheets (${p.sheets.length > 0 ? quoted(p.sheets) : 'no sheets'}) has a header row with the columns Utbildning, Spridningsledare and Mål antal among its first ${p.rows} rows. Check that you chose the right file, or add the headers and choose it again.`,
  'workbook-overall-file-empty': (p) =>
    `The file “${p.file}” cannot be used as the overall spread plan: the sheet “${p.sheet}” has the headers but no rows with spridningsledare under them. Fill in the plan and choose the file again.`,
};
