// The benchmark's file leg measures what it claims: a fresh process reads every cell of the
// generated workbook, and the save after an import-like change writes a workbook that reads back.
import { benchFiles } from '../../scripts/bench/fileBench';
import { bigWorkbook } from '../../scripts/bench/bigWorkbook';

describe('bench file leg', () => {
  it('reads every cell of the generated workbook and saves it after rows are inserted', () => {
    const small = bigWorkbook(200, 100);
    const r = benchFiles(200, 100);
    expect(r.cells).toBe(small.cells);
    expect(r.merges).toBe(100);
    expect(r.read.maxRssMB).toBeGreaterThan(0);
    expect(r.save.megabytes).toBeGreaterThan(0);
    expect(r.save.ms).toBeGreaterThan(0);
  }, 120_000);

  it('the default workbook is about 10 MB with 50,000 merged areas', () => {
    const book = bigWorkbook();
    expect(book.merges).toBe(50_000);
    expect(book.bytes.length / 1024 / 1024).toBeGreaterThan(8);
  }, 120_000);
});
