import type { Sentences } from '../catalogue';
import type { fileMessages } from '../../core/messages/file';

export const file: Sentences<keyof typeof fileMessages> = {
  'file-save-chart-changed': (p) =>
    `The workbook was not saved: the chart "${p.chart}" on the tab "${p.sheet}" was changed in a way only Excel can save. Nothing was written.`,
  'file-save-chart-type': (p) =>
    `The workbook was not saved: the chart "${p.chart}" is of a type (${p.type}) only Excel can save. Nothing was written.`,
  'file-written': (p) => `Wrote ${p.out}: ${p.input} with these changes, everything else as it was:`,
  'file-written-unchanged': (p) => `Wrote ${p.out}: an unchanged copy of ${p.input}.`,
  'file-written-sheet': (p) =>
    `  "${p.sheet}": ${p.cells} ${p.cells === 1 ? 'cell' : 'cells'} written` +
    (p.inserted ? `, ${p.inserted} ${p.inserted === 1 ? 'row' : 'rows'} inserted` : '') +
    (p.deleted ? `, ${p.deleted} ${p.deleted === 1 ? 'row' : 'rows'} deleted` : '') +
    (p.charts ? `, ${p.charts} new ${p.charts === 1 ? 'chart' : 'charts'}` : ''),
  'file-written-new-sheet': (p) =>
    `  "${p.sheet}" (new tab): ${p.cells} ${p.cells === 1 ? 'cell' : 'cells'}` +
    (p.charts ? `, ${p.charts} ${p.charts === 1 ? 'chart' : 'charts'}` : ''),
  'file-written-settings': () => "  the add-in's settings (stored in the workbook)",
  'file-save-blocked-table': (p) =>
    `The workbook was not saved: the table "${p.table}" (${p.where}) would be cut or lose its header row when rows are inserted or deleted. Nothing was written. Convert the table to a normal range in Excel (Table Design › Convert to Range) or move it, and run again.`,
  'file-save-blocked-external': (p) =>
    `The workbook was not saved: the external data range "${p.what}" (${p.where}) lies where rows are inserted or deleted, and only Excel can move it. Nothing was written. Move the data range to a tab of its own and run again.`,
  'file-save-blocked-pivot': (p) =>
    `The workbook was not saved: the pivot table "${p.pivot}" (${p.where}) lies where rows are inserted or deleted, and only Excel can move it. Nothing was written. Move the pivot table to a tab of its own and run again.`,
  'file-save-blocked-pivot-source': (p) =>
    `The workbook was not saved: a pivot table is built on the cells ${p.where}, where rows are inserted or deleted, and its source would not follow them. Nothing was written. Make the source range a table (Insert › Table) so it follows, and run again.`,
  'file-save-blocked-chart': (p) =>
    `The workbook was not saved: the chart "${p.chart}" on the tab "${p.sheet}" shows ${p.range}, where rows are inserted or deleted, and its data series would not follow them. Nothing was written. Make the chart's data a table (Insert › Table) or point the chart at other data, and run again.`,
  'file-save-blocked-array': (p) =>
    `The workbook was not saved: the array formula in ${p.where} would be cut by rows inserted or deleted, which Excel does not allow either. Nothing was written. Move the array formula or make it ordinary formulas, and run again.`,
  'file-save-sheet-deleted': (p) =>
    `The workbook was not saved: the tab "${p.sheet}" was deleted, which cannot be done without Excel. Nothing was written. Delete the tab in Excel instead.`,
  'file-save-sheet-renamed': (p) =>
    `The workbook was not saved: the tab "${p.was}" was renamed "${p.sheet}", which cannot be done without Excel. Nothing was written. Rename the tab in Excel instead.`,
  'file-save-sheets-reordered': (p) =>
    `The workbook was not saved: the order of the tabs changed (the tab "${p.sheet}" moved), which cannot be done without Excel. Nothing was written.`,
  'file-save-shift-unsupported': (p) =>
    `The workbook was not saved: cells on the tab "${p.sheet}" were shifted sideways (cells inserted or deleted to the right/left), which only Excel can do. Nothing was written.`,
  'file-not-xlsx': (p) =>
    `${p.file} is not an Excel workbook (.xlsx): its content is not an xlsx package. Choose a file saved as an Excel workbook.`,
  'file-legacy-or-encrypted': (p) =>
    `${p.file} cannot be opened: it is either password protected or saved in the old .xls format. Save it as an Excel workbook (.xlsx) without a password and try again.`,
  'file-encrypted': (p) =>
    `${p.file} is encrypted and cannot be opened. Save it as an Excel workbook (.xlsx) without a password and try again.`,
  'file-xlsb': (p) =>
    `${p.file} is a binary Excel workbook (.xlsb), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).`,
  'file-no-sheets': (p) => `${p.file} holds no worksheets, so it cannot be used as a spread log.`,
  'file-damaged': (p) =>
    `${p.file} could not be read as an Excel workbook; it seems damaged or incomplete (${p.detail}). Open it in Excel, save it again and try again.`,
  'file-too-large': (p) =>
    `${p.file} is ${p.megabytes} MB, larger than the ${p.limit} MB a workbook may be here. Check that it is the right file; otherwise remove pictures or old tabs and save it again.`,
  'file-too-large-inflated': (p) =>
    `${p.file} unpacks to more than ${p.limit} MB and is therefore not read. Check that it is the right file; otherwise remove old tabs or large pictures and save it again.`,
  'file-part-too-large': (p) =>
    `${p.file} holds a part (${p.part}) larger than ${p.limit} MB unpacked and is therefore not read. Check that it is the right file, or split the workbook.`,
  'file-too-many-parts': (p) =>
    `${p.file} consists of ${p.parts} parts, more than the ${p.limit} a workbook may have here. Check that it is the right file.`,
  'file-too-many-cells': (p) =>
    `${p.file} has more than ${p.limit} filled or formatted cells (the limit was reached on the tab "${p.sheet}") and is therefore not read. Remove formatting on whole columns or old tabs and save it again.`,
  'file-too-many-merges': (p) =>
    `${p.file} has more than ${p.limit} merged areas (the limit was reached on the tab "${p.sheet}") and is therefore not read. Remove merges you do not need and save it again.`,
  'file-too-many-shared-strings': (p) =>
    `${p.file} has more than ${p.limit} different texts and is therefore not read. Check that it is the right file.`,
  'file-out-is-input': (p) =>
    `${p.out} is the same file as the workbook ${p.input}. The workbook is never overwritten: give another file name with --out.`,
  'file-out-exists': (p) =>
    `${p.out} already exists and was not overwritten. Give another file name with --out, or add --force to replace it.`,
  'file-out-is-folder': (p) => `${p.out} is a folder. Give a file name with --out, e.g. ${p.out}/log.xlsx.`,
  'file-out-folder-missing': (p) =>
    `The folder ${p.folder} does not exist, so ${p.out} cannot be written. Create the folder or choose another place.`,
  'file-out-write-failed': (p) =>
    `${p.out} could not be written (${p.reason}); nothing was written. Check the folder, the permissions and that the disk is not full.`,
};
