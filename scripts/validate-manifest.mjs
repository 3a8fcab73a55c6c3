// Validates the add-in manifest offline: Microsoft's XSDs via xmllint (the schema), then what an
// XSD cannot express, read with @xmldom/xmldom: every URL https and on one origin, icons present
// at the sizes the manifest names, every resid defined (in the right resource list), <Version>
// equal to package.json's version, sv-SE default with en-US overrides on every string.
//
//   npm run validate                    manifest.xml (icons from the repo) and dist/manifest.xml
//   node scripts/validate-manifest.mjs <manifest.xml> --files <dir> [--built] [--package <package.json>]
//
// --files: the folder the manifest's base URL is served from (icons are looked up there).
// --built: also require every URL's file (taskpane.html, commands.html, …) under --files and
//          refuse `localhost`. Exit code 0 when all manifests are valid, 1 otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const DEFAULT_LOCALE = 'sv-SE';
const OVERRIDE_LOCALE = 'en-US';

/** The XSD folder: `shared/` is the sibling of the clone (../shared), per the project layout. */
export function schemaPath(root = ROOT) {
  return join(root, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
}

/** A problem found, naming the element it is about, in Swedish and English. */
function problem(element, sv, en, detail = '') {
  return { element, sv, en, detail };
}

/** `<bt:Url id="Taskpane.Url">` style name of an element for messages. */
function describe(el) {
  const id = el.getAttribute('id');
  const type = el.getAttributeNS(NS_XSI, 'type');
  const name = el.getAttribute('Name');
  const size = el.getAttribute('size');
  const resid = el.getAttribute('resid');
  const extra = id
    ? ` id="${id}"`
    : type
      ? ` xsi:type="${type}"`
      : name
        ? ` Name="${name}"`
        : resid
          ? `${size ? ` size="${size}"` : ''} resid="${resid}"`
          : '';
  return `<${el.nodeName}${extra}>`;
}

function elements(doc) {
  return Array.from(doc.getElementsByTagName('*'));
}

function childElements(el) {
  return Array.from(el.childNodes).filter((n) => n.nodeType === 1);
}

function firstChild(el, localName) {
  return childElements(el).find((c) => c.localName === localName) ?? null;
}

/** Runs xmllint against the XSD; returns its complaints (each names the element) as problems. */
export function schemaProblems(file, xsd) {
  if (!existsSync(xsd)) {
    return [
      problem(
        'schema',
        `XSD-filen saknas: ${xsd}. Mappen shared/ ska ligga bredvid projektmappen (../shared).`,
        `The XSD is missing: ${xsd}. The shared/ folder must sit next to the project folder (../shared).`,
      ),
    ];
  }
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], {
      stdio: 'pipe',
      encoding: 'utf8',
    });
    return [];
  } catch (err) {
    if (err.code === 'ENOENT') {
      return [
        problem(
          'xmllint',
          'xmllint saknas. Installera det: apt-get install -y libxml2-utils (bash .ci/run gör det åt dig).',
          'xmllint is missing. Install it: apt-get install -y libxml2-utils (bash .ci/run does it for you).',
        ),
      ];
    }
    const lines = String(err.stderr ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/ fails to validate$/.test(l));
    if (lines.length === 0) lines.push(`xmllint exited with code ${err.status}`);
    return lines.map((line) => {
      const m = /Element '(?:\{[^}]*\})?([^']+)'/.exec(line);
      const element = m ? `<${m[1]}>` : 'schema';
      return problem(element, 'Följer inte schemat.', 'Does not follow the schema.', line);
    });
  }
}

/** Width and height of a PNG, read from its IHDR chunk; null when the bytes are no PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL in the manifest with the element that holds it. */
function urlsOf(doc) {
  const found = [];
  for (const el of elements(doc)) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value.trim())) found.push({ el, url: attr.value.trim() });
    }
    if (el.localName === 'AppDomain') found.push({ el, url: (el.textContent ?? '').trim() });
  }
  return found;
}

function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The icon URLs of the manifest with the pixel size each must have. */
function iconsOf(doc, resources) {
  const icons = [];
  const root = doc.documentElement;
  for (const [name, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ]) {
    const el = firstChild(root, name);
    if (el) icons.push({ el, url: el.getAttribute('DefaultValue') ?? '', size, why: `<${name}>` });
  }
  for (const ref of elements(doc)) {
    if (ref.localName !== 'Image' || ref.namespaceURI !== NS_BT || !ref.hasAttribute('resid')) continue;
    const def = resources.get(ref.getAttribute('resid'));
    if (!def || def.kind !== 'Images') continue;
    const size = Number(ref.getAttribute('size'));
    icons.push({ el: def.el, url: def.el.getAttribute('DefaultValue') ?? '', size, why: describe(ref) });
  }
  return icons;
}

/** Resource definitions under <Resources>: id → { el, kind: Images | Urls | ShortStrings | LongStrings }. */
function resourcesOf(doc, problems) {
  const map = new Map();
  for (const list of elements(doc)) {
    if (
      list.namespaceURI !== NS_BT ||
      !['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(list.localName)
    ) {
      continue;
    }
    for (const def of childElements(list)) {
      const id = def.getAttribute('id');
      if (map.has(id)) {
        problems.push(
          problem(describe(def), `Id "${id}" är definierat två gånger.`, `Id "${id}" is defined twice.`),
        );
      }
      map.set(id, { el: def, kind: list.localName });
    }
  }
  return map;
}

/** Which resource list a reference element must point into. */
function expectedKind(ref) {
  if (ref.localName === 'Image') return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(ref.localName)) return 'Urls';
  if (ref.localName === 'Description') return 'LongStrings';
  if (['Label', 'Title'].includes(ref.localName)) return 'ShortStrings';
  return null;
}

function localeProblems(doc) {
  const problems = [];
  const root = doc.documentElement;
  const locale = (firstChild(root, 'DefaultLocale')?.textContent ?? '').trim();
  if (locale !== DEFAULT_LOCALE) {
    problems.push(
      problem(
        '<DefaultLocale>',
        `Standardspråket ska vara ${DEFAULT_LOCALE}, inte "${locale}".`,
        `The default locale must be ${DEFAULT_LOCALE}, not "${locale}".`,
      ),
    );
  }
  const needsOverride = ['DisplayName', 'Description'].map((n) => firstChild(root, n)).filter(Boolean);
  for (const el of elements(doc)) {
    const parent = el.parentNode;
    if (
      el.localName === 'String' &&
      el.namespaceURI === NS_BT &&
      parent &&
      ['ShortStrings', 'LongStrings'].includes(parent.localName)
    ) {
      needsOverride.push(el);
    }
  }
  for (const el of needsOverride) {
    if (!(el.getAttribute('DefaultValue') ?? '').trim()) {
      problems.push(
        problem(describe(el), 'DefaultValue saknas eller är tomt.', 'DefaultValue is missing or empty.'),
      );
    }
    const override = childElements(el).find(
      (c) => c.localName === 'Override' && c.getAttribute('Locale') === OVERRIDE_LOCALE,
    );
    if (!override || !(override.getAttribute('Value') ?? '').trim()) {
      problems.push(
        problem(
          describe(el),
          `Engelsk översättning saknas: lägg till <Override Locale="${OVERRIDE_LOCALE}" Value="…"/>.`,
          `The English override is missing: add <Override Locale="${OVERRIDE_LOCALE}" Value="…"/>.`,
        ),
      );
    }
  }
  return problems;
}

/** Maps a URL under the base URL to a file under filesRoot; null when it is not under the base. */
function fileFor(url, base, filesRoot) {
  if (!url.startsWith(base)) return null;
  const rel = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
  if (rel.split('/').includes('..')) return null;
  return join(filesRoot, rel);
}

/**
 * Checks one manifest. Returns the problems found (empty when valid).
 * @param {string} file the manifest
 * @param {{ filesRoot: string, built?: boolean, packageJson?: string, xsd?: string }} options
 */
export function validateManifest(file, options) {
  const { filesRoot, built = false, packageJson = join(ROOT, 'package.json'), xsd = schemaPath() } = options;
  const problems = [];
  const text = readFileSync(file, 'utf8');

  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (err) {
    return [
      problem(
        'XML',
        `Filen är inte välformad XML: ${err.message}`,
        `The file is not well-formed XML: ${err.message}`,
      ),
    ];
  }

  problems.push(...schemaProblems(file, xsd));

  const root = doc.documentElement;
  if (root.localName !== 'OfficeApp') {
    problems.push(
      problem(
        `<${root.nodeName}>`,
        'Rotelementet ska vara <OfficeApp>.',
        'The root element must be <OfficeApp>.',
      ),
    );
    return problems;
  }

  // Version ↔ package.json
  const version = (firstChild(root, 'Version')?.textContent ?? '').trim();
  const pkgVersion = JSON.parse(readFileSync(packageJson, 'utf8')).version;
  if (version !== `${pkgVersion}.0` && version !== pkgVersion) {
    problems.push(
      problem(
        '<Version>',
        `Versionen ${version} stämmer inte med package.json (${pkgVersion}); den ska vara ${pkgVersion}.0.`,
        `Version ${version} does not match package.json (${pkgVersion}); it must be ${pkgVersion}.0.`,
      ),
    );
  }

  // URLs: https, one origin (that of the task pane's SourceLocation)
  const source = firstChild(firstChild(root, 'DefaultSettings') ?? root, 'SourceLocation');
  const sourceUrl = source?.getAttribute('DefaultValue') ?? '';
  const origin = originOf(sourceUrl);
  const base = sourceUrl.slice(0, sourceUrl.lastIndexOf('/') + 1);
  for (const { el, url } of urlsOf(doc)) {
    if (!url.toLowerCase().startsWith('https://')) {
      problems.push(
        problem(describe(el), `Adressen måste börja med https://: ${url}`, `The URL must use https: ${url}`),
      );
    } else if (originOf(url) !== origin) {
      problems.push(
        problem(
          describe(el),
          `Adressen ${url} ligger inte på samma ursprung som åtgärdsfönstret (${origin}).`,
          `The URL ${url} is not on the task pane's origin (${origin}).`,
        ),
      );
    } else if (built) {
      const target = fileFor(url, base, filesRoot);
      if (target && !existsSync(target)) {
        problems.push(
          problem(
            describe(el),
            `Filen för ${url} saknas i ${filesRoot}.`,
            `The file for ${url} is missing from ${filesRoot}.`,
          ),
        );
      }
    }
    if (built && new URL(url).hostname === 'localhost') {
      problems.push(
        problem(
          describe(el),
          `Byggd manifest pekar på localhost: ${url}`,
          `The built manifest points at localhost: ${url}`,
        ),
      );
    }
  }

  // resid references
  const resources = resourcesOf(doc, problems);
  for (const ref of elements(doc)) {
    if (!ref.hasAttribute('resid')) continue;
    const resid = ref.getAttribute('resid');
    const def = resources.get(resid);
    const kind = expectedKind(ref);
    if (!def) {
      problems.push(
        problem(
          describe(ref),
          `resid="${resid}" är inte definierat under <Resources>.`,
          `resid="${resid}" is not defined in <Resources>.`,
        ),
      );
    } else if (kind && def.kind !== kind) {
      problems.push(
        problem(
          describe(ref),
          `resid="${resid}" pekar på bt:${def.kind}, men ska peka på bt:${kind}.`,
          `resid="${resid}" points into bt:${def.kind} but must point into bt:${kind}.`,
        ),
      );
    }
  }

  // icons: present, PNG, the size named
  for (const icon of iconsOf(doc, resources)) {
    const target = icon.url.startsWith('https://') ? fileFor(icon.url, base, filesRoot) : null;
    if (!target) continue; // already reported as a URL problem, or not under the base URL
    if (!existsSync(target) || !statSync(target).isFile()) {
      problems.push(
        problem(
          describe(icon.el),
          `Ikonen saknas: ${target} (används av ${icon.why}).`,
          `The icon is missing: ${target} (used by ${icon.why}).`,
        ),
      );
      continue;
    }
    const size = pngSize(readFileSync(target));
    if (!size) {
      problems.push(
        problem(
          describe(icon.el),
          `Ikonen är ingen PNG-fil: ${target}.`,
          `The icon is not a PNG file: ${target}.`,
        ),
      );
    } else if (size.width !== icon.size || size.height !== icon.size) {
      problems.push(
        problem(
          describe(icon.el),
          `Ikonen ${basename(target)} är ${size.width}×${size.height} px men ${icon.why} kräver ${icon.size}×${icon.size}.`,
          `Icon ${basename(target)} is ${size.width}×${size.height} px but ${icon.why} needs ${icon.size}×${icon.size}.`,
        ),
      );
    }
  }

  problems.push(...localeProblems(doc));
  return problems;
}

function parseArgs(argv) {
  const jobs = [];
  let current = null;
  let packageJson;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--files') {
      if (!current) throw new Error('--files must follow a manifest path');
      current.filesRoot = resolve(argv[++i]);
    } else if (arg === '--built') {
      if (!current) throw new Error('--built must follow a manifest path');
      current.built = true;
    } else if (arg === '--package') {
      packageJson = resolve(argv[++i]);
    } else {
      current = { file: resolve(arg), filesRoot: dirname(resolve(arg)), built: false };
      jobs.push(current);
    }
  }
  return { jobs, packageJson };
}

function main() {
  let { jobs, packageJson } = parseArgs(process.argv.slice(2));
  if (jobs.length === 0) {
    jobs = [{ file: join(ROOT, 'manifest.xml'), filesRoot: ROOT, built: false }];
    const built = join(ROOT, 'dist', 'manifest.xml');
    if (existsSync(built)) {
      jobs.push({ file: built, filesRoot: join(ROOT, 'dist'), built: true });
    } else {
      console.log(
        'dist/manifest.xml finns inte (kör npm run build först); kontrollerar bara manifest.xml.\n' +
          'dist/manifest.xml does not exist (run npm run build first); checking manifest.xml only.',
      );
    }
  }
  let failed = false;
  for (const job of jobs) {
    const shown = job.file.startsWith(ROOT) ? job.file.slice(ROOT.length + 1) : job.file;
    if (!existsSync(job.file)) {
      console.error(`✗ ${shown}: filen finns inte / the file does not exist`);
      failed = true;
      continue;
    }
    const problems = validateManifest(job.file, { ...job, packageJson });
    if (problems.length === 0) {
      console.log(`✓ ${shown}: giltig / valid`);
      continue;
    }
    failed = true;
    console.error(`✗ ${shown}: ${problems.length} fel / ${problems.length} problem(s)`);
    for (const p of problems) {
      const indent = ' '.repeat(p.element.length + 4);
      console.error(`  ${p.element}: ${p.sv}\n${indent}${p.en}${p.detail ? `\n${indent}${p.detail}` : ''}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
