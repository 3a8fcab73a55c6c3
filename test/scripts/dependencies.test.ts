// What `npm ci` installs runs on every Node version package.json's `engines` allows: no package in
// the lock file asks for a newer Node (npm ci would warn "EBADENGINE", and the package may not run).
// docx 9.15 asks for nanoid 6, which wants Node 22; package.json's `overrides` give docx nanoid 5
// (the same API; docx's build bundles it anyway), and the .docx files docx writes stay the same:
// test/core/plan/generator.test.ts compares them byte for byte with the committed fixtures, and
// the test below reads one back as a plan.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import semver from 'semver';
import { readDocx } from '../../src/core/plan/read';

const ROOT = resolve(__dirname, '..', '..');

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  overrides?: Record<string, unknown>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

test("package.json's engines names a Node range that includes the Node running the tests", () => {
  expect(semver.validRange(pkg.engines.node)).not.toBeNull();
  expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
});

test('every package in the lock file runs on the oldest Node package.json allows and on this one', () => {
  const oldest = semver.minVersion(pkg.engines.node)!.version;
  const refusing = Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, info]) => {
      const wanted = !info.engines || Array.isArray(info.engines) ? undefined : info.engines.node;
      if (!wanted) return [];
      return [oldest, process.version]
        .filter((v) => !semver.satisfies(v, wanted))
        .map((v) => `${path}@${info.version} wants Node ${wanted}, not ${v}`);
    });
  expect(refusing).toEqual([]);
});

test('docx (with nanoid 5 by the override) writes a .docx that the plan reader reads', async () => {
  expect(lock.packages['node_modules/docx/node_modules/nanoid']?.version).toMatch(/^5\./);
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Min personliga spridningsplan'),
          new Table({ rows: [row('Namn:', 'Anna Testsson'), row('E-post:', 'anna.testsson@example.se')] }),
          new Paragraph('Mina aktiviteter'),
          new Table({
            rows: [
              row('Utbildning', 'Aktivitet', 'Målgrupp', 'Verksamhet', 'Planerat datum', 'Planerat antal'),
              row('HiS6', 'Föreläsning', 'Sjuksköterskor', 'VC Norr', '2017-02-10', '20'),
            ],
          }),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const result = readDocx(bytes, 'anna.docx');
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.plan.contact.name).toBe('Anna Testsson');
  expect(result.plan.activities).toHaveLength(1);
});
