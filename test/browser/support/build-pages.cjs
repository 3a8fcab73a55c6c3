// Builds the add-in's pages with the project's webpack.config.js (development mode) into the
// folder given as the first argument; the entries to build follow. Run as a child process by
// buildPages.ts, because the config uses a dynamic import() that jest's module sandbox refuses.
'use strict';
const path = require('node:path');
const webpack = require('webpack');

async function main() {
  const [outDir, ...entries] = process.argv.slice(2);
  const makeConfig = require(path.resolve(__dirname, '../../../webpack.config.js'));
  const config = await makeConfig({ outDir }, { mode: 'development' });
  if (entries.length > 0) config.entry = Object.fromEntries(entries.map((e) => [e, config.entry[e]]));
  delete config.devServer;
  config.devtool = false;
  config.infrastructureLogging = { level: 'error' };
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) {
    process.stderr.write(stats.toString({ all: false, errors: true }));
    process.exit(1);
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
