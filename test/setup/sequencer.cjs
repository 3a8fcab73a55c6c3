// Jest's test order (jest.config.js `testSequencer`): its own (failed first, then slowest first),
// except that the `build` project's files come last. Its two production builds start in the
// background when the run starts (test/setup/builds.ts) and are made on the machine's second core
// while the other projects' tests run in the first; by the time the build tests run, they are
// (nearly) done.
'use strict';
const Sequencer = require('@jest/test-sequencer').default;

class BuildsLast extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const isBuild = (test) => test.context.config.displayName?.name === 'build';
    return [...sorted.filter((t) => !isBuild(t)), ...sorted.filter(isBuild)];
  }
}

module.exports = BuildsLast;
