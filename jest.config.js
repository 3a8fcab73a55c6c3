// One jest run, four projects. `npm test` runs them all; CI runs the same command.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};
const common = { transform, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/test/core/**/*.test.ts',
        '<rootDir>/test/cli/**/*.test.ts',
        '<rootDir>/test/scripts/**/*.test.ts',
        '<rootDir>/test/fidelity/**/*.test.ts',
      ],
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
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/long-timeout.ts'],
    },
  ],
};
