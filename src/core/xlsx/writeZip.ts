// Writes a zip archive with fflate's streaming Zip: a part taken over from an original archive
// is copied as it was stored (its compressed bytes, checksum and time stamp), so an unchanged
// part is byte for byte the same; a new or changed part is deflated.
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { ZipArchive, ZipEntry } from './zipArchive';

export type ZipPart =
  { name: string; copy: ZipEntry; from: ZipArchive } | { name: string; bytes: Uint8Array; modified?: Date };

/** An entry whose stored bytes are pushed as they are: fflate writes header, data and descriptor. */
class StoredCopy implements ZipInputFile {
  ondata?: AsyncFlateStreamHandler;
  readonly filename: string;
  readonly size: number;
  readonly crc: number;
  readonly compression: number;
  readonly mtime: Date;
  constructor(name: string, entry: ZipEntry) {
    this.filename = name;
    this.size = entry.size;
    this.crc = entry.crc;
    this.compression = entry.method;
    this.mtime = entry.modified;
  }
}

export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let failure: Error | null = null as Error | null;
  const zip = new Zip((err, chunk) => {
    if (err) {
      failure = err;
      return;
    }
    chunks.push(chunk);
    length += chunk.length;
  });
  for (const part of parts) {
    if ('copy' in part) {
      const file = new StoredCopy(part.name, part.copy);
      zip.add(file);
      file.ondata!(null, part.from.raw(part.copy) as Uint8Array<ArrayBuffer>, true);
    } else {
      const file = new ZipDeflate(part.name, { level: 6 });
      if (part.modified) file.mtime = part.modified;
      zip.add(file);
      file.push(part.bytes, true);
    }
  }
  zip.end();
  if (failure !== null) throw new Error(`zip: ${failure.message}`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
