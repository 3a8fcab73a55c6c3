// Writes the personal-plan fixtures into test/fixtures/plans/ (committed; deterministic).
// Run: node -r ./scripts/ts-register.cjs scripts/make-fixtures.ts
// Per sample: <id>.docx (or .docm), <id>.html (Word clipboard HTML), <id>.txt (Word text/plain).
// Bad inputs in bad/, pastes that are not plans in paste/.
process.env.TZ = 'UTC';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { clipboardHtml, clipboardText } from '../test/fixtures/plans/generator/clipboard';
import { docxLibPackage } from '../test/fixtures/plans/generator/docxlib';
import { SAMPLES } from '../test/fixtures/plans/generator/samples';
import { wordmlPackage } from '../test/fixtures/plans/generator/wordml';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'plans');
const FIXED = new Date(Date.UTC(2017, 0, 15, 10, 0, 0));

function write(rel: string, data: Uint8Array | string): void {
  const path = join(OUT, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

/** Sets the uncompressed-size fields of every local and central header to a lie. */
function lieAboutSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, claimed, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, claimed, true);
  }
  return out;
}

async function main(): Promise<void> {
  const manifest: { id: string; producer: string; round: string; file: string }[] = [];
  let annaDocx: Uint8Array | null = null;
  for (const s of SAMPLES) {
    const bytes =
      s.producer === 'wordml' ? wordmlPackage(s.doc, { macros: s.macros }) : await docxLibPackage(s.doc);
    const file = `${s.id}.${s.macros ? 'docm' : 'docx'}`;
    write(file, bytes);
    write(`${s.id}.html`, clipboardHtml(s.doc));
    write(`${s.id}.txt`, clipboardText(s.doc));
    manifest.push({ id: s.id, producer: s.producer, round: s.round, file });
    if (s.id === 'anna-lindqvist-plan') annaDocx = bytes;
  }
  write('samples.json', JSON.stringify(manifest, null, 2) + '\n');

  // Bad inputs ------------------------------------------------------------------------------
  const zipOpts = { mtime: FIXED };
  write(
    'bad/arbetsbok.docx',
    zipSync(
      {
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
        'xl/workbook.xml': strToU8(
          '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Blad1" sheetId="1"/></sheets></workbook>',
        ),
      },
      zipOpts,
    ),
  );
  write('bad/plan.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  write('bad/anteckningar.docx', 'Namn: Anna Lindqvist\r\nDetta är en textfil som fått fel filändelse.\r\n');
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(strToU8('EncryptedPackage'), 512);
  write('bad/losenordsskyddad.docx', ole);
  if (annaDocx) write('bad/avbruten.docx', annaDocx.slice(0, Math.floor(annaDocx.length * 0.6)));
  // 60 MB of one character inflates past the caps; the headers claim 1 kB.
  const bomb = zipSync(
    { 'word/document.xml': new Uint8Array(60 * 1024 * 1024).fill(0x20) },
    { ...zipOpts, level: 9 },
  );
  write('bad/zipbomb.docx', lieAboutSizes(bomb, 1024));
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2100; i++) many[`word/media/bild${i}.xml`] = strToU8('x');
  write('bad/manga-filer.docx', zipSync(many, zipOpts));

  // Pastes that are not plans -----------------------------------------------------------------
  write(
    'paste/e-post.txt',
    'Hej Eva!\r\n\r\nTack för senast. Jag har tyvärr inte hunnit fylla i min spridningsplan än, men räknar med att skicka den nästa vecka.\r\n' +
      'Vi ses på nätverksträffen den 10 februari.\r\n\r\nMed vänliga hälsningar\r\nAnna Lindqvist\r\nKurator, Vårdcentralen Källby\r\nTelefon: 0510-123 45\r\n',
  );
  write(
    'paste/excel-intervall.txt',
    'Region\tAntal vårdcentraler\tInvånare\r\nSkaraborg\t24\t260000\r\nFyrbodal\t31\t270000\r\nGöteborg\t70\t560000\r\n',
  );
  write(
    'paste/e-post.html',
    '<html><body><p class=MsoNormal>Hej Eva!<o:p></o:p></p><p class=MsoNormal>Planen kommer nästa vecka.<o:p></o:p></p><p>Mvh Anna</p></body></html>',
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
