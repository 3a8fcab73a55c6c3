// Where the CLI may write its output workbook, and writing it so that nothing is ever half
// written: --out is never the input (compared by real path and by file identity, so "./w.xlsx",
// an absolute path, a symlinked folder, a link or a hard link to the input are all caught), an
// existing --out is replaced only with --force, and the bytes go to a temporary file in the same
// folder that is renamed over --out only once it is complete.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageError, msg } from '../core/messages';

export interface OutputTarget {
  /** As the user wrote it (for messages). */
  out: string;
  /** The real folder it goes into (symlinks resolved) and the file name in it. */
  folder: string;
  file: string;
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Checks that `out` may be written from `input` and resolves where it goes. Throws a
 * MessageError saying what is wrong. Called before the work starts and again right before the
 * rename, so a file that appeared meanwhile is not replaced.
 */
export function checkOutput(input: string, out: string, force: boolean): OutputTarget {
  const dir = path.dirname(out);
  let folder: string;
  try {
    folder = fs.realpathSync(dir === '' ? '.' : dir);
  } catch {
    throw new MessageError(msg('file-out-folder-missing', { out, folder: dir }));
  }
  if (!fs.statSync(folder).isDirectory())
    throw new MessageError(msg('file-out-folder-missing', { out, folder: dir }));
  const file = path.basename(out);
  const target = path.join(folder, file);
  const inputStat = statOrNull(input);
  const inputReal = realOrNull(input);
  if (inputReal !== null && inputReal === target)
    throw new MessageError(msg('file-out-is-input', { out, input }));
  // stat follows a symlink named --out to what it points at: a link to the input is the input.
  const outStat = statOrNull(target);
  if (outStat) {
    if (inputStat && sameFile(inputStat, outStat))
      throw new MessageError(msg('file-out-is-input', { out, input }));
    if (outStat.isDirectory()) throw new MessageError(msg('file-out-is-folder', { out }));
    if (!force) throw new MessageError(msg('file-out-exists', { out }));
  } else {
    // A dangling symlink or another entry that stat cannot follow: never write through it.
    if (lstatOrNull(target) && !force) throw new MessageError(msg('file-out-exists', { out }));
  }
  return { out, folder, file };
}

/**
 * Writes `bytes` to the target through a temporary file in the same folder, flushed to disk,
 * then renamed over the target (atomic on one file system). On any failure the temporary file is
 * removed and the target is untouched.
 */
export function writeOutput(input: string, out: string, bytes: Uint8Array, force: boolean): void {
  const checked = checkOutput(input, out, force);
  const finalPath = path.join(checked.folder, checked.file);
  const tmp = path.join(
    checked.folder,
    `.${checked.file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', 0o666);
    let at = 0;
    while (at < bytes.length) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, finalPath);
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* the temporary file was never created */
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new MessageError(
      msg('file-out-write-failed', { out, reason: typeof code === 'string' ? code : 'error' }),
    );
  }
}
