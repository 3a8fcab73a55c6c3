// Hostile inputs, timed: what the reliability tests prove is refused or read (structurally: the
// cap that stops it, the parser never reached), measured here as time to the answer. Each case is
// read through the real entry points (readPaste, readDocx) as the pane and the CLI call them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readDocx, readPaste } from '../../src/core/plan/read';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export interface HostileResult {
  label: string;
  ms: number;
  answer: string;
}

/** The text fixture of a plan with the last column of its first activity row replaced. */
function planWithComment(comment: string): string {
  const lines = fs
    .readFileSync(path.join(FIXTURES, 'plans', 'karin-berg-aterrap1.txt'), 'utf8')
    .split('\r\n');
  const first = lines.findIndex((l) => l.startsWith('HiS10\tFöreläsning'));
  const cells = lines[first].split('\t');
  cells[cells.length - 1] = comment;
  lines[first] = cells.join('\t');
  return lines.join('\r\n');
}

function planWithRows(n: number): string {
  const rows = Array.from({ length: n }, (_, i) =>
    ['HiS6', `Aktivitet ${i}`, 'Alla', 'Enhet', '2017-03-01', '10', '', '', '', ''].join('\t'),
  );
  return `${planWithComment('')}\r\n${rows.join('\r\n')}`;
}

function answerOf(r: ReturnType<typeof readPaste>): string {
  return r.ok ? `read (${r.plan.activities.length} rows)` : `refused: ${r.problems[0].code}`;
}

function time(label: string, run: () => ReturnType<typeof readPaste>): HostileResult {
  const t = performance.now();
  const r = run();
  return { label, ms: performance.now() - t, answer: answerOf(r) };
}

export function benchHostile(): HostileResult[] {
  const docx = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  const huge = 'HiS6\tAPT\tAlla\r\n'.repeat(Math.ceil((20 * 1024 * 1024) / 15));
  return [
    time('a 100,000-character comment (text)', () =>
      readPaste({ text: planWithComment('x'.repeat(100_000)) }),
    ),
    time('a 10,000-row paste (text)', () => readPaste({ text: planWithRows(10_000) })),
    time('a 20 MB paste', () => readPaste({ text: huge })),
    time('a zip bomb (.docx)', () => readDocx(docx('plans/bad/zipbomb.docx'), 'zipbomb.docx')),
    time('one 200 MB entry, 200 kB packed (.docx)', () =>
      readDocx(docx('hostile/bomb-200mb.docx'), 'bomb-200mb.docx'),
    ),
  ];
}
