// Messages about workbook files: opening them (caps, damage), saving them (what was written,
// what blocks a save) and the CLI's output path.
import { defineMessages } from './define';

export const fileMessages = defineMessages({
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
