// Opens an .xlsx (or .xlsm) package as far as every reader needs it: the zip under caps, the
// content types, the workbook part and its relationships, the sheets in tab order with their
// parts, the date system, the defined names. Throws MessageError for a file that is no
// workbook, is damaged, or is over a cap, naming the file and what is wrong.
import { strFromU8 } from 'fflate';
import { MessageError, msg } from '../messages';
import {
  contentTypeOf,
  readContentTypes,
  readRelationships,
  relsPathFor,
  resolvePart,
  type ContentTypes,
  type Relationship,
} from './opc';
import { XmlError, XmlScanner, attributes, innerText } from './xmlScan';
import { ZipArchive, type ZipCaps } from './zipArchive';

export interface WorkbookCaps extends ZipCaps {
  /** Cells with a value, a formula or a style, over all sheets. */
  maxCells: number;
  /** Merged areas, over all sheets. */
  maxMerges: number;
  maxSharedStrings: number;
}

/**
 * Generous for a coordinator's workbook (years of logs are some 10 000 rows), tight enough that
 * reading stays within about 1.5 GB of memory: a 10 MB package of text-heavy sheets inflates to
 * some 150 MB of XML and 1–2 million cells.
 */
export const DEFAULT_WORKBOOK_CAPS: WorkbookCaps = {
  maxFileBytes: 64 * 1024 * 1024,
  maxParts: 10_000,
  maxPartBytes: 320 * 1024 * 1024,
  maxTotalBytes: 800 * 1024 * 1024,
  maxCells: 3_000_000,
  maxMerges: 200_000,
  maxSharedStrings: 2_000_000,
};

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  /** The sheet's part, or null when the relationship is missing. */
  part: string | null;
  kind: SheetKind;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedNameEntry {
  name: string;
  /** Index into the workbook's <sheets> (all kinds) when the name is local to a sheet. */
  localSheetId?: number;
  hidden: boolean;
  comment: string;
  /** The formula as stored (no leading "="). */
  formula: string;
}

export interface WorkbookPackage {
  file: string;
  zip: ZipArchive;
  types: ContentTypes;
  workbookPart: string;
  workbookText: string;
  workbookRels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
  /** The workbook's structure is protected (sheets cannot be added, deleted, moved, renamed, hidden). */
  structureLocked: boolean;
  activeTab: number;
  calcMode: string | undefined;
  definedNames: DefinedNameEntry[];
  sharedStringsPart?: string;
  stylesPart?: string;
  themePart?: string;
}

const XLSB = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';

/** Reads a part as text; XML damage in it is reported as the file's damage, naming the part. */
export function partText(zip: ZipArchive, part: string): string {
  return strFromU8(zip.read(part));
}

/** Runs a reader over a part's XML, turning XmlError into the file's damage message. */
export function withPart<T>(file: string, part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlError)
      throw new MessageError(msg('file-damaged', { file, detail: `${part}: ${e.detail}` }));
    throw e;
  }
}

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

export function openWorkbookPackage(
  bytes: Uint8Array,
  caps: WorkbookCaps,
  file: string,
  requireSheets = true,
): WorkbookPackage {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new MessageError(msg('file-legacy-or-encrypted', { file }));
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new MessageError(msg('file-not-xlsx', { file }));
  const zip = ZipArchive.open(bytes, caps, file);
  if (!zip.has('[Content_Types].xml')) throw new MessageError(msg('file-not-xlsx', { file }));
  const types = withPart(file, '[Content_Types].xml', () =>
    readContentTypes(partText(zip, '[Content_Types].xml')),
  );
  const rootRels = zip.has('_rels/.rels')
    ? withPart(file, '_rels/.rels', () => readRelationships(partText(zip, '_rels/.rels')))
    : [];
  const office = rootRels.find((r) => r.kind === 'officeDocument' && !r.external);
  const workbookPart = office ? resolvePart('', office.target) : undefined;
  if (!workbookPart || !zip.has(workbookPart)) throw new MessageError(msg('file-not-xlsx', { file }));
  const type = contentTypeOf(types, workbookPart) ?? '';
  if (type.startsWith(XLSB)) throw new MessageError(msg('file-xlsb', { file }));
  if (!/spreadsheetml|ms-excel/.test(type)) throw new MessageError(msg('file-not-xlsx', { file }));

  const workbookText = partText(zip, workbookPart);
  const relsPart = relsPathFor(workbookPart);
  const workbookRels = zip.has(relsPart)
    ? withPart(file, relsPart, () => readRelationships(partText(zip, relsPart)))
    : [];
  const relById = new Map(workbookRels.map((r) => [r.id, r]));
  const target = (kind: string) => {
    const r = workbookRels.find((x) => x.kind === kind && !x.external);
    const part = r ? resolvePart(workbookPart, r.target) : undefined;
    return part && zip.has(part) ? part : undefined;
  };

  const out: WorkbookPackage = {
    file,
    zip,
    types,
    workbookPart,
    workbookText,
    workbookRels,
    sheets: [],
    date1904: false,
    structureLocked: false,
    activeTab: 0,
    calcMode: undefined,
    definedNames: [],
    sharedStringsPart: target('sharedStrings'),
    stylesPart: target('styles'),
    themePart: target('theme'),
  };
  withPart(file, workbookPart, () => {
    const text = workbookText;
    const s = new XmlScanner(text);
    let inSheets = false;
    for (let tag = s.next(); tag; tag = s.next()) {
      if (tag.local === 'sheets') inSheets = tag.kind === 'open';
      else if (tag.local === 'workbookPr' && tag.kind !== 'close') {
        out.date1904 = truthy(attributes(text, tag).get('date1904'));
      } else if (tag.local === 'workbookProtection' && tag.kind !== 'close') {
        out.structureLocked = truthy(attributes(text, tag).get('lockStructure'));
      } else if (tag.local === 'workbookView' && tag.kind !== 'close' && out.activeTab === 0) {
        out.activeTab = Number(attributes(text, tag).get('activeTab') ?? 0) || 0;
      } else if (tag.local === 'calcPr' && tag.kind !== 'close') {
        out.calcMode = attributes(text, tag).get('calcMode');
      } else if (tag.local === 'sheet' && inSheets && tag.kind !== 'close') {
        const a = attributes(text, tag);
        const rId = [...a].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
        const rel = relById.get(rId);
        const part = rel && !rel.external ? resolvePart(workbookPart, rel.target) : null;
        const kind = rel?.kind;
        const state = a.get('state');
        out.sheets.push({
          name: a.get('name') ?? '',
          sheetId: Number(a.get('sheetId') ?? 0),
          rId,
          part: part && zip.has(part) ? part : null,
          kind:
            kind === 'worksheet' || kind === 'chartsheet' || kind === 'dialogsheet'
              ? kind
              : kind === 'xlMacrosheet' || kind === 'xlIntlMacrosheet'
                ? 'macrosheet'
                : 'other',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        });
      } else if (tag.local === 'definedName' && tag.kind === 'open') {
        const a = attributes(text, tag);
        const close = s.skipElement(tag);
        const local = a.get('localSheetId');
        out.definedNames.push({
          name: a.get('name') ?? '',
          ...(local !== undefined ? { localSheetId: Number(local) } : {}),
          hidden: truthy(a.get('hidden')),
          comment: a.get('comment') ?? '',
          formula: innerText(text, tag, close),
        });
      }
    }
  });
  if (requireSheets && !out.sheets.some((sh) => sh.kind === 'worksheet' && sh.part !== null))
    throw new MessageError(msg('file-no-sheets', { file }));
  return out;
}
