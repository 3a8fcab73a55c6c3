// Lets plain Node run the project's TypeScript (scripts, the CLI, benchmarks) without a build
// step or a native transpiler: each .ts/.tsx file is transpiled with the TypeScript compiler's
// transpileModule (type-checking is `npm run typecheck`'s job) and loaded as CommonJS.
// Transpiled output is cached under node_modules/.cache, keyed by the source's hash, so a
// second run of the CLI starts quickly.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
};
const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'spridningslogg-ts');
const salt = `${ts.version}:${JSON.stringify(compilerOptions)}`;

function transpile(source, filename) {
  const key = crypto.createHash('sha256').update(salt).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, outputText);
    fs.renameSync(tmp, cached);
  } catch {
    // a read-only install still runs, only slower
  }
  return outputText;
}

function compile(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
}

require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;
