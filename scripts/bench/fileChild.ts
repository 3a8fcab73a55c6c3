// One file step in a process of its own (for scripts/bench/fileBench.ts), so its peak memory is
// its own: `read FILE` opens a workbook; `save FILE` opens it, inserts rows and writes cells in a
// log tab as an import does, and saves. Prints one JSON line.
import * as fs from 'node:fs';
import { readWorkbook } from '../../src/host/xlsx/readWorkbook';
import { saveWorkbook } from '../../src/host/xlsx/saveWorkbook';

const [step, file] = process.argv.slice(2);
const bytes = new Uint8Array(fs.readFileSync(file));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let t = performance.now();
let c = cpu();
const model = readWorkbook(bytes, { file });
const read = { ms: performance.now() - t, cpuMs: cpu() - c };
let cells = 0;
for (const s of model.sheets) s.forEachCell(() => void cells++);
let save: { ms: number; cpuMs: number; bytes: number } | null = null;
if (step === 'save') {
  const sheet = model.sheets[1];
  t = performance.now();
  c = cpu();
  sheet.applyShift({ vertical: true, at: 100, count: 10, band0: 0, band1: 16383 });
  for (let r = 100; r < 110; r++)
    for (let col = 0; col < 11; col++) sheet.ensure(r, col).value = `Ny rad ${r}`;
  const out = saveWorkbook(model);
  save = { ms: performance.now() - t, cpuMs: cpu() - c, bytes: out.bytes.length };
}
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ read, save, cells, maxRssMB })}\n`);
