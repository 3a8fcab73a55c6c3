#!/usr/bin/env node
// `npx spridningslogg …` right after `npm ci`: runs the TypeScript sources directly through a
// transpile-only hook (no build step, no native transpiler).
'use strict';
require('../scripts/ts-register.cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('spridningslogg: ett oväntat fel stoppade körningen.\n');
    process.exitCode = 1;
  },
);
