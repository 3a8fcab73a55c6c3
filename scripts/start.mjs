// `npm start`: the development server on https://localhost:3000 (the task pane, the ribbon's
// function file, the workbench) with a local certificate, then how to load the add-in into Excel.
// When port 3000 is taken (an earlier `npm start`, another project), it says so and uses the next
// free port, with a manifest written for that port. `npm start -- --port 3005` asks for another
// port first. Stop with Ctrl+C.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { ensureDevCert } from './dev-cert.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const HOST = 'localhost';
/** How many ports from the preferred one are tried. */
export const PORTS_TRIED = 20;

/** Whether `port` on `host` can be listened on now: probed with a server that closes at once. */
export function portIsFree(port, host = HOST) {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (err) =>
      err.code === 'EADDRINUSE' || err.code === 'EACCES' ? done(false) : fail(err),
    );
    probe.once('listening', () => probe.close(() => done(true)));
    probe.listen(port, host);
  });
}

/** The first free port from `preferred` on (at most PORTS_TRIED tried); null when all are taken. */
export async function firstFreePort(preferred, host = HOST) {
  for (let port = preferred; port < preferred + PORTS_TRIED && port <= 65535; port++) {
    if (await portIsFree(port, host)) return port;
  }
  return null;
}

/** What `npm start` says when the preferred port is taken: Swedish, then English. */
export function busyPortMessage(preferred, port) {
  if (port === null) {
    const last = preferred + PORTS_TRIED - 1;
    return (
      `Portarna ${preferred}–${last} används alla: stoppa något av programmen som lyssnar där (kanske en tidigare npm start) eller välj en annan port: npm start -- --port 4000\n` +
      `Ports ${preferred}–${last} are all in use: stop one of the programs listening there (perhaps an earlier npm start) or choose another port: npm start -- --port 4000`
    );
  }
  return (
    `Port ${preferred} används redan (kanske av en tidigare npm start). Utvecklingsservern startar på port ${port} i stället.\n` +
    `Port ${preferred} is already in use (perhaps by an earlier npm start). The development server starts on port ${port} instead.`
  );
}

/** The port asked for with --port (default 3000); a Swedish + English error for a bad value. */
export function preferredPort(args, fallback) {
  const i = args.indexOf('--port');
  if (i < 0) return fallback;
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `--port vill ha ett portnummer 1–65535, inte "${args[i + 1] ?? ''}".\n` +
        `--port wants a port number 1–65535, not "${args[i + 1] ?? ''}".`,
    );
  }
  return port;
}

export function sideloadInstructions(manifestPath, certSource, certFile, base = 'https://localhost:3000') {
  const wef = '~/Library/Containers/com.microsoft.Excel/Data/Documents/wef';
  return `
Spridningslogg körs på ${base}/   (stoppa med Ctrl+C)

Prova utan Excel (arbetsbänken: åtgärdsfönstret mot en inbyggd Excel-emulator):
  ${base}/workbench.html

Läsa in tillägget i Excel (manifestet: ${manifestPath}):
  Excel på webben:   Infoga → Tillägg → Mina tillägg → Ladda upp mitt tillägg → välj manifest.xml.
  Excel för Windows: dela en mapp i nätverket (t.ex. \\\\DATORNAMN\\Tillagg) och lägg manifest.xml där.
                     Arkiv → Alternativ → Säkerhetscenter → Inställningar för Säkerhetscenter →
                     Betrodda tilläggskataloger: lägg till mappens nätverkssökväg, kryssa i
                     "Visa på menyn", starta om Excel. Sedan Infoga → Mina tillägg → DELAD MAPP.
  Excel för Mac:     kopiera manifest.xml till ${wef}
                     (skapa mappen om den saknas), starta om Excel, Infoga → Mina tillägg.
  Excel måste köras på den här datorn (localhost) och lita på certifikatet (${certSource}):
    ${certFile}
  Öppna ${base}/taskpane.html en gång i webbläsaren och godkänn det, eller använd
  Office-verktygets certifikat: npx office-addin-dev-certs install (Windows/Mac).

Spread log runs at ${base}/   (stop with Ctrl+C)

Try it without Excel (the workbench: the task pane against a built-in Excel emulator):
  ${base}/workbench.html

Load the add-in into Excel (the manifest: ${manifestPath}):
  Excel on the web:  Insert → Add-ins → My Add-ins → Upload My Add-in → choose manifest.xml.
  Excel on Windows:  share a folder on the network (e.g. \\\\MACHINENAME\\Addins) and put manifest.xml in it.
                     File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs:
                     add the folder's network path, tick "Show in Menu", restart Excel.
                     Then Insert → My Add-ins → SHARED FOLDER.
  Excel on Mac:      copy manifest.xml to ${wef}
                     (create the folder if missing), restart Excel, Insert → My Add-ins.
  Excel must run on this machine (localhost) and trust the certificate (${certSource}):
    ${certFile}
  Open ${base}/taskpane.html once in the browser and accept it, or use the Office
  tooling's certificate: npx office-addin-dev-certs install (Windows/Mac).
`;
}

/** manifest.xml for a development server on another port than 3000, written where Excel can read it. */
function manifestForPort(configFactory, port) {
  const dir = join(tmpdir(), 'spridningslogg');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `manifest-localhost-${port}.xml`);
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  writeFileSync(file, configFactory.manifestFor(xml, configFactory.devBaseUrl(port)));
  return file;
}

function quit(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

async function main() {
  const configFactory = require(join(ROOT, 'webpack.config.js'));
  let preferred;
  try {
    preferred = preferredPort(process.argv.slice(2), configFactory.DEV_PORT);
  } catch (err) {
    quit(err.message);
  }
  // webpack-dev-server rethrows a busy port from its own listener, where no try/catch sees it:
  // the port is probed first.
  const port = await firstFreePort(preferred);
  if (port !== preferred) {
    console.warn(`\n${busyPortMessage(preferred, port)}\n`);
    if (port === null) process.exit(1);
  }
  const manifestPath =
    port === configFactory.DEV_PORT ? join(ROOT, 'manifest.xml') : manifestForPort(configFactory, port);

  const cert = ensureDevCert();
  const config = await configFactory({ port }, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  // Should another program take the port between the probe and the listen after all.
  process.on('uncaughtException', (err) => {
    if (err && err.code === 'EADDRINUSE') {
      quit(
        `Port ${port} togs av ett annat program just när servern skulle starta: kör npm start igen.\n` +
          `Port ${port} was taken by another program just as the server was starting: run npm start again.`,
      );
    }
    quit(`Utvecklingsservern stannade / The development server stopped: ${err?.stack ?? err}`);
  });

  let announced = false;
  compiler.hooks.done.tap('start', (stats) => {
    if (stats.hasErrors()) {
      console.error('\nBygget misslyckades – se felen ovan. / The build failed – see the errors above.');
      return;
    }
    if (!announced) {
      announced = true;
      console.log(sideloadInstructions(manifestPath, cert.source, cert.certFile, `https://${HOST}:${port}`));
    }
  });

  // Ctrl+C stops at once: the server closes, a build under way is not waited for.
  const stop = () => {
    const closed = server.stop().catch(() => undefined);
    const second = new Promise((r) => setTimeout(r, 1000));
    void Promise.race([closed, second]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    await server.start();
  } catch (err) {
    quit(
      `Utvecklingsservern kunde inte starta / The development server could not start: ${err?.message ?? err}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
  });
}
