// Bounded unzipping of an Office file with fflate: only the entries asked for are inflated, and
// the caps (entry count, per-entry and total inflated size) are checked while inflating, never
// trusting the sizes the zip's headers claim. Throws UnzipError with a stable code.
import { Unzip, UnzipInflate } from 'fflate';

export interface UnzipCaps {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_CAPS: UnzipCaps = {
  maxEntries: 2000,
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
};

const INPUT_CHUNK = 4096;

export type UnzipErrorCode = 'zip-too-many-entries' | 'zip-too-large' | 'zip-truncated' | 'zip-corrupt';

export class UnzipError extends Error {
  constructor(
    readonly code: UnzipErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface UnzipResult {
  /** Every entry name in the archive, in order. */
  names: string[];
  /** The inflated bytes of each wanted entry found. */
  files: Map<string, Uint8Array>;
}

export function boundedUnzip(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  caps: UnzipCaps = DEFAULT_CAPS,
): UnzipResult {
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  const pending = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (names.length > caps.maxEntries) throw new UnzipError('zip-too-many-entries', file.name);
    if (!want(file.name) || files.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    pending.add(file.name);
    file.ondata = (err, chunk, final) => {
      // fflate catches what this handler throws and hands it back here as `err`
      if (err) throw err instanceof UnzipError ? err : new UnzipError('zip-corrupt', err.message);
      size += chunk.length;
      total += chunk.length;
      if (size > caps.maxEntryBytes || total > caps.maxTotalBytes) {
        file.terminate();
        throw new UnzipError('zip-too-large', file.name);
      }
      chunks.push(chunk);
      if (final) {
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        files.set(file.name, out);
        pending.delete(file.name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small input chunks keep each inflated piece small, so a cap stops a bomb early.
    for (let at = 0; at < bytes.length; at += INPUT_CHUNK) {
      const end = Math.min(bytes.length, at + INPUT_CHUNK);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
    if (bytes.length === 0) unzip.push(bytes, true);
  } catch (e) {
    if (e instanceof UnzipError) throw e;
    throw new UnzipError('zip-corrupt', e instanceof Error ? e.message : String(e));
  }
  if (pending.size > 0) throw new UnzipError('zip-truncated', [...pending].join(', '));
  return { names, files };
}
