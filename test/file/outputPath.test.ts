// The CLI's output path: --out is never the input by any spelling, an existing file is replaced
// only with --force, and a write goes through a temporary file so nothing is half written.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageError } from '../../src/core/messages';
import { checkOutput, writeOutput } from '../../src/cli/outputPath';

let dir: string;
let cwd: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-out-')));
  fs.writeFileSync(path.join(dir, 'w.xlsx'), 'original');
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof MessageError) return e.msg.code;
    throw e;
  }
  return 'ok';
}

describe('checkOutput', () => {
  it.each([
    ['the same name', 'w.xlsx'],
    ['./ in front', './w.xlsx'],
    ['a detour through ..', '../' + 'DIR' + '/w.xlsx'],
  ])('refuses --out naming the input by %s', (_label, out) => {
    const spelled = out.replace('DIR', path.basename(dir));
    expect(code(() => checkOutput('w.xlsx', spelled, true))).toBe('file-out-is-input');
  });

  it('refuses the input by its absolute path, even with --force', () => {
    expect(code(() => checkOutput('w.xlsx', path.join(dir, 'w.xlsx'), true))).toBe('file-out-is-input');
    expect(code(() => checkOutput(path.join(dir, 'w.xlsx'), 'w.xlsx', true))).toBe('file-out-is-input');
  });

  it('refuses the input through a symlinked folder', () => {
    fs.symlinkSync(dir, path.join(dir, 'via'));
    expect(code(() => checkOutput('w.xlsx', 'via/w.xlsx', true))).toBe('file-out-is-input');
  });

  it('refuses a symlink or a hard link to the input (same file identity)', () => {
    fs.symlinkSync(path.join(dir, 'w.xlsx'), path.join(dir, 'link.xlsx'));
    fs.linkSync(path.join(dir, 'w.xlsx'), path.join(dir, 'hard.xlsx'));
    expect(code(() => checkOutput('w.xlsx', 'link.xlsx', true))).toBe('file-out-is-input');
    expect(code(() => checkOutput('w.xlsx', 'hard.xlsx', true))).toBe('file-out-is-input');
  });

  it('refuses an existing --out without --force and accepts it with --force', () => {
    fs.writeFileSync(path.join(dir, 'ut.xlsx'), 'older');
    expect(code(() => checkOutput('w.xlsx', 'ut.xlsx', false))).toBe('file-out-exists');
    expect(code(() => checkOutput('w.xlsx', 'ut.xlsx', true))).toBe('ok');
  });

  it('refuses a folder and a missing folder', () => {
    fs.mkdirSync(path.join(dir, 'mapp'));
    expect(code(() => checkOutput('w.xlsx', 'mapp', true))).toBe('file-out-is-folder');
    expect(code(() => checkOutput('w.xlsx', 'saknas/ut.xlsx', false))).toBe('file-out-folder-missing');
  });

  it('accepts a new file next to the input', () => {
    expect(checkOutput('w.xlsx', './ut.xlsx', false)).toEqual({
      out: './ut.xlsx',
      folder: dir,
      file: 'ut.xlsx',
    });
  });
});

describe('writeOutput', () => {
  const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('writes the bytes and leaves no temporary file', () => {
    writeOutput('w.xlsx', 'ut.xlsx', new Uint8Array([1, 2, 3]), false);
    expect([...fs.readFileSync(path.join(dir, 'ut.xlsx'))]).toEqual([1, 2, 3]);
    expect(leftovers()).toEqual([]);
  });

  it('replaces an existing file only with --force', () => {
    fs.writeFileSync(path.join(dir, 'ut.xlsx'), 'older');
    expect(code(() => writeOutput('w.xlsx', 'ut.xlsx', new Uint8Array([9]), false))).toBe('file-out-exists');
    expect(fs.readFileSync(path.join(dir, 'ut.xlsx'), 'utf8')).toBe('older');
    writeOutput('w.xlsx', 'ut.xlsx', new Uint8Array([9]), true);
    expect([...fs.readFileSync(path.join(dir, 'ut.xlsx'))]).toEqual([9]);
  });

  it('a write that fails leaves neither the target nor a temporary file, and says so', () => {
    const out = `${'x'.repeat(240)}.xlsx`; // the temporary name is over the file system's limit
    expect(code(() => writeOutput('w.xlsx', out, new Uint8Array([1]), false))).toBe('file-out-write-failed');
    expect(fs.existsSync(path.join(dir, out))).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'w.xlsx'), 'utf8')).toBe('original');
  });

  it('never writes over the input, even with --force', () => {
    expect(code(() => writeOutput('w.xlsx', './w.xlsx', new Uint8Array([1]), true))).toBe(
      'file-out-is-input',
    );
    expect(fs.readFileSync(path.join(dir, 'w.xlsx'), 'utf8')).toBe('original');
  });
});
