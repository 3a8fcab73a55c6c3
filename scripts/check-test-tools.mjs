// Runs before `npm test`: the suite needs three Debian packages besides Node. Say plainly which
// are missing and how to get them, instead of failing deep inside a browser or LibreOffice test.
import { execFileSync } from 'node:child_process';

const tools = [
  { command: 'chromium', pkg: 'chromium', why: 'webbläsartesterna / the browser tests' },
  { command: 'xmllint', pkg: 'libxml2-utils', why: 'manifestets schemakontroll / the manifest schema check' },
  {
    command: 'soffice',
    pkg: 'libreoffice-calc',
    why: 'kontrollen av summaformlerna / the totals formula check',
  },
];

const missing = tools.filter(({ command }) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});

if (missing.length > 0) {
  console.error('npm test behöver / needs:');
  for (const t of missing) console.error(`  ${t.command} (Debian-paket ${t.pkg}) – ${t.why}`);
  console.error(
    `\nInstallera / install:  apt-get update && apt-get install -y --no-install-recommends ${missing.map((t) => t.pkg).join(' ')}`,
  );
  console.error('eller kör / or run:   bash .ci/run');
  process.exit(1);
}
