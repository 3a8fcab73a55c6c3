// Remakes test/fixtures/fidelity/: the corpus of workbooks written by other writers than ours
// (openpyxl and LibreOffice, plus a few parts written by hand) and corpus.json, what the corpus
// test needs to know about each file. The files are committed; CI does not run this.
//
// Needs Debian's python3 with python3-openpyxl, python3-pil and python3-uno, and LibreOffice:
//   apt-get install -y python3-openpyxl python3-pil python3-uno libreoffice-calc
// Run: node -r ./scripts/ts-register.cjs scripts/fidelity/make-corpus.ts [--out DIR]
// (--out writes elsewhere, e.g. to compare a remade corpus with the committed one.)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  HEADER_FILL,
  TEMPLATE_TABS,
  templateLayout,
  YELLOW,
  YELLOW_ROWS,
} from '../../src/core/import/templateLayout';

const root = path.resolve(__dirname, '../..');
const outFlag = process.argv.indexOf('--out');
const outDir =
  outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'test/fixtures/fidelity');
/** Debian's interpreter: a pyenv python3 earlier on PATH lacks the Debian modules. */
const python = '/usr/bin/python3';

function run(script: string, layoutFile: string): unknown[] {
  const stdout = execFileSync(python, ['-B', path.join(__dirname, script), layoutFile, outDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown[];
}

function main(): void {
  try {
    execFileSync(python, ['-c', 'import openpyxl, PIL, uno'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${python} lacks openpyxl, PIL or uno: apt-get install -y python3-openpyxl python3-pil python3-uno libreoffice-calc`,
    );
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-layout-'));
  try {
    const layoutFile = path.join(work, 'layout.json');
    const layout = {
      tabs: TEMPLATE_TABS.map((kind) => templateLayout(kind)),
      YELLOW,
      HEADER_FILL,
      YELLOW_ROWS,
    };
    fs.writeFileSync(layoutFile, JSON.stringify(layout));
    fs.mkdirSync(outDir, { recursive: true });
    const entries = [...run('openpyxl_corpus.py', layoutFile), ...run('libreoffice_corpus.py', layoutFile)];
    fs.writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(entries, null, 2) + '\n');
    for (const e of entries as { file: string }[]) {
      console.log(`${e.file}: ${fs.statSync(path.join(outDir, e.file)).size} bytes`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
