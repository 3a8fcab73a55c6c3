// The add-in's settings (workbook.settings) live in the workbook's web extension part, as
// Excel stores them: xl/webextensions/webextension1.xml holds <we:property name value/> with
// JSON-serialised values, reached from the package root via taskpanes.xml. exceljs ignores
// these parts, so they are read and written here with fflate (zip) and xmldom (XML).
import { DOMImplementation, DOMParser, XMLSerializer, type Document } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP_NS = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const WEBEXT_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextension';

/** The reference written for the emulated add-in (the real one is the manifest's id). */
export const EMULATED_ADDIN_REFERENCE = {
  id: 'spridningslogg',
  version: '1.0.0.0',
  store: 'developer',
  storeType: 'Registry',
};

function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml');
}

/** Every property of every web extension part, values JSON-parsed (kept as text when not JSON). */
export function readWebExtensionSettings(bytes: Uint8Array): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name.startsWith('xl/webextensions/webextension') && f.name.endsWith('.xml'),
    });
  } catch {
    return out;
  }
  for (const name of Object.keys(files).sort()) {
    const doc = parseXml(strFromU8(files[name]));
    const props = doc.getElementsByTagNameNS(WE_NS, 'property');
    for (let i = 0; i < props.length; i++) {
      const key = props[i].getAttribute('name');
      const raw = props[i].getAttribute('value') ?? '';
      if (!key) continue;
      try {
        out.set(key, JSON.parse(raw));
      } catch {
        out.set(key, raw);
      }
    }
  }
  return out;
}

function webExtensionXml(settings: Map<string, unknown>): string {
  const doc = new DOMImplementation().createDocument(WE_NS, 'we:webextension', null);
  const root = doc.documentElement!;
  root.setAttribute('id', '{5B0D5F0E-6C35-4E8A-9C8B-0A2B6E1D3C4F}');
  const el = (name: string) => doc.createElementNS(WE_NS, `we:${name}`);
  const ref = el('reference');
  for (const [k, v] of Object.entries(EMULATED_ADDIN_REFERENCE)) ref.setAttribute(k, v);
  root.appendChild(ref);
  root.appendChild(el('alternateReferences'));
  const props = el('properties');
  for (const [key, value] of settings) {
    const p = el('property');
    p.setAttribute('name', key);
    p.setAttribute('value', JSON.stringify(value));
    props.appendChild(p);
  }
  root.appendChild(props);
  root.appendChild(el('bindings'));
  const snapshot = el('snapshot');
  snapshot.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', R_NS);
  root.appendChild(snapshot);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + new XMLSerializer().serializeToString(doc)
  );
}

function taskpanesXml(): string {
  const doc = new DOMImplementation().createDocument(WETP_NS, 'wetp:taskpanes', null);
  const pane = doc.createElementNS(WETP_NS, 'wetp:taskpane');
  pane.setAttribute('dockstate', 'right');
  pane.setAttribute('visibility', '0');
  pane.setAttribute('width', '350');
  pane.setAttribute('row', '0');
  const ref = doc.createElementNS(WETP_NS, 'wetp:webextensionref');
  ref.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', R_NS);
  ref.setAttributeNS(R_NS, 'r:id', 'rId1');
  pane.appendChild(ref);
  doc.documentElement!.appendChild(pane);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + new XMLSerializer().serializeToString(doc)
  );
}

function relationshipsXml(target: string, type: string): string {
  const doc = new DOMImplementation().createDocument(REL_NS, 'Relationships', null);
  const rel = doc.createElementNS(REL_NS, 'Relationship');
  rel.setAttribute('Id', 'rId1');
  rel.setAttribute('Type', type);
  rel.setAttribute('Target', target);
  doc.documentElement!.appendChild(rel);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + new XMLSerializer().serializeToString(doc)
  );
}

/** Adds the settings to an .xlsx package written by exceljs (which has no web extension parts). */
export function writeWebExtensionSettings(bytes: Uint8Array, settings: Map<string, unknown>): Uint8Array {
  if (settings.size === 0) return bytes;
  const files = unzipSync(bytes);
  const serializer = new XMLSerializer();

  const types = parseXml(strFromU8(files['[Content_Types].xml']));
  for (const [part, contentType] of [
    ['/xl/webextensions/taskpanes.xml', 'application/vnd.ms-office.webextensiontaskpanes+xml'],
    ['/xl/webextensions/webextension1.xml', 'application/vnd.ms-office.webextension+xml'],
  ]) {
    const o = types.createElementNS(CT_NS, 'Override');
    o.setAttribute('PartName', part);
    o.setAttribute('ContentType', contentType);
    types.documentElement!.appendChild(o);
  }
  files['[Content_Types].xml'] = strToU8(serializer.serializeToString(types));

  const rels = parseXml(strFromU8(files['_rels/.rels']));
  const existing = rels.getElementsByTagNameNS(REL_NS, 'Relationship');
  const ids = new Set<string>();
  for (let i = 0; i < existing.length; i++) ids.add(existing[i].getAttribute('Id') ?? '');
  let n = existing.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(REL_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', TASKPANES_REL);
  rel.setAttribute('Target', 'xl/webextensions/taskpanes.xml');
  rels.documentElement!.appendChild(rel);
  files['_rels/.rels'] = strToU8(serializer.serializeToString(rels));

  files['xl/webextensions/taskpanes.xml'] = strToU8(taskpanesXml());
  files['xl/webextensions/_rels/taskpanes.xml.rels'] = strToU8(
    relationshipsXml('webextension1.xml', WEBEXT_REL),
  );
  files['xl/webextensions/webextension1.xml'] = strToU8(webExtensionXml(settings));
  return zipSync(files);
}
