// Lets plain Node run the project's TypeScript (scripts, the CLI, benchmarks) without a build
// step or a native transpiler: each .ts/.tsx file is transpiled with the TypeScript compiler's
// transpileModule (type-checking is `npm run typecheck`'s job) and loaded as CommonJS.
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
}

require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;
