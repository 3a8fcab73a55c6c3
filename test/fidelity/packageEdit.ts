// Making packages for the harness's own tests: a copy of a workbook with parts edited or removed
// (each kind of loss the harness must catch), and small hand-written workbooks.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sheetsOf, readPackage } from './ooxml';

/** Part → new text, or null to remove the part. A function gets the current text. */
export type Edits = Record<string, string | null | ((text: string) => string | null)>;

export function editPackage(bytes: Uint8Array, edits: Edits): Uint8Array {
  const files = unzipSync(bytes);
  for (const [part, edit] of Object.entries(edits)) {
    if (!(part in files) && typeof edit === 'function') throw new Error(`no part ${part} to edit`);
    const next = typeof edit === 'function' ? edit(strFromU8(files[part])) : edit;
    if (next === null) delete files[part];
    else files[part] = strToU8(next);
  }
  return zipSync(files, { level: 6 });
}

/** Replaces `from` by `to` in a text, failing loudly when `from` is not there (a test that edits nothing proves nothing). */
export function replaceOnce(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit found nothing to replace: ${String(from)}`);
    return next;
  };
}

/** Several replacements, each of which must find something. */
export function replaceEach(...pairs: [string | RegExp, string][]): (text: string) => string {
  return (text) => pairs.reduce((t, [from, to]) => replaceOnce(from, to)(t), text);
}

/** The part holding a sheet. */
export function sheetPart(bytes: Uint8Array, name: string): string {
  const s = sheetsOf(readPackage(bytes)).find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.part;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface TinySheet {
  name: string;
  /** The worksheet's children: sheetData first, then merges, validations … */
  body: string;
}

/** A minimal valid workbook: the sheets given (inline strings only), and defined names. */
export function tinyWorkbook(sheets: TinySheet[], definedNames = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) => (files[name] = strToU8(xml));
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WS_TYPE}"/>`)
        .join('') +
      `</Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" ` +
      `Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `</Relationships>`,
  );
  sheets.forEach((s, i) =>
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${R}">${s.body}</worksheet>`,
    ),
  );
  return zipSync(files, { level: 6 });
}

/** A row of cells for tinyWorkbook: numbers as numbers, "=…" as formulas, other text inline. */
export function row(r: number, cells: Record<string, string | number>, attrs = ''): string {
  const cs = Object.entries(cells)
    .map(([col, v]) => {
      const ref = `${col}${r}`;
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      if (v.startsWith('=')) return `<c r="${ref}"><f>${v.slice(1)}</f><v>0</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    })
    .join('');
  return `<row r="${r}"${attrs ? ` ${attrs}` : ''}>${cs}</row>`;
}
