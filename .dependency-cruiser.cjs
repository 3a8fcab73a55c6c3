// The layers of src/, checked on every import by dependency-cruiser (`npm run lint:layers`, part of
// `npm run lint`). Why dependency-cruiser and not eslint-plugin-boundaries: one well-kept tool, pure
// JavaScript (no native resolver binaries, which the lock file here cannot hold), that sees
// `import type` apart from value imports, knows Node's built-ins and package.json, and finds
// cycles between FOLDERS (scope: 'folder'), which no ESLint import rule does. What an import
// cannot show (a DOM, Node or Office global used in src/core) is ESLint's `no-restricted-globals`
// in eslint.config.mjs. dependency-cruiser 17 (not 18, which wants Node 22) runs on our Node 20.
//
//   ui (taskpane, commands) → excel → core          workbench, cli: anything below them
//   messages → core (types)                          host: core, messages (the emulator)
//   ui, cli → documents → core, messages             (files made for people outside Excel)
//
// Every rule's `comment` is what `npm run lint` prints when it is broken: the layer rule, then
// what to do instead.
'use strict';

/** The packages src/core may use: pure libraries that run the same in Excel, the browser and Node. */
const CORE_PACKAGES = ['@xmldom/xmldom', 'fastest-levenshtein', 'fflate', 'zod'];
const NPM = ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ── src/core: pure TypeScript ──────────────────────────────────────────────────────────────
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment:
        'Layer rule broken: src/core imports nothing from excel, taskpane, commands, host, workbench, cli or messages. ' +
        'Return a Message ({ code, params }) or data instead and let the outer layer act on it.',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'core-imports-no-node-builtins',
      severity: 'error',
      comment:
        'Layer rule broken: src/core runs in Excel too, so it imports no Node built-in (node:fs, path, …). ' +
        'Pass the bytes or text in from the CLI, a script or a test.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-imports-only-pure-packages',
      severity: 'error',
      comment: `Layer rule broken: src/core may use only the pure libraries ${CORE_PACKAGES.join(', ')} (no React, Office, jsdom, exceljs …). Put the code in excel, taskpane, host or cli.`,
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: NPM,
        pathNot: `^node_modules/(${CORE_PACKAGES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})/`,
      },
    },
    {
      // Caught core/totals → core/flags → core/totals while the flags benchmark (which runs the
      // totals) lived in src/core/flags; it lives in scripts/bench/ now.
      name: 'no-cycle-between-core-folders',
      severity: 'error',
      comment:
        'Layer rule broken: the folders of src/core form a cycle (A imports B and B, directly or not, imports A). ' +
        'Move what both need into one of them or into a third folder both import.',
      scope: 'folder',
      from: { path: '^src/core/' },
      to: { path: '^src/core/', circular: true },
    },

    {
      // The folder rule above compares sibling folders; a cycle between src/core's own files
      // (model.ts, settings.ts …) and one of its folders is a module cycle, caught here. A cycle
      // with an `import type` in it is erased when compiled and is let be (model.ts names the
      // Message type of core/messages, whose sample params name model types).
      name: 'no-cycle-in-core',
      severity: 'error',
      comment:
        'Layer rule broken: modules of src/core import each other in a cycle. ' +
        'Move what both need into one of them or into a third module both import.',
      from: { path: '^src/core/' },
      to: { path: '^src/core/', circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },

    // ── src/messages: the sentence catalogues ─────────────────────────────────────────────────
    {
      name: 'messages-import-only-core-types',
      severity: 'error',
      comment:
        'Layer rule broken: src/messages imports only types from src/core (`import type`) and nothing from other layers. ' +
        'A sentence gets what it shows through the message params.',
      from: { path: '^src/messages/' },
      to: {
        path: '^src/(?!messages/)',
        pathNot: '^src/core/',
      },
    },
    {
      name: 'messages-import-core-as-types-only',
      severity: 'error',
      comment:
        'Layer rule broken: src/messages imports only types from src/core: write `import type { … }`. ' +
        'A sentence gets what it shows through the message params.',
      from: { path: '^src/messages/' },
      to: { path: '^src/core/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'messages-import-no-packages',
      severity: 'error',
      comment:
        'Layer rule broken: src/messages imports no package and no Node built-in: sentences are plain functions.',
      from: { path: '^src/messages/' },
      to: { dependencyTypes: [...NPM, 'core'] },
    },

    // ── src/excel: the only Office.js code ────────────────────────────────────────────────────
    {
      name: 'excel-imports-only-core-and-messages',
      severity: 'error',
      comment:
        'Layer rule broken: src/excel imports only src/core and src/messages (never taskpane, commands, host, workbench or cli). ' +
        'The UI calls excel, not the other way round; the emulator is reached only through Office.js.',
      from: { path: '^src/excel/' },
      to: { path: '^src/(taskpane|commands|host|workbench|cli)/' },
    },
    {
      name: 'excel-imports-no-node-builtins',
      severity: 'error',
      comment:
        'Layer rule broken: src/excel runs in Excel, so it imports no Node built-in (node:fs, path, …).',
      from: { path: '^src/excel/' },
      to: { dependencyTypes: ['core'] },
    },

    // ── src/documents: files the add-in makes for people outside Excel (.docx, .pptx) ─────────
    {
      name: 'documents-import-only-core-and-messages',
      severity: 'error',
      comment:
        'Layer rule broken: src/documents (the plans and decks the pane and the CLI make) imports only src/core and src/messages. ' +
        'It makes bytes from what core computed; the workbook is reached through src/excel by its callers.',
      from: { path: '^src/documents/' },
      to: { path: '^src/(excel|taskpane|commands|host|workbench|cli)/' },
    },
    {
      name: 'documents-import-no-node-builtins',
      severity: 'error',
      comment:
        'Layer rule broken: src/documents runs in the task pane too, so it imports no Node built-in; a file is written by its caller.',
      from: { path: '^src/documents/' },
      to: { dependencyTypes: ['core'] },
    },

    // ── src/taskpane, src/commands: the UI in Excel ───────────────────────────────────────────
    {
      name: 'taskpane-imports-excel-types-only',
      severity: 'error',
      comment:
        'Layer rule broken: src/taskpane imports only TYPES from src/excel (`import type { WorkbookGateway … }`); ' +
        'the pane gets its gateway from the composition root src/taskpane/index.tsx, the one file that may import src/excel.',
      from: { path: '^src/taskpane/', pathNot: '^src/taskpane/index\\.tsx$' },
      to: { path: '^src/excel/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'ui-imports-no-host-workbench-cli',
      severity: 'error',
      comment:
        'Layer rule broken: src/taskpane and src/commands (what runs in Excel) import nothing from host, workbench or cli. ' +
        'The workbench imports the pane, not the other way round.',
      from: { path: '^src/(taskpane|commands)/' },
      to: { path: '^src/(host|workbench|cli)/' },
    },
    {
      name: 'ui-imports-no-node-builtins',
      severity: 'error',
      comment:
        'Layer rule broken: src/taskpane and src/commands run in Excel, so they import no Node built-in.',
      from: { path: '^src/(taskpane|commands)/' },
      to: { dependencyTypes: ['core'] },
    },

    // ── src/host: the Excel emulator ──────────────────────────────────────────────────────────
    {
      name: 'host-imports-no-excel-ui-cli',
      severity: 'error',
      comment:
        'Layer rule broken: src/host (the emulator) imports nothing from excel, taskpane, commands, workbench or cli. ' +
        'It answers the real Office.js client; it must not know the add-in that talks to it.',
      from: { path: '^src/host/' },
      to: { path: '^src/(excel|taskpane|commands|workbench|cli)/' },
    },

    // ── src/workbench, src/cli: the two outer shells ──────────────────────────────────────────
    {
      name: 'workbench-imports-no-cli',
      severity: 'error',
      comment: 'Layer rule broken: src/workbench (a web page) imports nothing from src/cli (Node).',
      from: { path: '^src/workbench/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-imports-no-ui',
      severity: 'error',
      comment:
        'Layer rule broken: src/cli imports nothing from taskpane, commands or workbench (React pages).',
      from: { path: '^src/cli/' },
      to: { path: '^src/(taskpane|commands|workbench)/' },
    },

    // ── everywhere: packages ──────────────────────────────────────────────────────────────────
    {
      name: 'package-not-declared',
      severity: 'error',
      comment:
        'Every imported package must be declared in package.json: `npm install <package>` (shipped code) or ' +
        '`npm install --save-dev <package>` (tests, scripts). An undeclared package only works while another happens to pull it in.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'shipped-code-imports-no-dev-dependency',
      severity: 'error',
      comment:
        'src/ and bin/ are shipped (the add-in, the CLI): a package they import at run time belongs in "dependencies", ' +
        'not "devDependencies": `npm install <package>` moves it.',
      from: { path: '^(src|bin)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-resolvable',
      severity: 'error',
      comment: 'This import cannot be resolved: a typo in the path, or a package that is not installed.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-workbench|coverage|test-results)/' },
    // `import type` is kept as a dependency of its own kind, so the rules can tell it apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
