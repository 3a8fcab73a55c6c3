import type { Sentences } from '../catalogue';
import type { fileMessages } from '../../core/messages/file';

export const file: Sentences<keyof typeof fileMessages> = {
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
