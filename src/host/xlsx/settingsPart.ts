// The add-in's settings (Office.js workbook.settings) as Excel stores them: a web extension part
// (xl/webextensions/webextensionN.xml) naming the add-in in <we:reference> and holding
// <we:property name value/> entries with JSON values, reached from the package root through
// xl/webextensions/taskpanes.xml. Other add-ins' parts are never read or touched.
import { strFromU8, strToU8 } from 'fflate';
import { contentTypeOf, readRelationships, relsPathFor, type ContentTypes } from '../../core/xlsx/opc';
import { XmlScanner, attributes, escapeAttr, type Tag } from '../../core/xlsx/xmlScan';
import type { ZipArchive } from '../../core/xlsx/zipArchive';
import { withPart } from '../../core/xlsx/workbookPackage';

export const WEBEXTENSION_TYPE = 'application/vnd.ms-office.webextension+xml';
export const TASKPANES_TYPE = 'application/vnd.ms-office.webextensiontaskpanes+xml';
export const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
export const WEBEXTENSION_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP_NS = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The add-in as a file names it: the manifest's <Id> (manifest.xml). */
export const ADDIN_REFERENCE = {
  id: 'ff2b4dbc-aad3-4b72-8523-04ebe69edf0a',
  version: '1.0.0.0',
  store: 'developer',
  storeType: 'Registry',
};
/** Ids this add-in's settings were stored under (the first emulator wrote "spridningslogg"). */
const OUR_IDS = new Set([ADDIN_REFERENCE.id, 'spridningslogg']);

const normaliseId = (id: string) => id.replace(/[{}]/g, '').toLowerCase();

/** The web extension parts of a package, by content type. */
export function webExtensionParts(zip: ZipArchive, types: ContentTypes): string[] {
  return zip.entries.map((e) => e.name).filter((n) => contentTypeOf(types, n) === WEBEXTENSION_TYPE);
}

function isOurs(text: string): boolean {
  const s = new XmlScanner(text);
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.local === 'reference' && tag.kind !== 'close')
      return OUR_IDS.has(normaliseId(attributes(text, tag).get('id') ?? ''));
  }
  return false;
}

export function readAddinSettings(
  zip: ZipArchive,
  types: ContentTypes,
  file: string,
): { part: string | null; values: Map<string, unknown> } {
  for (const part of webExtensionParts(zip, types).sort()) {
    const text = strFromU8(zip.read(part));
    const ours = withPart(file, part, () => isOurs(text));
    if (!ours) continue;
    const values = new Map<string, unknown>();
    withPart(file, part, () => {
      const s = new XmlScanner(text);
      for (let tag = s.next(); tag; tag = s.next()) {
        if (tag.local !== 'property' || tag.kind === 'close') continue;
        const a = attributes(text, tag);
        const key = a.get('name');
        if (!key) continue;
        const raw = a.get('value') ?? '';
        try {
          values.set(key, JSON.parse(raw) as unknown);
        } catch {
          values.set(key, raw);
        }
      }
    });
    return { part, values };
  }
  return { part: null, values: new Map() };
}

function propertiesXml(prefix: string, settings: Map<string, unknown>): string {
  const props = [...settings]
    .map(([k, v]) => `<${prefix}property name="${escapeAttr(k)}" value="${escapeAttr(JSON.stringify(v))}"/>`)
    .join('');
  return props ? `<${prefix}properties>${props}</${prefix}properties>` : `<${prefix}properties/>`;
}

/** Our web extension part with its <we:properties> replaced; everything else as it was. */
export function rewriteSettingsPart(text: string, settings: Map<string, unknown>): string {
  const s = new XmlScanner(text);
  let root: Tag | null = null;
  for (let tag = s.next(); tag; tag = s.next()) {
    if (!root) root = tag;
    if (tag.local === 'properties' && tag.kind !== 'close') {
      const end = tag.kind === 'open' ? s.skipElement(tag).end : tag.end;
      const prefix = tag.name.slice(0, tag.name.length - tag.local.length);
      return text.slice(0, tag.start) + propertiesXml(prefix, settings) + text.slice(end);
    }
    if (tag.kind === 'close' && root && tag.name === root.name) {
      const prefix = root.name.slice(0, root.name.length - root.local.length);
      return text.slice(0, tag.start) + propertiesXml(prefix, settings) + text.slice(tag.start);
    }
  }
  return text;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A new web extension part naming this add-in with the settings. */
export function newSettingsPart(settings: Map<string, unknown>): string {
  const ref = Object.entries(ADDIN_REFERENCE)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return (
    XML_HEAD +
    `<we:webextension xmlns:we="${WE_NS}" id="{5B0D5F0E-6C35-4E8A-9C8B-0A2B6E1D3C4F}">` +
    `<we:reference${ref}/><we:alternateReferences/>${propertiesXml('we:', settings)}` +
    `<we:bindings/><we:snapshot xmlns:r="${R_NS}"/></we:webextension>`
  );
}

export function newTaskpanesPart(relId: string): string {
  return XML_HEAD + `<wetp:taskpanes xmlns:wetp="${WETP_NS}">${taskpaneXml('wetp:', relId)}</wetp:taskpanes>`;
}

/** One <wetp:taskpane> for our part, hidden (the coordinator opens the pane from the ribbon). */
export function taskpaneXml(prefix: string, relId: string): string {
  return (
    `<${prefix}taskpane dockstate="right" visibility="0" width="350" row="0">` +
    `<${prefix}webextensionref xmlns:r="${R_NS}" r:id="${relId}"/></${prefix}taskpane>`
  );
}

/** taskpanes.xml with one more pane referring to `relId`. */
export function addTaskpane(text: string, relId: string): string {
  const s = new XmlScanner(text);
  const root = s.next();
  if (!root) return text;
  const prefix = root.name.slice(0, root.name.length - root.local.length);
  if (root.kind === 'empty') {
    const open = text.slice(root.start, root.end - 2) + '>';
    return (
      text.slice(0, root.start) + open + taskpaneXml(prefix, relId) + `</${root.name}>` + text.slice(root.end)
    );
  }
  const close = s.skipElement(root);
  return text.slice(0, close.start) + taskpaneXml(prefix, relId) + text.slice(close.start);
}

/** Whether a taskpanes part's relationships already point at `part` (then nothing to add). */
export function taskpanesReferTo(zip: ZipArchive, taskpanes: string, target: string): boolean {
  const rels = relsPathFor(taskpanes);
  if (!zip.has(rels)) return false;
  return readRelationships(strFromU8(zip.read(rels))).some((r) => r.target.endsWith(target));
}

export { strToU8 };
