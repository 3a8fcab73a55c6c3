// `npm start`: the development server on https://localhost:3000 (the task pane, the ribbon's
// function file, the workbench) with a local certificate, then how to load the add-in into Excel.
// Stop with Ctrl+C.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { ensureDevCert } from './dev-cert.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const BASE = 'https://localhost:3000';

export function sideloadInstructions(manifestPath, certSource, certFile) {
  const wef = '~/Library/Containers/com.microsoft.Excel/Data/Documents/wef';
  return `
Spridningslogg körs på ${BASE}/   (stoppa med Ctrl+C)

Prova utan Excel (arbetsbänken: åtgärdsfönstret mot en inbyggd Excel-emulator):
  ${BASE}/workbench.html

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
  Öppna ${BASE}/taskpane.html en gång i webbläsaren och godkänn det, eller använd
  Office-verktygets certifikat: npx office-addin-dev-certs install (Windows/Mac).

Spread log runs at ${BASE}/   (stop with Ctrl+C)

Try it without Excel (the workbench: the task pane against a built-in Excel emulator):
  ${BASE}/workbench.html

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
  Open ${BASE}/taskpane.html once in the browser and accept it, or use the Office
  tooling's certificate: npx office-addin-dev-certs install (Windows/Mac).
`;
}

async function main() {
  const cert = ensureDevCert();
  const configFactory = require(join(ROOT, 'webpack.config.js'));
  const config = await configFactory({}, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  let announced = false;
  compiler.hooks.done.tap('start', (stats) => {
    if (stats.hasErrors()) {
      console.error('\nBygget misslyckades – se felen ovan. / The build failed – see the errors above.');
      return;
    }
    if (!announced) {
      announced = true;
      console.log(sideloadInstructions(join(ROOT, 'manifest.xml'), cert.source, cert.certFile));
    }
  });

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    await server.start();
  } catch (err) {
    const inUse = err && err.code === 'EADDRINUSE';
    console.error(
      inUse
        ? 'Port 3000 används redan: stoppa det andra programmet (kanske en tidigare npm start) och försök igen.\n' +
            'Port 3000 is already in use: stop the other program (perhaps an earlier npm start) and try again.'
        : `Utvecklingsservern kunde inte starta / The development server could not start: ${err?.message ?? err}`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
  });
}
