// Shared by the reliability tests: plans built as the coordinator's clipboard (text, Word HTML)
// or a .docx file with chosen field values, read through the real readers, and imported through
// the real gateway into a host workbook made from assets/template.xlsx (helpers of
// test/integration are reused, not copied).
import { strToU8, zipSync } from 'fflate';
import type { PersonalPlan } from '../../src/core/model';
import { readDocx, readPaste, type ReadResult } from '../../src/core/plan/read';
import { TAB_NAMES } from '../../src/core/tabs';
import { open, TEMPLATE } from '../integration/helpers';

export { open, TEMPLATE, without, sheetsOf } from '../integration/helpers';

export const PLAN_TAB = TAB_NAMES.plan;
export const CONTACTS_TAB = TAB_NAMES.contacts;
export const JOURNAL = '_spridningslogg';

export interface PlanFields {
  name: string;
  title: string;
  unit: string;
  region: string;
  email: string;
  phone: string;
  trainings: string;
  training: string;
  activity: string;
  targetGroup: string;
  actUnit: string;
  plannedDate: string;
  plannedNumber: string;
  comment: string;
}

export const BASE: PlanFields = {
  name: 'Eva Ström',
  title: 'Kurator',
  unit: 'Vårdcentralen Norr',
  region: 'Region Test',
  email: 'eva.strom@example.se',
  phone: '070-123 45 67',
  trainings: 'HiS6',
  training: 'HiS6',
  activity: 'Föreläsning',
  targetGroup: 'Sjuksköterskor',
  actUnit: 'Vårdcentralen Norr',
  plannedDate: '2017-03-15',
  plannedNumber: '20',
  comment: 'Två tillfällen',
};

const CONTACT_LABELS: [keyof PlanFields, string][] = [
  ['name', 'Namn:'],
  ['title', 'Titel/yrkesroll:'],
  ['unit', 'Arbetsplats/verksamhet:'],
  ['region', 'Landsting/region:'],
  ['email', 'E-post:'],
  ['phone', 'Telefon:'],
  ['trainings', 'Utbildningar att sprida:'],
];

export const ACTIVITY_HEADER = [
  'Utbildning',
  'Aktivitet',
  'Målgrupp',
  'Verksamhet',
  'Planerat datum',
  'Planerat antal',
  'Status',
  'Genomfört datum',
  'Antal nådda',
  'Kommentar',
];

export function activityCells(f: PlanFields): string[] {
  return [
    f.training,
    f.activity,
    f.targetGroup,
    f.actUnit,
    f.plannedDate,
    f.plannedNumber,
    '',
    '',
    '',
    f.comment,
  ];
}

/** A personal plan as Word puts it on the clipboard as text/plain (tabs between cells). */
export function planText(over: Partial<PlanFields> = {}, extraRows: string[][] = []): string {
  const f = { ...BASE, ...over };
  return [
    'Min personliga spridningsplan',
    'Kontaktuppgifter',
    ...CONTACT_LABELS.map(([k, label]) => `${label}\t${f[k]}`),
    '',
    'Mina spridningsaktiviteter',
    ACTIVITY_HEADER.join('\t'),
    activityCells(f).join('\t'),
    ...extraRows.map((r) => r.join('\t')),
  ].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same plan as Word's text/html clipboard flavour; `inject` is raw markup put in cells and around. */
export function planHtml(over: Partial<PlanFields> = {}, inject = ''): string {
  const f = { ...BASE, ...over };
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`;
  return (
    `<html><head><meta charset="utf-8">${inject}</head><body>${inject}` +
    '<p>Min personliga spridningsplan</p><p>Kontaktuppgifter</p>' +
    `<table>${CONTACT_LABELS.map(([k, label]) => row([escapeHtml(label), escapeHtml(f[k]) + (k === 'name' ? '' : '')])).join('')}</table>` +
    `<p>Mina spridningsaktiviteter</p>${inject}` +
    `<table>${row(ACTIVITY_HEADER)}${row(
      activityCells(f)
        .map(escapeHtml)
        .map((c, i) => (i === 1 ? c + inject : c)),
    )}</table>` +
    `${inject}</body></html>`
  );
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The same plan as a .docx file; `parts` adds or replaces zip entries (raw bytes or text). */
export function planDocx(
  over: Partial<PlanFields> = {},
  parts: Record<string, string | Uint8Array> = {},
): Uint8Array {
  const f = { ...BASE, ...over };
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(t)}</w:t></w:r></w:p>`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  const body =
    p('Min personliga spridningsplan') +
    p('Kontaktuppgifter') +
    `<w:tbl>${CONTACT_LABELS.map(([k, label]) => row([label, f[k]])).join('')}</w:tbl>` +
    p('Mina spridningsaktiviteter') +
    `<w:tbl>${row(ACTIVITY_HEADER)}${row(activityCells(f))}</w:tbl>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

export function externalRels(targets: string[]): string {
  return (
    `<?xml version="1.0"?><Relationships xmlns="${RELS}">` +
    targets
      .map(
        (t, i) =>
          `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${t}" TargetMode="External"/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

export function domParser(): DOMParser {
  return new window.DOMParser();
}

export function readText(text: string): ReadResult {
  return readPaste({ text });
}

export function readHtml(html: string, text?: string): ReadResult {
  return readPaste({ html, text }, { domParser: domParser() });
}

export { readDocx, readPaste };

export function planOf(r: ReadResult): PersonalPlan {
  if (!r.ok) throw new Error(`expected a plan, got: ${r.problems.map((p) => p.message.code).join(' | ')}`);
  return r.plan;
}

/** Opens the template, previews and writes the plans; returns the host and the gateway. */
export async function importInto(plans: PersonalPlan[], file = TEMPLATE) {
  const opened = await open(file);
  const preview = await opened.gateway.previewImport(plans);
  const result = await opened.gateway.applyImport(preview);
  return { ...opened, preview, result };
}
