// Generates test/fixtures/hostile/: files the reliability tests feed to the readers.
//   node -r ./scripts/ts-register.cjs scripts/make-hostile-fixtures.ts
// - bomb-200mb.docx: a valid .docx skeleton whose word/document.xml inflates to 200 MB of
//   spaces inside an element (about 200 kB packed), to prove the reader stops early.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'hostile');

function bomb(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const head = strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`);
  const tail = strToU8('</w:t></w:r></w:p></w:body></w:document>');
  const size = 200 * 1024 * 1024;
  const doc = new Uint8Array(head.length + size + tail.length);
  doc.set(head, 0);
  doc.fill(0x20, head.length, head.length + size);
  doc.set(tail, head.length + size);
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': doc,
    },
    { level: 9, mtime: new Date('2017-01-01T00:00:00Z') },
  );
}

fs.mkdirSync(OUT, { recursive: true });
const bytes = bomb();
fs.writeFileSync(path.join(OUT, 'bomb-200mb.docx'), bytes);
console.log(`bomb-200mb.docx: ${bytes.length} bytes`);
