// A zip archive read from its central directory, as Excel reads an .xlsx: every entry's name,
// method, checksum, sizes and where its bytes are, without inflating anything up front. A part
// is inflated only when asked for, under the caps (one part's size, all parts' total), checked
// while inflating and never trusting the sizes the archive declares; its checksum is verified.
// The original bytes are kept, so a part nobody changed can be copied into a new archive as it
// was, byte for byte, compressed (see writeZip.ts).
import { Inflate, strFromU8 } from 'fflate';
import { MessageError, msg } from '../messages';
import { crc32 } from './crc32';

export interface ZipCaps {
  /** The archive itself. */
  maxFileBytes: number;
  /** Entries in the archive. */
  maxParts: number;
  /** One part, inflated. */
  maxPartBytes: number;
  /** All parts read from this archive, inflated, together. */
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataOffset: number;
  /** The entry's DOS time stamp, as a Date (local time, as zip tools read it). */
  modified: Date;
  /** A folder entry (name ending in "/"): holds nothing, kept so a copy lists the same entries. */
  folder: boolean;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

function dosDate(date: number, time: number): Date {
  return new Date(
    ((date >> 9) & 0x7f) + 1980,
    ((date >> 5) & 0xf) - 1,
    date & 0x1f,
    (time >> 11) & 0x1f,
    (time >> 5) & 0x3f,
    (time & 0x1f) * 2,
  );
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  return strFromU8(bytes, !utf8);
}

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  private constructor(
    readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly caps: ZipCaps,
    private readonly file: string,
  ) {
    this.entries = entries;
    for (const e of entries) if (!e.folder) this.byName.set(e.name.toLowerCase(), e);
  }

  /**
   * Reads the central directory. Throws MessageError: the archive over its cap, no zip at all,
   * a damaged directory, too many entries, encrypted entries or a method Excel does not write.
   */
  static open(bytes: Uint8Array, caps: ZipCaps, file: string): ZipArchive {
    if (bytes.length > caps.maxFileBytes)
      throw new MessageError(
        msg('file-too-large', { file, megabytes: mb(bytes.length), limit: mb(caps.maxFileBytes) }),
      );
    const damaged = (detail: string) => new MessageError(msg('file-damaged', { file, detail }));
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (u32(bytes, i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damaged('no zip directory');
    let count = u16(bytes, eocd + 10);
    let dirSize = u32(bytes, eocd + 12);
    let dirOffset = u32(bytes, eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) throw damaged('zip64 locator');
      const at = u64(bytes, loc + 8);
      if (at + 56 > bytes.length || u32(bytes, at) !== SIG_EOCD64) throw damaged('zip64 directory');
      count = u64(bytes, at + 32);
      dirSize = u64(bytes, at + 40);
      dirOffset = u64(bytes, at + 48);
    }
    if (count > caps.maxParts)
      throw new MessageError(msg('file-too-many-parts', { file, parts: count, limit: caps.maxParts }));
    if (dirOffset + dirSize > bytes.length) throw damaged('zip directory outside the file');
    const entries: ZipEntry[] = [];
    const seen = new Set<string>();
    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) throw damaged('zip directory entry');
      const flags = u16(bytes, p + 8);
      const method = u16(bytes, p + 10);
      const time = u16(bytes, p + 12);
      const date = u16(bytes, p + 14);
      const crc = u32(bytes, p + 16);
      let compressedSize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      const nameLen = u16(bytes, p + 28);
      const extraLen = u16(bytes, p + 30);
      const commentLen = u16(bytes, p + 32);
      let local = u32(bytes, p + 42);
      const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
      // Zip64: the real sizes and offset are in the extra field when the 32-bit ones are full.
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === 0xffffffff) {
            size = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (local === 0xffffffff) local = u64(bytes, q);
        }
        x += 4 + len;
      }
      p = xEnd + commentLen;
      const folder = name.endsWith('/');
      if (flags & 1 && !folder) throw new MessageError(msg('file-encrypted', { file }));
      if (method !== 0 && method !== 8) throw damaged(`${name}: compression method ${method}`);
      const key = name.toLowerCase();
      if (seen.has(key) && !folder) throw damaged(`${name} twice`);
      seen.add(key);
      if (local + 30 > bytes.length || u32(bytes, local) !== SIG_LOCAL)
        throw damaged(`${name}: local header`);
      const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      if (dataOffset + compressedSize > bytes.length) throw damaged(`${name}: truncated`);
      entries.push({
        name,
        method,
        crc,
        compressedSize,
        size,
        dataOffset,
        modified: dosDate(date, time),
        folder,
      });
    }
    return new ZipArchive(bytes, entries, caps, file);
  }

  /** The entry of a part name (case-insensitive, as OPC part names are), or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(stripSlash(name).toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The entry's bytes as stored in the archive (compressed when its method is 8). */
  raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** A part's bytes, inflated under the caps and checked against its checksum. */
  read(name: string): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw new MessageError(msg('file-damaged', { file: this.file, detail: `${name} missing` }));
    const tooLarge = () =>
      new MessageError(
        msg('file-part-too-large', { file: this.file, part: entry.name, limit: mb(this.caps.maxPartBytes) }),
      );
    const overall = () =>
      new MessageError(
        msg('file-too-large-inflated', { file: this.file, limit: mb(this.caps.maxTotalBytes) }),
      );
    if (entry.size > this.caps.maxPartBytes) throw tooLarge();
    if (this.inflatedTotal + entry.size > this.caps.maxTotalBytes) throw overall();
    const raw = this.raw(entry);
    let out: Uint8Array;
    if (entry.method === 0) out = raw.slice();
    else {
      out = new Uint8Array(entry.size);
      let at = 0;
      let overflow = false;
      const inflate = new Inflate((chunk) => {
        if (at + chunk.length > out.length) {
          overflow = true;
          return;
        }
        out.set(chunk, at);
        at += chunk.length;
      });
      try {
        const step = 1 << 20;
        for (let i = 0; i < raw.length && !overflow; i += step) {
          const end = Math.min(raw.length, i + step);
          inflate.push(raw.subarray(i, end), end === raw.length);
        }
        if (raw.length === 0) inflate.push(raw, true);
      } catch {
        throw new MessageError(msg('file-damaged', { file: this.file, detail: `${entry.name}: deflate` }));
      }
      // The declared size is a promise, not a cap: more bytes than declared is damage.
      if (overflow || at !== entry.size)
        throw new MessageError(msg('file-damaged', { file: this.file, detail: `${entry.name}: size` }));
    }
    if (crc32(out) !== entry.crc)
      throw new MessageError(msg('file-damaged', { file: this.file, detail: `${entry.name}: checksum` }));
    this.inflatedTotal += out.length;
    return out;
  }
}

function stripSlash(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}

/** Megabytes, one decimal where it matters. */
export function mb(bytes: number): number {
  const v = bytes / (1024 * 1024);
  return v >= 10 ? Math.round(v) : Math.round(v * 10) / 10;
}
