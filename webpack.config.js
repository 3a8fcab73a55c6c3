// webpack for the add-in's pages. Entries:
//   taskpane  – src/taskpane/index.tsx + src/taskpane/taskpane.html (office.js from Microsoft's CDN)
//   commands  – src/commands/commands.ts + commands.html (the ribbon's FunctionFile)
//   workbench – src/workbench/index.tsx + workbench.html: the real task pane against the Excel
//               emulator, with the REAL Excel client served from our own origin (officejs/)
//   support   – src/support/support.html (the manifest's SupportUrl; static)
// Development (`npm start`): https://localhost:3000 with the certificate of scripts/dev-cert.mjs.
// Production (`npm run build`): dist/ with dist/manifest.xml rewritten to ADDIN_BASE_URL.
'use strict';
const path = require('node:path');
const { DOMParser, XMLSerializer } = require('@xmldom/xmldom');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

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

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? deploymentBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  const officeClient = production ? 'excel-web-16.00.js' : 'excel-web-16.00.debug.js';
  const outputPath = env.outDir ? path.resolve(env.outDir) : path.join(ROOT, 'dist');

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(ROOT, template),
      chunks,
      inject: chunks.length > 0 ? 'head' : false,
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  const config = {
    mode: production ? 'production' : 'development',
    context: ROOT,
    // ES2017 syntax for webpack's runtime and our code: the oldest web views Office still uses.
    target: ['web', 'es2017'],
    devtool: 'source-map', // no eval(): the pages' Content-Security-Policy forbids it
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      workbench: './src/workbench/index.tsx',
    },
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
              compilerOptions: { noEmit: false, target: 'ES2017', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Shared libraries (react, Fluent) in their own cacheable chunks; docx reading, exceljs and
      // other heavy parts stay out of the task pane's first load through dynamic import().
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false }, // scripts/build.mjs measures and enforces the task pane budget
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.slice('node:'.length);
      }),
      page('taskpane', 'src/taskpane/taskpane.html', ['taskpane']),
      page('commands', 'src/commands/commands.html', ['commands']),
      page('workbench', 'src/workbench/workbench.html', ['workbench']),
      page('support', 'src/support/support.html', []),
      new WorkbenchOfficeClient(officeClient),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          {
            from: path.join('node_modules', '@microsoft', 'office-js', 'dist', officeClient),
            to: 'officejs',
            info: { minimized: true }, // Microsoft's file as shipped, not re-minified
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? manifestFor(content.toString('utf8'), baseUrl) : content),
          },
        ],
      }),
    ],
    stats: 'errors-warnings',
  };

  if (!production) {
    const { ensureDevCert } = await import('./scripts/dev-cert.mjs');
    const { key, cert } = ensureDevCert();
    config.devServer = {
      port: DEV_PORT,
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
