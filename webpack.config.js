// webpack for the add-in's pages. Two production targets, one development server:
//   addin (default) – what Excel loads, for `npm run build` → dist/:
//                      taskpane  – src/taskpane/index.tsx + taskpane.html (office.js from Microsoft's CDN)
//                      commands  – src/commands/commands.ts + commands.html (the ribbon's FunctionFile)
//                      support   – src/support/support.html (the manifest's SupportUrl; static)
//                      the icons (assets/icon-*.png) and manifest.xml rewritten to ADDIN_BASE_URL.
//                      No source maps, no workbench, no emulator.
//   workbench        – `npm run build:workbench` → dist-workbench/: src/workbench/index.tsx +
//                      workbench.html, the real task pane against the Excel emulator with the REAL
//                      Excel client served from its own origin (officejs/), and assets/template.xlsx.
// Development (`npm start`): both targets' pages from one server, https://localhost:3000 with the
// certificate of scripts/dev-cert.mjs, with source maps.
'use strict';
const path = require('node:path');
const { DOMParser, XMLSerializer } = require('@xmldom/xmldom');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The development server's base URL on a port (https://localhost:3000/ unless that port was busy). */
function devBaseUrl(port) {
  return `https://localhost:${port}/`;
}

/** The base URL the add-in is deployed at: https, ends with '/'. Throws a Swedish + English message otherwise. */
function deploymentBaseUrl(raw) {
  const value = (raw ?? '').trim();
  if (!value) {
    throw new Error(
      'ADDIN_BASE_URL saknas: ange adressen där dist/ ska ligga, t.ex. ADDIN_BASE_URL=https://addins.region.example/spridningslogg/ npm run build\n' +
        'ADDIN_BASE_URL is missing: give the URL dist/ will be served from, e.g. ADDIN_BASE_URL=https://addins.region.example/spridningslogg/ npm run build',
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL är ingen giltig adress: "${value}"\nADDIN_BASE_URL is not a valid URL: "${value}"`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_BASE_URL måste börja med https:// (Office laddar bara tillägg över https): "${value}"\n` +
        `ADDIN_BASE_URL must start with https:// (Office only loads add-ins over https): "${value}"`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(
      `ADDIN_BASE_URL får inte ha ? eller #: "${value}"\nADDIN_BASE_URL must not have a query or fragment: "${value}"`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest for a deployment: every attribute value that starts with the development base URL
 * is rewritten to `baseUrl`; comments (development notes) are dropped. Parsed and serialised with
 * @xmldom/xmldom, so only URLs change.
 */
function manifestFor(xml, baseUrl) {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`manifest.xml: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const visit = (node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8 /* comment */) {
        node.removeChild(child);
        continue;
      }
      if (child.nodeType === 1) {
        for (const attr of Array.from(child.attributes)) {
          if (attr.value.startsWith(DEV_BASE_URL)) {
            child.setAttribute(attr.name, baseUrl + attr.value.slice(DEV_BASE_URL.length));
          }
        }
        visit(child);
      }
    }
  };
  visit(doc);
  return new XMLSerializer().serializeToString(doc);
}

/** Adds the real Excel client (officejs/…) to workbench.html before the workbench bundle. */
class WorkbenchOfficeClient {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('WorkbenchOfficeClient', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        'WorkbenchOfficeClient',
        (data) => {
          if (data.outputName !== 'workbench.html') return data;
          const tag = HtmlWebpackPlugin.createHtmlTagObject('script', { src: `officejs/${this.file}` });
          data.headTags = [tag, ...data.headTags];
          return data;
        },
      );
    });
  }
}

/** The targets of a production build: what each holds and where it goes by default. */
const TARGETS = {
  addin: {
    outDir: 'dist',
    entries: ['taskpane', 'commands'],
    pages: ['taskpane', 'commands', 'support'],
    assets: ['icon-*.png'],
    officeClient: false,
    manifest: true,
    minimize: true,
  },
  workbench: {
    outDir: 'dist-workbench',
    entries: ['workbench'],
    pages: ['workbench'],
    assets: ['template.xlsx'],
    officeClient: true,
    manifest: false,
    // A tool to try and debug the add-in, not what coordinators load: readable code in the
    // browser's developer tools, and a build in a quarter of the time (17 s of CPU, not 64 s).
    minimize: false,
  },
};

/** Development serves both targets' pages from one server. */
const DEVELOPMENT = {
  entries: ['taskpane', 'commands', 'workbench'],
  pages: ['taskpane', 'commands', 'support', 'workbench'],
  assets: ['**/*'],
  officeClient: true,
  manifest: true,
};

const ENTRIES = {
  taskpane: './src/taskpane/index.tsx',
  commands: './src/commands/commands.ts',
  workbench: './src/workbench/index.tsx',
};

const PAGES = {
  taskpane: { template: 'src/taskpane/taskpane.html', chunks: ['taskpane'] },
  commands: { template: 'src/commands/commands.html', chunks: ['commands'] },
  support: { template: 'src/support/support.html', chunks: [] },
  workbench: { template: 'src/workbench/workbench.html', chunks: ['workbench'] },
};

/** The production target named by `--env target=…` (default addin); a Swedish + English message otherwise. */
function targetOf(name = 'addin') {
  const target = TARGETS[name];
  if (!target) {
    throw new Error(
      `Okänt byggmål "${name}": välj ${Object.keys(TARGETS).join(' eller ')}.\n` +
        `Unknown build target "${name}": choose ${Object.keys(TARGETS).join(' or ')}.`,
    );
  }
  return target;
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const target = production ? targetOf(env.target) : DEVELOPMENT;
  // `npm start` passes the port it found free (scripts/start.mjs); the manifest it serves follows.
  const devPort = Number(env.port) || DEV_PORT;
  const baseUrl = production
    ? target.manifest
      ? deploymentBaseUrl(process.env.ADDIN_BASE_URL)
      : DEV_BASE_URL
    : devBaseUrl(devPort);
  const officeClient = production ? 'excel-web-16.00.js' : 'excel-web-16.00.debug.js';
  const outputPath = env.outDir
    ? path.resolve(env.outDir)
    : path.join(ROOT, production ? target.outDir : 'dist');

  const page = (name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(ROOT, PAGES[name].template),
      chunks: PAGES[name].chunks,
      inject: PAGES[name].chunks.length > 0 ? 'head' : false,
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  const copies = [
    ...target.assets.map((pattern) => ({
      from: pattern,
      context: 'assets',
      to: 'assets',
      globOptions: { ignore: ['**/.*'] },
    })),
  ];
  if (target.officeClient) {
    copies.push({
      from: path.join('node_modules', '@microsoft', 'office-js', 'dist', officeClient),
      to: 'officejs',
      info: { minimized: true }, // Microsoft's file as shipped, not re-minified
    });
  }
  if (target.manifest) {
    copies.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) =>
        baseUrl === DEV_BASE_URL ? content : manifestFor(content.toString('utf8'), baseUrl),
    });
  }

  const config = {
    mode: production ? 'production' : 'development',
    context: ROOT,
    // ES2017 syntax for webpack's runtime and our code: the oldest web views Office still uses.
    target: ['web', 'es2017'],
    // Source maps in development only (no eval(): the pages' Content-Security-Policy forbids it).
    devtool: production ? false : 'source-map',
    entry: Object.fromEntries(target.entries.map((name) => [name, ENTRIES[name]])),
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      // pptxgenjs (the status deck) loads Node's fs and https with import('node:…') only when it
      // runs in Node; in the pane that branch never runs, so there is nothing to bundle (the
      // plugin below strips the scheme webpack cannot read).
      fallback: { fs: false, https: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type-checking is `npm run typecheck`
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { noEmit: false, target: 'ES2017', sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      minimize: production && target.minimize,
      // Shared libraries (react, Fluent) in their own cacheable chunks; docx reading and other
      // heavy parts stay out of the task pane's first load through dynamic import().
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false }, // scripts/build.mjs measures and enforces the task pane budget
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.slice('node:'.length);
      }),
      ...target.pages.map(page),
      ...(target.officeClient ? [new WorkbenchOfficeClient(officeClient)] : []),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    stats: 'errors-warnings',
  };

  if (!production) {
    const { ensureDevCert } = await import('./scripts/dev-cert.mjs');
    const { key, cert } = ensureDevCert();
    config.devServer = {
      port: devPort,
      host: 'localhost',
      server: { type: 'https', options: { key, cert } },
      // Office loads the pages as documents and the icons as images: no cross-origin reads, so no
      // Access-Control-Allow-Origin header is needed.
      allowedHosts: ['localhost', '127.0.0.1'],
      static: false, // serve only what webpack builds, never the project folder
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      watchFiles: [],
    };
    config.watchOptions = {
      ignored: [
        '**/node_modules/**',
        '**/dist/**',
        '**/dist-workbench/**',
        '**/coverage/**',
        '**/test-results/**',
        '**/.certs/**',
        '**/*.log',
        '**/.git/**',
      ],
    };
  }
  return config;
};

module.exports.deploymentBaseUrl = deploymentBaseUrl;
module.exports.manifestFor = manifestFor;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.devBaseUrl = devBaseUrl;
module.exports.TARGETS = TARGETS;
