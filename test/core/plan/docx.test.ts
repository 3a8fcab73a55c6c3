// .docx reading: Word's markup as it really is, and every kind of bad file.
import * as fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { msg } from '../../../src/core/messages';
import { docxToBlocks } from '../../../src/core/plan/docx';
import { readDocx } from '../../../src/core/plan/read';
import { boundedUnzip, UnzipError } from '../../../src/core/plan/unzip';
import { isKnownCode } from '../../../src/messages/render';
import { bytes } from './helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;

describe('docxToBlocks: Word markup', () => {
  test('runs split by rsid and proofErr join; tabs and breaks kept; field codes and deletions dropped', () => {
    const body = p(
      `<w:r w:rsidR="001"><w:t>Anna </w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="002"><w:t>Lind</w:t></w:r><w:r><w:t>qvist</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
        `<w:r><w:tab/></w:r>${r('kurator')}<w:r><w:br/></w:r>` +
        `<w:del w:id="1" w:author="x"><w:r><w:delText>borttaget</w:delText></w:r></w:del><w:ins w:id="2" w:author="x">${r('tillagt')}</w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "mailto:x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('länk')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:moveFrom w:id="3" w:author="x">${r('flyttad bort')}</w:moveFrom>` +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>!</w:t></w:r>',
    );
    expect(docxToBlocks(docx(body), 'x.docx')).toEqual({
      blocks: [{ kind: 'paragraph', text: 'Anna Lindqvist\tkurator\ntillagtlänk!' }],
      problems: [],
    });
  });

  test('content controls: filled ones are read, ones showing their placeholder are empty', () => {
    const body =
      p(
        `${r('Namn: ')}<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>${r('Karin Berg')}</w:sdtContent></w:sdt>`,
      ) +
      p(
        `${r('Telefon: ')}<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${r('Klicka eller tryck här för att ange text.')}</w:sdtContent></w:sdt>`,
      ) +
      `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p(r('Skriv din text här'))}</w:sdtContent></w:sdt>` +
      `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('Blockkontroll'))}</w:sdtContent></w:sdt>`;
    expect(docxToBlocks(docx(body), 'x.docx').blocks).toEqual([
      { kind: 'paragraph', text: 'Namn: Karin Berg' },
      { kind: 'paragraph', text: 'Telefon: ' },
      { kind: 'paragraph', text: 'Blockkontroll' },
    ]);
  });

  test('tables: gridSpan pads, vMerge fills down, gridBefore, deleted rows dropped, cell paragraphs become lines', () => {
    const tbl =
      '<w:tbl>' +
      `<w:tr>${tc(p(r('Aktiviteter')), '<w:gridSpan w:val="3"/>')}</w:tr>` +
      `<w:tr>${tc(p(r('A')))}${tc(p(r('B')))}${tc(p(r('C')))}</w:tr>` +
      `<w:tr>${tc(p(r('HiS6')), '<w:vMerge w:val="restart"/>')}${tc(p(r('rad 1')) + p(r('rad 2')))}${tc(p(''))}</w:tr>` +
      `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p(r('x')))}${tc(p(r('y')))}</w:tr>` +
      `<w:tr><w:trPr><w:del w:id="5" w:author="x"/></w:trPr>${tc(p(r('bort')))}${tc(p(''))}${tc(p(''))}</w:tr>` +
      `<w:tr>${tc(p(''), '<w:vMerge w:val="continue"/>')}${tc(p(r('z')))}${tc(p(''))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(r('efter')))}${tc(p(r('luckan')))}</w:tr>` +
      '</w:tbl>';
    expect(docxToBlocks(docx(tbl), 'x.docx').blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['Aktiviteter', '', ''],
          ['A', 'B', 'C'],
          ['HiS6', 'rad 1\nrad 2', ''],
          ['HiS6', 'x', 'y'],
          ['HiS6', 'z', ''],
          ['', 'efter', 'luckan'],
        ],
      },
    ]);
  });

  test('a macro part and external relationships are mentioned; hyperlinks are not', () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:a@b.se" TargetMode="External"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://example.invalid/a.png" TargetMode="External"/></Relationships>';
    const out = docxToBlocks(
      docx(p(r('Hej')), { 'word/_rels/document.xml.rels': rels, 'word/vbaProject.bin': 'Sub AutoOpen()' }),
      'x.docm',
    );
    expect(out.blocks).toEqual([{ kind: 'paragraph', text: 'Hej' }]);
    expect(out.problems.map((q) => q.code)).toEqual(['docx-macros', 'docx-external-links']);
    expect(out.problems[1].message).toEqual(msg('plan-docx-external-links', { file: 'x.docm', count: 1 }));
    const plain = docxToBlocks(
      docx(p(r('Hej')), {
        'word/_rels/document.xml.rels': rels.replace(/<Relationship Id="rId2"[^>]*\/>/, ''),
      }),
      'x.docx',
    );
    expect(plain.problems).toEqual([]);
  });

  test('a DOCTYPE (entity expansion) is refused as damaged', () => {
    const files = {
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="${W}"><w:body>${p(r('&a;'))}</w:body></w:document>`,
      ),
    };
    const out = docxToBlocks(zipSync(files), 'x.docx');
    expect(out.problems.map((q) => q.code)).toEqual(['docx-corrupt']);
  });
});

describe('readDocx: bad files', () => {
  test.each([
    ['bad/arbetsbok.docx', 'not-a-docx', 'plan-docx-other-office'],
    ['bad/plan.pdf', 'not-a-docx', 'plan-docx-pdf'],
    ['bad/anteckningar.docx', 'not-a-docx', 'plan-docx-not-word'],
    ['bad/losenordsskyddad.docx', 'docx-encrypted', 'plan-docx-encrypted'],
    ['bad/avbruten.docx', 'docx-truncated', 'plan-docx-truncated'],
    ['bad/zipbomb.docx', 'docx-too-large', 'plan-docx-zip-bomb'],
    ['bad/manga-filer.docx', 'docx-too-large', 'plan-docx-zip-bomb'],
  ])('%s → ok:false, %s', (file, code, message) => {
    const result = readDocx(bytes(file), file.slice(4));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code, severity: 'error', where: { source: file.slice(4) } });
    expect(result.problems[0].message).toMatchObject({ code: message, params: { file: file.slice(4) } });
  });

  test('an empty file and a Word file with no plan in it', () => {
    expect(readDocx(new Uint8Array(0), 'tom.docx')).toMatchObject({
      ok: false,
      problems: [{ code: 'docx-empty' }],
    });
    expect(readDocx(docx(p(r('Bara ett brev.'))), 'brev.docx')).toMatchObject({
      ok: false,
      problems: [{ code: 'not-a-plan' }],
    });
  });

  test('the zip bomb is stopped by the inflated size, not by what its headers claim', () => {
    const bomb = bytes('bad/zipbomb.docx');
    // the headers claim 1024 bytes (fixture generator lies on purpose)
    expect(new DataView(bomb.buffer, bomb.byteOffset).getUint32(22, true)).toBe(1024);
    expect(() =>
      boundedUnzip(bomb, () => true, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 30 }),
    ).toThrow(UnzipError);
    try {
      boundedUnzip(bomb, () => true, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 30 });
    } catch (e) {
      expect((e as UnzipError).code).toBe('zip-too-large');
    }
    // and entries not asked for are never inflated
    expect(boundedUnzip(bomb, () => false).names).toEqual(['word/document.xml']);
  });

  test('never throws on arbitrary bytes, nor on arbitrary zips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        const r = readDocx(data, 'slump.docx');
        return (
          r.ok === false && r.problems.length > 0 && r.problems.every((q) => isKnownCode(q.message.code))
        );
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.uint8Array({ maxLength: 200 }),
        fc.nat(400),
        (xml, junk, cut) => {
          const zip = zipSync({ 'word/document.xml': strToU8(xml), 'word/x.bin': junk });
          const r1 = readDocx(zip, 'a.docx');
          const r2 = readDocx(zip.slice(0, cut), 'a.docx');
          return typeof r1.ok === 'boolean' && typeof r2.ok === 'boolean';
        },
      ),
      { numRuns: 200 },
    );
  });

  test('never throws on arbitrary document XML built from Word elements', () => {
    const el = fc.constantFrom(
      'p',
      'r',
      't',
      'tbl',
      'tr',
      'tc',
      'sdt',
      'sdtContent',
      'ins',
      'del',
      'br',
      'tab',
      'tcPr',
      'vMerge',
      'gridSpan',
      'trPr',
    );
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.oneof(
            fc.string({ maxLength: 5 }).map((s) => s.replace(/[<&]/g, '')),
            el.map((e) => `<w:${e}/>`),
          )
        : fc
            .tuple(el, fc.array(node(n - 1), { maxLength: 4 }))
            .map(
              ([e, kids]) => `<w:${e}${e === 'gridSpan' ? ' w:val="999999"' : ''}>${kids.join('')}</w:${e}>`,
            ),
    );
    fc.assert(
      fc.property(node(5), (inner) => {
        const r = readDocx(docx(inner), 'x.docx');
        return typeof r.ok === 'boolean';
      }),
      { numRuns: 300 },
    );
  });
});
