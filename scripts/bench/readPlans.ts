// Benchmark helper (Node only: reads the committed fixtures from disk and uses jsdom's
// DOMParser, as the CLI does). `npm run bench` calls benchReadPlans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readDocx, readPaste } from '../../src/core/plan/read';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'plans');

interface Input {
  kind: 'docx' | 'html' | 'text';
  name: string;
  data: Uint8Array | string;
}

function loadInputs(): Input[] {
  const samples = JSON.parse(readFileSync(join(FIXTURES, 'samples.json'), 'utf8')) as {
    id: string;
    file: string;
  }[];
  const inputs: Input[] = [];
  for (const s of samples) {
    inputs.push({ kind: 'docx', name: s.file, data: new Uint8Array(readFileSync(join(FIXTURES, s.file))) });
    inputs.push({
      kind: 'html',
      name: `${s.id}.html`,
      data: readFileSync(join(FIXTURES, `${s.id}.html`), 'utf8'),
    });
    inputs.push({
      kind: 'text',
      name: `${s.id}.txt`,
      data: readFileSync(join(FIXTURES, `${s.id}.txt`), 'utf8'),
    });
  }
  return inputs;
}

/** Reads n plans, cycling through every fixture as .docx, clipboard HTML and clipboard text. */
export function benchReadPlans(n: number): { msPerPlan: number; peakHeapMB: number } {
  const inputs = loadInputs();
  const domParser = new new JSDOM().window.DOMParser();
  let peak = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const input = inputs[i % inputs.length];
    const result =
      input.kind === 'docx'
        ? readDocx(input.data as Uint8Array, input.name)
        : readPaste(input.kind === 'html' ? { html: input.data as string } : { text: input.data as string }, {
            domParser,
            name: input.name,
          });
    if (!result.ok) throw new Error(`fixture ${input.name} did not read as a plan`);
    if (i % 10 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const elapsed = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { msPerPlan: n > 0 ? elapsed / n : 0, peakHeapMB: Math.round((peak / (1024 * 1024)) * 10) / 10 };
}
