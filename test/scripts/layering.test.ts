// The layer rules of `npm run lint` catch what they are meant to: the project's own
// .dependency-cruiser.cjs run on a small tree of bad (and good) imports in a temporary folder, and
// the project's own eslint.config.mjs on source text placed in src/core. Both run as processes,
// as `npm run lint` runs them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** One tree of source files (path → text) with every kind of import the rules judge, bad and good. */
const TREE: Record<string, string> = {
  // src/core: a pure package is fine; a Node built-in, React or an outer layer is not.
  'src/core/model.ts': "export interface Message { code: string }\nexport const code = 'x';\n",
  'src/core/values/ok.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
  'src/core/values/fs.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'src/core/values/react.ts': "import { useState } from 'react';\nexport const u = useState;\n",
  'src/core/values/excel.ts': "import { make } from '../../excel/gateway';\nexport const x = make;\n",
  // flags/a → totals/b → flags/c: no module imports itself, but the folders flags ⇄ totals do.
  'src/core/flags/a.ts': "import { b } from '../totals/b';\nexport const a = b;\n",
  'src/core/totals/b.ts': "import { c } from '../flags/c';\nexport const b = c;\n",
  'src/core/flags/c.ts': 'export const c = 1;\n',
  'src/core/values/d.ts': "import { c } from '../flags/c';\nexport const d = c;\n",
  // model.ts ⇄ messages/m.ts through `import type` only: erased when compiled, not a cycle to report.
  'src/core/messages/m.ts': "import type { Message } from '../model';\nexport type M = Message;\n",
  'src/core/root.ts': "import type { M } from './messages/m';\nexport type R = M;\n",
  'src/core/messages/n.ts': "import type { R } from '../root';\nexport type N = R;\n",
  // settings.ts (in src/core itself) ⇄ values/e.ts: a module cycle.
  'src/core/settings.ts': "import { e } from './values/e';\nexport const s = e;\n",
  'src/core/values/e.ts':
    "import { code } from '../model';\nexport const e = code;\nexport const t = () => import('../settings');\n",
  // src/excel
  'src/excel/gateway.ts': 'export interface Gateway { open(): void }\nexport const make = () => 1;\n',
  'src/excel/ui.ts': "import { p } from '../taskpane/p';\nexport const a = p;\n",
  'src/excel/fs.ts': "import * as path from 'node:path';\nexport const j = path.join;\n",
  // src/taskpane: excel types only, except the composition root
  'src/taskpane/p.ts': 'export const p = 1;\n',
  'src/taskpane/types.ts': "import type { Gateway } from '../excel/gateway';\nexport type G = Gateway;\n",
  'src/taskpane/inline.ts': "import { type Gateway } from '../excel/gateway';\nexport type H = Gateway;\n",
  'src/taskpane/value.ts': "import { make } from '../excel/gateway';\nexport const m = make;\n",
  'src/taskpane/index.tsx': "import { make } from '../excel/gateway';\nexport const root = make;\n",
  'src/taskpane/host.ts': "import { h } from '../host/h';\nexport const x = h;\n",
  'src/taskpane/icon.tsx':
    "import { AddRegular } from '@fluentui/react-icons';\nexport const I = AddRegular;\n",
  'src/taskpane/react.tsx': "import { useState } from 'react';\nexport const u = useState;\n",
  // src/host, src/messages, src/cli, src/workbench
  'src/host/h.ts': "import { a } from '../excel/ui';\nexport const h = a;\n",
  'src/messages/sv/types.ts': "import type { Message } from '../../core/model';\nexport type M = Message;\n",
  'src/messages/sv/value.ts': "import { code } from '../../core/model';\nexport const c = code;\n",
  'src/messages/sv/excel.ts': "import { make } from '../../excel/gateway';\nexport const e = make;\n",
  'src/cli/main.ts':
    "import { p } from '../taskpane/p';\nimport { h } from '../host/h';\nexport const m = p + h;\n",
  'src/workbench/w.ts': "import { m } from '../cli/main';\nexport const w = m;\n",
};

let found: string[] = [];
let report = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'layering-'));
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // package.json declares react and zod, not @fluentui/react-icons.
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'fixture', dependencies: { react: '*', zod: '*' } }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { jsx: 'react-jsx', moduleResolution: 'bundler', module: 'preserve' },
      }),
    );
    // The project's rules as they are; only node_modules (a symbolic link here) is kept by its name.
    writeFileSync(
      join(dir, 'rules.cjs'),
      `module.exports = { extends: ${JSON.stringify(join(ROOT, '.dependency-cruiser.cjs'))}, options: { preserveSymlinks: true } };`,
    );
    for (const [file, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const run = (type: string) =>
      spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', 'rules.cjs', '--output-type', type], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 32 * 1024 * 1024,
      });
    const json = run('json');
    if (!json.stdout.trim().startsWith('{')) throw new Error(`depcruise failed:\n${json.stderr}`);
    const violations = (JSON.parse(json.stdout) as { summary: { violations: Violation[] } }).summary
      .violations;
    found = violations
      .map(
        (v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1')}`,
      )
      .sort();
    const text = run('err-long');
    report = `${text.stdout}${text.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

/** The violations found whose "from" is under `prefix`. */
const from = (prefix: string) => found.filter((f) => f.split(': ')[1].startsWith(prefix));

describe('dependency-cruiser (.dependency-cruiser.cjs)', () => {
  test('src/core: no Node built-in, no package but the pure ones, nothing from the outer layers', () => {
    expect(from('src/core/values')).toEqual([
      'core-imports-no-node-builtins: src/core/values/fs.ts → fs',
      'core-imports-only-core: src/core/values/excel.ts → src/excel/gateway.ts',
      'core-imports-only-pure-packages: src/core/values/react.ts → react',
    ]);
  });

  test('a cycle between two folders of src/core is caught though no module cycle exists', () => {
    expect(found.filter((f) => f.startsWith('no-cycle-between'))).toEqual([
      'no-cycle-between-core-folders: src/core/flags → src/core/totals',
      'no-cycle-between-core-folders: src/core/totals → src/core/flags',
    ]);
  });

  test('a module cycle in src/core is caught too (here src/core/settings.ts ⇄ src/core/values/e.ts), one through import type is not', () => {
    expect(found.filter((f) => f.startsWith('no-cycle-in-core'))).toEqual([
      'no-cycle-in-core: src/core/settings.ts → src/core/values/e.ts',
    ]);
  });

  test('src/taskpane imports excel types only, except its composition root index.tsx', () => {
    expect(from('src/taskpane')).toEqual([
      'package-not-declared: src/taskpane/icon.tsx → @fluentui/react-icons',
      'taskpane-imports-excel-types-only: src/taskpane/value.ts → src/excel/gateway.ts',
      'ui-imports-no-host-workbench-cli: src/taskpane/host.ts → src/host/h.ts',
    ]);
  });

  test('excel, host, messages, cli and workbench keep to their layers', () => {
    expect(found.filter((f) => /: src\/(excel|host|messages|cli|workbench)\//.test(f))).toEqual([
      'cli-imports-no-ui: src/cli/main.ts → src/taskpane/p.ts',
      'excel-imports-no-node-builtins: src/excel/fs.ts → path',
      'excel-imports-only-core-and-messages: src/excel/ui.ts → src/taskpane/p.ts',
      'host-imports-no-excel-ui-cli: src/host/h.ts → src/excel/ui.ts',
      'messages-import-core-as-types-only: src/messages/sv/value.ts → src/core/model.ts',
      'messages-import-only-core-types: src/messages/sv/excel.ts → src/excel/gateway.ts',
      'workbench-imports-no-cli: src/workbench/w.ts → src/cli/main.ts',
    ]);
  });

  test('the report names the layer rule that was broken and what to do', () => {
    expect(report).toContain('core-imports-no-node-builtins: src/core/values/fs.ts');
    expect(report).toContain('Layer rule broken: src/core runs in Excel too');
    expect(report).toContain('package-not-declared: src/taskpane/icon.tsx');
    expect(report).toContain('Every imported package must be declared in package.json');
  });
});

describe('ESLint (eslint.config.mjs): globals in src/core', () => {
  const CODE = [
    'export const a = (): string => window.location.href;',
    'export const b = (): string => process.cwd();',
    'export const c = (r: Excel.Range): string => r.address;',
    "export const d = (): unknown => structuredClone({ ok: new Intl.Collator('sv') });",
    '',
  ].join('\n');
  let results: Record<string, { rule: string; message: string }[]> = {};

  beforeAll(() => {
    // The same text linted as a file of src/core and of src/taskpane, with the project's config.
    // The files are not on disk, so the type-aware parser settings are turned off for them; the
    // project's own rules for the path still apply.
    const files = ['src/core/values/fixture.ts', 'src/taskpane/fixture.ts'];
    const script = `
      import { ESLint } from 'eslint';
      import tseslint from 'typescript-eslint';
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)}, overrideConfig: [tseslint.configs.disableTypeChecked] });
      const out = {};
      for (const file of ${JSON.stringify(files)}) {
        const [result] = await eslint.lintText(${JSON.stringify(CODE)}, { filePath: ${JSON.stringify(ROOT)} + '/' + file });
        out[file] = result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
    results = JSON.parse(run.stdout) as typeof results;
  }, 120_000);

  test('a DOM, Node or Office global in src/core is an error that names the layer rule', () => {
    const messages = results['src/core/values/fixture.ts'];
    expect(messages.map((m) => m.rule)).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-syntax',
    ]);
    expect(messages[0].message).toContain("'window'");
    expect(messages[0].message).toContain('Layer rule broken: src/core');
    expect(messages[1].message).toContain("'process'");
    expect(messages[2].message).toContain('no Excel.* or Office.* type');
  });

  test('the same code outside src/core and src/messages is not a layer error', () => {
    expect(results['src/taskpane/fixture.ts']).toEqual([]);
  });
});
