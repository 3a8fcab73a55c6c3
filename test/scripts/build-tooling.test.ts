// The tooling around the build: the icon generator reproduces the committed icons, and the
// development certificate `npm start` uses is made for localhost and reused.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'build-tooling-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

test('scripts/make-icons.mjs regenerates exactly the committed icons', () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.mjs'), '--out', work], { stdio: 'pipe' });
  const made = readdirSync(work).sort();
  expect(made).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  for (const file of made) {
    expect(readFileSync(join(work, file)).equals(readFileSync(join(ROOT, 'assets', file)))).toBe(true);
  }
});

test('the development certificate is for localhost and 127.0.0.1, and is reused once made', () => {
  const script = `import(${JSON.stringify(join(ROOT, 'scripts', 'dev-cert.mjs'))}).then((m) => {
    const r = m.ensureDevCert({ root: ${JSON.stringify(work)}, home: ${JSON.stringify(work)} });
    process.stdout.write(JSON.stringify({ source: r.source, certFile: r.certFile }));
  });`;
  const first = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    source: string;
    certFile: string;
  };
  expect(first.certFile).toBe(join(work, '.certs', 'localhost.crt'));
  const pem = readFileSync(first.certFile);
  const cert = new X509Certificate(pem);
  expect(cert.checkHost('localhost')).toBe('localhost');
  expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
  expect(Date.parse(cert.validTo)).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000);

  execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(readFileSync(first.certFile).equals(pem)).toBe(true);
});
