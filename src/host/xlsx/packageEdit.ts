// The edits a save makes to the opened package, collected before anything is written: parts
// replaced, added or dropped, with the content types kept in step. Parts nobody touches are
// copied from the original archive as stored.
import { strFromU8, strToU8 } from 'fflate';
import { readRelationships, relsPathFor, resolvePart } from '../../core/xlsx/opc';
import { writeZip, type ZipPart } from '../../core/xlsx/writeZip';
import type { ZipArchive } from '../../core/xlsx/zipArchive';
import {
  addOverride,
  addRelationship,
  emptyRelationships,
  removeOverride,
  removeRelationships,
} from './packageEdits';

export class PackageEdit {
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly added = new Map<string, { name: string; bytes: Uint8Array }>();
  private readonly dropped = new Set<string>();
  private readonly taken: Set<string>;
  private types: string;
  private readonly originalTypes: string;

  constructor(readonly zip: ZipArchive) {
    this.taken = new Set(zip.entries.map((e) => e.name.toLowerCase()));
    this.originalTypes = strFromU8(zip.read('[Content_Types].xml'));
    this.types = this.originalTypes;
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return !this.dropped.has(key) && (this.added.has(key) || this.zip.has(part));
  }

  /** A part's text as edited so far. */
  text(part: string): string {
    const key = part.toLowerCase();
    const own = this.added.get(key)?.bytes ?? this.replaced.get(key);
    return own ? strFromU8(own) : strFromU8(this.zip.read(part));
  }

  /** Replaces a part (or adds it when the package has none), with a content type for a new one. */
  put(part: string, text: string, contentType?: string): void {
    const key = part.toLowerCase();
    const bytes = strToU8(text);
    if (this.zip.has(part) && !this.dropped.has(key)) {
      if (text !== strFromU8(this.zip.read(part))) this.replaced.set(key, bytes);
      else this.replaced.delete(key);
    } else {
      this.added.set(key, { name: part, bytes });
      this.taken.add(key);
    }
    if (contentType) this.types = addOverride(this.types, part, contentType);
  }

  drop(part: string): void {
    const key = part.toLowerCase();
    this.added.delete(key);
    this.replaced.delete(key);
    if (this.zip.has(part)) this.dropped.add(key);
    this.types = removeOverride(this.types, part);
  }

  /** A part name not used yet: "xl/worksheets/sheet7.xml". */
  freeName(make: (n: number) => string): string {
    let n = 1;
    while (this.taken.has(make(n).toLowerCase())) n++;
    const name = make(n);
    this.taken.add(name.toLowerCase());
    return name;
  }

  addOverride(part: string, contentType: string): void {
    this.types = addOverride(this.types, part, contentType);
  }

  /** Adds a relationship from `source` (its .rels part created when missing); returns its id. */
  relate(source: string, type: string, target: string): string {
    const relsPart = relsPathFor(source);
    const text = this.has(relsPart) ? this.text(relsPart) : emptyRelationships();
    const rel = addRelationship(text, type, target);
    this.put(relsPart, rel.text);
    return rel.id;
  }

  /** Removes relationships of `source` that `drop` selects. */
  unrelate(source: string, drop: (a: Map<string, string>) => boolean): void {
    const relsPart = relsPathFor(source);
    if (!this.has(relsPart)) return;
    this.put(relsPart, removeRelationships(this.text(relsPart), drop));
  }

  /** Drops a part, its relationships part and the parts only it pointed at (recursively, same folder tree). */
  dropWithDependents(part: string, keep: (p: string) => boolean = () => false): void {
    const relsPart = relsPathFor(part);
    if (this.has(relsPart)) {
      for (const r of readRelationships(this.text(relsPart))) {
        if (r.external) continue;
        const target = resolvePart(part, r.target);
        if (!keep(target) && this.has(target)) this.dropWithDependents(target, keep);
      }
      this.drop(relsPart);
    }
    this.drop(part);
  }

  /** The new package: the original entries (copied, replaced or left out) then the added parts. */
  write(): Uint8Array {
    if (this.types !== this.originalTypes) this.replaced.set('[content_types].xml', strToU8(this.types));
    const parts: ZipPart[] = [];
    for (const entry of this.zip.entries) {
      const key = entry.name.toLowerCase();
      if (this.dropped.has(key)) continue;
      const bytes = this.replaced.get(key);
      parts.push(
        bytes
          ? { name: entry.name, bytes, modified: entry.modified }
          : { name: entry.name, copy: entry, from: this.zip },
      );
    }
    for (const a of this.added.values()) parts.push({ name: a.name, bytes: a.bytes });
    return writeZip(parts);
  }
}
