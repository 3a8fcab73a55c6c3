// `npm run validate` (scripts/validate-manifest.mjs) run as a real process on the real manifest and
// on broken copies of it: each break must fail and name the element at fault.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'validate-manifest.mjs');
const GOOD = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ICONS = [16, 32, 64, 80, 128];

let work: string;

beforeAll(() => {
  // The schema check needs xmllint; CI installs libxml2-utils. Fail loudly rather than skip.
  execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
});

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'manifest-validate-'));
  mkdirSync(join(work, 'assets'));
  for (const size of ICONS) {
    copyFileSync(join(ROOT, 'assets', `icon-${size}.png`), join(work, 'assets', `icon-${size}.png`));
  }
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Replaces one exact piece of the good manifest; throws if the piece is not there (a stale test). */
function broken(from: string, to: string): string {
  if (!GOOD.includes(from)) throw new Error(`test fixture out of date: "${from}" not in manifest.xml`);
  return GOOD.split(from).join(to);
}

function validate(xml: string, ...extra: string[]): { code: number | null; out: string } {
  const file = join(work, 'manifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [SCRIPT, file, '--files', work, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

test('the project manifest passes every check', () => {
  const { code, out } = validate(GOOD);
  expect(out).toContain('giltig / valid');
  expect(code).toBe(0);
});

test('npm run validate with no arguments checks manifest.xml against the repo assets', () => {
  const run = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout).toContain('manifest.xml: giltig / valid');
  expect(run.status).toBe(0);
});

test.each([
  [
    'a Version other than package.json',
    '<Version>1.0.0.0</Version>',
    '<Version>1.0.1.0</Version>',
    '<Version>',
    'package.json',
  ],
  [
    'an http URL',
    'DefaultValue="https://localhost:3000/support.html" />\n  <Hosts>',
    'DefaultValue="http://localhost:3000/support.html" />\n  <Hosts>',
    '<SupportUrl>',
    'https',
  ],
  [
    'a URL on another origin',
    'DefaultValue="https://localhost:3000/commands.html"',
    'DefaultValue="https://cdn.other.example/commands.html"',
    '<bt:Url id="Commands.Url">',
    'cdn.other.example',
  ],
  [
    'an undefined resid',
    '<Label resid="Group.Label" />',
    '<Label resid="Group.Labl" />',
    '<Label resid="Group.Labl">',
    'Group.Labl',
  ],
  [
    'a resid pointing into the wrong resource list',
    '<SourceLocation resid="Taskpane.Url" />',
    '<SourceLocation resid="Group.Label" />',
    '<SourceLocation resid="Group.Label">',
    'bt:Urls',
  ],
  [
    'a schema violation (unknown Permissions value)',
    '<Permissions>ReadWriteDocument</Permissions>',
    '<Permissions>Everything</Permissions>',
    '<Permissions>',
    'schema',
  ],
  [
    'elements out of the schema order',
    '<Permissions>ReadWriteDocument</Permissions>',
    '<Permissions>ReadWriteDocument</Permissions>\n  <ProviderName>Again</ProviderName>',
    '<ProviderName>',
    'schema',
  ],
  [
    'another default locale',
    '<DefaultLocale>sv-SE</DefaultLocale>',
    '<DefaultLocale>en-US</DefaultLocale>',
    '<DefaultLocale>',
    'sv-SE',
  ],
  [
    'a string without its en-US override',
    '<bt:Override Locale="en-US" Value="Open the pane to import spread plans and see flags and totals." />',
    '',
    '<bt:String id="ShowTaskpane.Tooltip">',
    'en-US',
  ],
])('%s fails, naming the element', (_what, from, to, element, mentions) => {
  const { code, out } = validate(broken(from, to));
  expect(code).toBe(1);
  const line = out.split('\n').find((l) => l.trim().startsWith(`${element}:`));
  expect(line).toBeDefined();
  expect(out).toContain(mentions);
});

test('a missing icon fails, naming the image resource and the file', () => {
  rmSync(join(work, 'assets', 'icon-80.png'));
  const { code, out } = validate(GOOD);
  expect(code).toBe(1);
  expect(out).toMatch(/<bt:Image id="Icon\.80x80">: Ikonen saknas: .*icon-80\.png/);
});

test('an icon of the wrong size fails, naming its element and the size required', () => {
  copyFileSync(join(ROOT, 'assets', 'icon-32.png'), join(work, 'assets', 'icon-16.png'));
  const { code, out } = validate(GOOD);
  expect(code).toBe(1);
  expect(out).toMatch(/<bt:Image id="Icon\.16x16">: Ikonen icon-16\.png är 32×32 px .* kräver 16×16/);
});

test('a file that is not well-formed XML fails with the parser message', () => {
  const { code, out } = validate(GOOD.replace('</OfficeApp>', ''));
  expect(code).toBe(1);
  expect(out).toContain('XML: Filen är inte välformad XML');
});

test('a built manifest (--built) must not point at localhost and every page must exist', () => {
  const { code, out } = validate(GOOD, '--built');
  expect(code).toBe(1);
  expect(out).toContain('Byggd manifest pekar på localhost');
  expect(out).toMatch(
    /<bt:Url id="Taskpane.Url">: Filen för https:\/\/localhost:3000\/taskpane\.html saknas/,
  );
});

test('a built manifest on its deployment origin with all files present passes', () => {
  const base = 'https://addins.region.example/spridningslogg/';
  for (const page of ['taskpane.html', 'commands.html', 'support.html'])
    writeFileSync(join(work, page), '<!doctype html>');
  const { code, out } = validate(GOOD.split('https://localhost:3000/').join(base), '--built');
  expect(out).toContain('giltig / valid');
  expect(code).toBe(0);
});
