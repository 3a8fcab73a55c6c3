// The HTTPS certificate for the development server on https://localhost:3000.
//
// Uses the Office dev certificate when the usual Office tooling has made one
// (~/.office-addin-dev-certs/localhost.{key,crt}: on Windows and Mac that one is trusted by the
// system, so Excel accepts it). Otherwise makes a self-signed one for localhost and 127.0.0.1
// with openssl into .certs/ (git-ignored), valid 365 days, and reuses it until it expires.
//
//   node scripts/dev-cert.mjs      prints which files are used (making them if needed)
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usable(keyFile, certFile) {
  if (!existsSync(keyFile) || !existsSync(certFile)) return false;
  try {
    const cert = new X509Certificate(readFileSync(certFile));
    const expiresInMs = Date.parse(cert.validTo) - Date.now();
    return expiresInMs > 24 * 3600 * 1000 && cert.checkHost('localhost') !== undefined;
  } catch {
    return false;
  }
}

/**
 * Returns { key, cert, keyFile, certFile, source } for https://localhost, making a self-signed
 * certificate with openssl if no usable one exists. Throws with a Swedish + English message
 * when openssl is missing or fails.
 */
export function ensureDevCert({ root = ROOT, home = homedir() } = {}) {
  const office = {
    keyFile: join(home, '.office-addin-dev-certs', 'localhost.key'),
    certFile: join(home, '.office-addin-dev-certs', 'localhost.crt'),
  };
  const local = {
    keyFile: join(root, '.certs', 'localhost.key'),
    certFile: join(root, '.certs', 'localhost.crt'),
  };
  let chosen;
  let source;
  if (usable(office.keyFile, office.certFile)) {
    chosen = office;
    source = 'office-addin-dev-certs';
  } else {
    if (!usable(local.keyFile, local.certFile)) {
      mkdirSync(dirname(local.keyFile), { recursive: true });
      try {
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-sha256',
            '-days',
            '365',
            '-keyout',
            local.keyFile,
            '-out',
            local.certFile,
            '-subj',
            '/CN=localhost',
            '-addext',
            'subjectAltName=DNS:localhost,IP:127.0.0.1',
          ],
          { stdio: 'pipe' },
        );
      } catch (err) {
        const why =
          err.code === 'ENOENT' ? 'openssl saknas / openssl is missing' : String(err.stderr ?? err.message);
        throw new Error(
          `Kunde inte skapa ett utvecklingscertifikat för localhost (${why}). Installera openssl och försök igen.\n` +
            `Could not create a development certificate for localhost (${why}). Install openssl and try again.`,
          { cause: err },
        );
      }
    }
    chosen = local;
    source = 'self-signed (.certs/)';
  }
  return { ...chosen, key: readFileSync(chosen.keyFile), cert: readFileSync(chosen.certFile), source };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { keyFile, certFile, source } = ensureDevCert();
  console.log(`${source}\n  key:  ${keyFile}\n  cert: ${certFile}`);
}
