// Workbook files: reading a large coordinator's workbook (about 10 MB, 1.5 million cells, 50,000
// merged areas) into the emulator, and saving it after an import-like change (rows inserted and
// written in a log tab), each in a fresh process whose peak memory (max RSS) is measured.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bigWorkbook } from './bigWorkbook';

const ROOT = path.join(__dirname, '..', '..');

export interface FileBenchResult {
  megabytes: number;
  cells: number;
  merges: number;
  sharedStrings: number;
  read: { ms: number; cpuMs: number; maxRssMB: number };
  save: { readMs: number; ms: number; cpuMs: number; maxRssMB: number; megabytes: number };
}

function child(step: 'read' | 'save', file: string) {
  const r = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '-r',
      './scripts/ts-register.cjs',
      'scripts/bench/fileChild.ts',
      step,
      file,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`file bench ${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    read: { ms: number; cpuMs: number };
    save: { ms: number; cpuMs: number; bytes: number } | null;
    cells: number;
    maxRssMB: number;
  };
}

export function benchFiles(rowsPerSheet = 25_000, mergedAreas = 50_000): FileBenchResult {
  const book = bigWorkbook(rowsPerSheet, mergedAreas);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-bench-'));
  const file = path.join(dir, 'stor-logg.xlsx');
  fs.writeFileSync(file, book.bytes);
  try {
    const read = child('read', file);
    const save = child('save', file);
    return {
      megabytes: book.bytes.length / 1024 / 1024,
      cells: read.cells,
      merges: book.merges,
      sharedStrings: book.sharedStrings,
      read: { ms: read.read.ms, cpuMs: read.read.cpuMs, maxRssMB: read.maxRssMB },
      save: {
        readMs: save.read.ms,
        ms: save.save!.ms,
        cpuMs: save.save!.cpuMs,
        maxRssMB: save.maxRssMB,
        megabytes: save.save!.bytes / 1024 / 1024,
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
