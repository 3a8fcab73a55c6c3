// The .odt reader on documents built here, one construct at a time, and its refusals.
import { strToU8, zipSync } from 'fflate';
import { odtToBlocks, isOpenDocument } from '../../../src/core/plan/odt';
import { planFileKind } from '../../../src/core/plan/fileKind';
import { readPlanFile } from '../../../src/core/plan/read';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

function odt(
  body: string,
  opts: { mimetype?: string; manifest?: string; content?: string } = {},
): Uint8Array {
  const content =
    opts.content ??
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8(opts.mimetype ?? 'application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
  };
  if (opts.manifest) files['META-INF/manifest.xml'] = strToU8(opts.manifest);
  return zipSync(files);
}

const blocks = (body: string) => {
  const r = odtToBlocks(odt(body), 'plan.odt');
  expect(r.problems).toEqual([]);
  return r.blocks;
};

describe('odtToBlocks', () => {
  it('reads paragraphs, headings and list items in order; spaces, tabs and line breaks', () => {
    expect(
      blocks(
        '<text:h>Min plan</text:h><text:p>Namn:<text:tab/>Anna<text:s text:c="3"/>Lindqvist<text:line-break/>kurator</text:p>' +
          '<text:list><text:list-item><text:p>HiS6</text:p></text:list-item></text:list>' +
          '<text:section><text:p>Slut</text:p></text:section>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Min plan' },
      { kind: 'paragraph', text: 'Namn:\tAnna   Lindqvist\nkurator' },
      { kind: 'paragraph', text: 'HiS6' },
      { kind: 'paragraph', text: 'Slut' },
    ]);
  });

  it('reads tracked changes as accepted, and no notes, comments or frames', () => {
    expect(
      blocks(
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>HiS6</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p><text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>HiS9<text:change-end text:change-id="c2"/>' +
          '<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>fotnot</text:p></text:note-body></text:note>' +
          '<office:annotation><dc:creator>x</dc:creator><text:p>kommentar</text:p></office:annotation>' +
          '<draw:frame><draw:text-box><text:p>textruta</text:p></draw:text-box></draw:frame></text:p>',
      ),
    ).toEqual([{ kind: 'paragraph', text: 'HiS9' }]);
  });

  it('resolves spans: a cell spanning rows in every row, a cell spanning columns in its first', () => {
    const cell = (t: string, attrs = '') =>
      `<table:table-cell ${attrs}><text:p>${t}</text:p></table:table-cell>`;
    const covered = '<table:covered-table-cell/>';
    expect(
      blocks(
        '<table:table><table:table-column table:number-columns-repeated="3"/>' +
          `<table:table-header-rows><table:table-row>${cell('Utbildning')}${cell('Aktivitet')}${cell('Antal')}</table:table-row></table:table-header-rows>` +
          `<table:table-row>${cell('HiS6', 'table:number-rows-spanned="2"')}${cell('Föreläsning')}${cell('20')}</table:table-row>` +
          `<table:table-row>${covered}${cell('Workshop')}${cell('5')}</table:table-row>` +
          `<table:table-row>${cell('Summa planerat', 'table:number-columns-spanned="2"')}${covered}${cell('25')}</table:table-row>` +
          `<table:table-row><table:table-cell table:number-columns-repeated="3"/></table:table-row>` +
          '</table:table>',
      ),
    ).toEqual([
      {
        kind: 'table',
        rows: [
          ['Utbildning', 'Aktivitet', 'Antal'],
          ['HiS6', 'Föreläsning', '20'],
          ['HiS6', 'Workshop', '5'],
          ['Summa planerat', '', '25'],
        ],
      },
    ]);
  });

  it('reads a cell’s paragraphs as lines, and caps repeated rows and cells', () => {
    const r = blocks(
      '<table:table><table:table-row><table:table-cell><text:p>Föreläsning</text:p><text:p>och samtal</text:p></table:table-cell>' +
        '<table:table-cell table:number-columns-repeated="1000000"><text:p>x</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>',
    );
    const rows = (r[0] as { rows: string[][] }).rows;
    expect(rows[0][0]).toBe('Föreläsning\noch samtal');
    expect(rows[0]).toHaveLength(65);
    expect(rows).toHaveLength(65);
  });
});

describe('odtToBlocks refuses, with a message saying what to do', () => {
  test.each([
    [
      'a spreadsheet',
      'plan-file-other-odf',
      odt('', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
    ],
    [
      'a password-protected document',
      'odt-encrypted',
      odt('<text:p>x</text:p>', {
        manifest:
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>',
      }),
    ],
    ['damaged XML', 'odt-corrupt', odt('', { content: '<office:document-content' })],
    ['an entity trick', 'odt-corrupt', odt('', { content: '<!DOCTYPE x [<!ENTITY a "b">]><x/>' })],
    ['a cut-off file', 'odt-corrupt', odt('<text:p>x</text:p>').slice(0, 60)],
    ['an empty file', 'odt-corrupt', new Uint8Array(0)],
  ] as const)('%s: %s', (_, code, bytes) => {
    const r = odtToBlocks(bytes, 'plan.odt');
    expect(r.blocks).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.severity, p.message.code])).toEqual([[code, 'error', code]]);
  });

  it('a zip bomb is stopped by the unzip caps', () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    const bomb = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': [big, { level: 1 }],
    });
    expect(odtToBlocks(bomb, 'bomb.odt').problems[0].code).toBe('odt-too-large');
  });
});

describe('which kind of file a plan is', () => {
  it('tells .odt from .docx by the zip’s first entry, not the name', () => {
    const doc = odt('<text:p>x</text:p>');
    expect(isOpenDocument(doc)).toBe(true);
    expect(planFileKind(doc, 'plan.docx')).toBe('odt');
    expect(planFileKind(zipSync({ 'word/document.xml': strToU8('<x/>') }), 'plan.docx')).toBe('docx');
    expect(planFileKind(strToU8('%PDF-1.4'), 'x')).toBe('pdf');
    expect(planFileKind(strToU8('{\\rtf1\\ansi'), 'x')).toBe('rtf');
    expect(planFileKind(strToU8('hello'), 'plan.doc')).toBe('doc');
    expect(planFileKind(strToU8('hello'), 'plan.txt')).toBe('other');
  });

  it('reads an .odt plan through readPlanFile as its own kind', () => {
    const r = readPlanFile(
      odt(
        '<text:p>Min personliga spridningsplan</text:p><table:table><table:table-row><table:table-cell><text:p>Namn:</text:p></table:table-cell><table:table-cell><text:p>Lindqvist, Anna</text:p></table:table-cell></table:table-row>' +
          '<table:table-row><table:table-cell><text:p>E-post:</text:p></table:table-cell><table:table-cell><text:p>anna@example.se</text:p></table:table-cell></table:table-row></table:table>',
      ),
      'plan.odt',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.plan.source.kind, r.plan.contact.name]).toEqual(['odt', 'Anna Lindqvist']);
  });
});
