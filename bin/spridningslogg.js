#!/usr/bin/env node
// `npx spridningslogg …` right after `npm ci`: runs the TypeScript sources directly through a
// transpile-only hook (no build step, no native transpiler).
'use strict';

/**
 * The last resort, when the CLI itself failed (it did not load, or failed outside its own error
 * handling): the message catalogue may be what failed, so one plain line in both languages, with
 * the kind of error (its code) and never its text, which could hold data.
 */
function lastResort(error) {
  const code = error && typeof error.code === 'string' ? ` (${error.code})` : '';
  process.stderr.write(
    `spridningslogg: ett oväntat fel stoppade körningen${code}. / An unexpected error stopped the run${code}.\n`,
  );
  process.exitCode = 1;
}

let main;
try {
  require('../scripts/ts-register.cjs');
  ({ main } = require('../src/cli/main.ts'));
} catch (e) {
  lastResort(e);
}
if (main)
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, lastResort);
