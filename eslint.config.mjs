// ESLint flat config: typescript-eslint with type information (the project's tsconfig.json via the
// project service), React hooks rules for the pane, Prettier owning the formatting.
// `npm run lint` = eslint + prettier --check.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Node's globals for the plain-JavaScript build scripts and configs (no `globals` package here). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'structuredClone',
    'TextEncoder',
    'TextDecoder',
  ]
    .map((name) => [name, 'readonly'])
    .concat(['require', 'module', 'exports', '__dirname', '__filename'].map((name) => [name, 'readonly'])),
);

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'test-results/', '.certs/', 'bench/results.json', 'test/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Plain JavaScript (build scripts, configs, the CLI launcher): no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
    rules: {
      'no-console': 'off', // scripts talk to the developer on the console
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Command-line tools and scripts print their results.
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests: jest's matchers pass methods around and assert on values the test has just checked.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  prettier,
);
