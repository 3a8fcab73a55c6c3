// One jest run, four projects. `npm test` runs them all; CI runs the same command.
//   core   – the pure core (test/core): `npm run test:core`, the quick loop.
//   node   – the CLI as a process, the scripts (manifest validation, bench, lint rules …), the
//            fidelity harness and corpus (test/fidelity).
//   host   – the real Excel client against the emulator in jsdom: integration, pane, reliability.
//   build  – what builds: the production build's own checks, the browser tests, `npm start`'s
//            development server. The two production builds (add-in and workbench) are made once
//            per run, in the background from the start while the other projects' tests run, and
//            shared by its test files (test/setup/builds.ts); its files run last.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};
const common = { transform, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  // A test's own budget, not a speed target (those live in `npm run bench`): room for a shared,
  // loaded CI machine, where the default 5 s cut off whole-workbook tests that pass in 1–2 s.
  testTimeout: 30_000,
  // The build project's files last: its builds run in the background meanwhile (test/setup/builds.ts).
  testSequencer: '<rootDir>/test/setup/sequencer.cjs',
  projects: [
    {
      ...common,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/core/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/test/cli/**/*.test.ts',
        '<rootDir>/test/scripts/**/*.test.ts',
        '<rootDir>/test/fidelity/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/scripts/(build|start)\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'host',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/setup/officejs.ts'],
      testMatch: [
        '<rootDir>/test/host-conformance/**/*.test.ts',
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/taskpane/**/*.test.tsx',
        '<rootDir>/test/reliability/**/*.test.ts',
        '<rootDir>/test/file/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'build',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/test/scripts/build.test.ts',
        '<rootDir>/test/scripts/start.test.ts',
        '<rootDir>/test/browser/**/*.test.ts',
      ],
      globalSetup: '<rootDir>/test/setup/builds.ts',
      globalTeardown: '<rootDir>/test/setup/builds-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup/long-timeout.ts'],
    },
  ],
};
