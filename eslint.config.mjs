// ESLint flat config: typescript-eslint with type information (the project's tsconfig.json via the
// project service), React hooks rules for the pane, Prettier owning the formatting.
// `npm run lint` = eslint + prettier --check.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
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

/**
 * What src/core and src/messages must not touch: every global of the browser (DOM), of Node and of
 * Office.js that is not part of the language itself (lists from the `globals` package). The few
 * allowed are the same in Excel, the browser and Node. Imports are checked by dependency-cruiser
 * (.dependency-cruiser.cjs); a global needs no import, so it is checked here.
 */
const UNIVERSAL = new Set([
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'queueMicrotask',
  'console', // no-console already keeps it out
]);
const OFFICE = ['Office', 'Excel', 'OfficeExtension', 'OfficeCore', 'Word', 'PowerPoint', 'OneNote', 'Visio'];
const pureLayerGlobals = (layer) =>
  [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node), ...OFFICE])]
    .filter((name) => !(name in globals.builtin) && !UNIVERSAL.has(name))
    .map((name) => ({
      name,
      message: `Layer rule broken: ${layer} is pure TypeScript and runs in Excel, the browser and Node alike: no DOM, Node or Office global. Take what you need as a parameter from the excel, taskpane or cli layer.`,
    }));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-workbench/',
      'coverage/',
      'test-results/',
      '.certs/',
      'bench/results.json',
      'test/fixtures/',
    ],
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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...pureLayerGlobals('src/core')],
      // Office.js's types are global too (no import to catch): Excel.Range, Office.Context …
      'no-restricted-syntax': [
        'error',
        {
          selector: `TSQualifiedName[left.type='Identifier'][left.name=/^(${OFFICE.join('|')})$/]`,
          message:
            'Layer rule broken: src/core knows nothing of Office.js (no Excel.* or Office.* type). Describe the data in src/core/model.ts; src/excel converts.',
        },
      ],
    },
  },
  {
    files: ['src/messages/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...pureLayerGlobals('src/messages')] },
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
