// Messages about workbook files: opening them (caps, damage), saving them (what was written,
// what blocks a save) and the CLI's output path.
import { defineMessages } from './define';

export const fileMessages = defineMessages({
  // ------------------------------------------------------------------ opening a workbook
  'file-not-xlsx': { file: 'logg.xlsx' },
  'file-legacy-or-encrypted': { file: 'logg.xlsx' },
  /** Zip entries encrypted with the zip format's own (weak) encryption. */
  'file-encrypted': { file: 'logg.xlsx' },
  'file-xlsb': { file: 'logg.xlsb' },
  'file-no-sheets': { file: 'logg.xlsx' },
  /** `detail` names the part and what is wrong with it, in technical English (not translated). */
  'file-damaged': { file: 'logg.xlsx', detail: 'xl/worksheets/sheet1.xml: checksum' },
  'file-too-large': { file: 'logg.xlsx', megabytes: 80, limit: 64 },
  'file-too-large-inflated': { file: 'logg.xlsx', limit: 800 },
  'file-part-too-large': { file: 'logg.xlsx', part: 'xl/worksheets/sheet1.xml', limit: 320 },
  'file-too-many-parts': { file: 'logg.xlsx', parts: 20000, limit: 10000 },
  'file-too-many-cells': { file: 'logg.xlsx', sheet: 'Blad1', limit: 3000000 },
  'file-too-many-merges': { file: 'logg.xlsx', sheet: 'Blad1', limit: 200000 },
  'file-too-many-shared-strings': { file: 'logg.xlsx', limit: 2000000 },

  // ------------------------------------------------------------------ saving a workbook
  'file-save-sheet-deleted': { sheet: 'Blad1' },
  'file-save-sheet-renamed': { sheet: 'Nytt namn', was: 'Blad1' },
  'file-save-sheets-reordered': { sheet: 'Blad1' },
  'file-save-shift-unsupported': { sheet: 'Blad1' },
  /** Rows inserted/deleted where something cannot follow them: `where` is "Sheet!A1:B2". */
  'file-save-blocked-table': { table: 'Tabell1', where: '3.a PLAN!A3:K40' },
  'file-save-blocked-external': { what: 'ExternalData_1', where: '3.a PLAN!A3:K40' },
  'file-save-blocked-pivot': { pivot: 'Pivottabell1', where: 'Analys!A3:C20' },
  'file-save-blocked-pivot-source': { where: '3.a PLAN!A3:K40' },
  'file-save-blocked-chart': { chart: 'Diagram 1', sheet: 'Analys', range: "'3.a PLAN'!$G$4:$G$40" },
  'file-save-blocked-array': { where: '3.a PLAN!L4:L9' },
  /** A chart of the file changed in a way the writer does not make (only renaming and deleting are written). */
  'file-save-chart-changed': { chart: 'Diagram 1', sheet: 'Analys' },
  'file-save-chart-type': { chart: 'Diagram 1', type: 'Radar' },

  // ------------------------------------------------------------------ what a save wrote
  'file-written': { out: 'ut.xlsx', input: 'in.xlsx' },
  'file-written-unchanged': { out: 'ut.xlsx', input: 'in.xlsx' },
  'file-written-sheet': {
    sheet: '3.a Saml pers spr-plan PLAN',
    cells: 24,
    inserted: 6,
    deleted: 2,
    charts: 0,
  },
  'file-written-new-sheet': { sheet: '4. Sammanställning', cells: 80, charts: 1 },
  'file-written-settings': {},

  // ------------------------------------------------------------------ the CLI's output file
  /** --out names the input file (by another spelling, a link, or the same file). */
  'file-out-is-input': { out: 'ut.xlsx', input: 'in.xlsx' },
  /** --out exists and --force was not given. */
  'file-out-exists': { out: 'ut.xlsx' },
  /** --out is a folder. */
  'file-out-is-folder': { out: 'ut' },
  /** The folder of --out does not exist. */
  'file-out-folder-missing': { out: 'saknas/ut.xlsx', folder: 'saknas' },
  /** Writing or renaming the temporary file failed; nothing was written. */
  'file-out-write-failed': { out: 'ut.xlsx', reason: 'EACCES' },
});
