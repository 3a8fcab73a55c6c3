// The documentation a newcomer walks stays walkable: the README stays short (what it does, how to
// start, how to deploy, links), every relative link in README.md, CONTRIBUTING.md and docs/*.md
// reaches a file (and a heading, when it names one), every repository path the docs name in
// `code` exists, and the README's scripts table lists every npm script.
//
// Links are found with a small reader of our own Markdown (inline links, reference definitions;
// code blocks and code spans skipped) rather than a Markdown library: these are our own files in
// a narrow dialect, and a parser dependency would be one more package for a docs check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const README_MAX_BYTES = 20 * 1024;

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The text outside fenced code blocks, line numbers kept (a fenced line becomes empty). */
function prose(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split('\n').map((line) => {
    const open = /^\s*(```+|~~~+)/.exec(line);
    if (fence === null && open) {
      fence = open[1];
      return '';
    }
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      return '';
    }
    return line;
  });
}

/** A line without its code spans. */
const withoutCode = (line: string) => line.replace(/(`+)[^`]*?\1/g, '');

/** The code spans of a line, each with the text right after it. */
const codeSpans = (line: string) =>
  [...line.matchAll(/(`+)([^`]+?)\1/g)].map((m) => ({
    span: m[2].trim(),
    after: line.slice(m.index + m[0].length),
  }));

interface Link {
  file: string;
  line: number;
  target: string;
}

function linksOf(file: string): Link[] {
  const out: Link[] = [];
  prose(read(file)).forEach((raw, i) => {
    const line = withoutCode(raw);
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      out.push({ file, line: i + 1, target: m[1] });
    const def = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (def) out.push({ file, line: i + 1, target: def[1] });
  });
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(read(file))) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const base = slug(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Where a link goes wrong, or null when it resolves. */
function broken(link: Link): string | null {
  const { target } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: … (not checked offline)
  const [pathPart, anchor] = target.split('#', 2);
  const file = pathPart === '' ? link.file : join(dirname(link.file), decodeURI(pathPart));
  const full = join(ROOT, file);
  if (!full.startsWith(ROOT)) return `${target} leaves the repository`;
  if (!existsSync(full)) return `${target}: no such file (${relative(ROOT, full)})`;
  if (anchor !== undefined && anchor !== '' && file.endsWith('.md') && statSync(full).isFile()) {
    if (!anchorsOf(file).has(anchor)) return `${target}: no heading #${anchor} in ${file}`;
  }
  return null;
}

test('README.md is at most 20 KB', () => {
  const bytes = Buffer.byteLength(read('README.md'), 'utf8');
  expect(bytes).toBeLessThanOrEqual(README_MAX_BYTES);
});

test('every relative link in README.md, CONTRIBUTING.md and docs/*.md resolves', () => {
  const links = DOCS.flatMap(linksOf);
  expect(links.length).toBeGreaterThan(10);
  const bad = links.flatMap((l) => {
    const why = broken(l);
    return why === null ? [] : [`${l.file}:${l.line}: ${why}`];
  });
  expect(bad).toEqual([]);
});

// A path followed by "(new)" names a file still to be made (the worked example of architecture.md).
test('every repository path the docs name in code (`src/…`, `test/…`, `scripts/…` …) exists', () => {
  const PATH = /^(?:src|test|scripts|docs|assets|bin|\.ci)\/[\w./@-]*$/;
  const named = DOCS.flatMap((file) =>
    prose(read(file)).flatMap((line, i) =>
      codeSpans(line)
        .filter(({ after }) => !/^\s*\(new\b/.test(after))
        .map(({ span }) => span.split(/[\s:(]/)[0].replace(/[.,;]+$/, ''))
        .filter((span) => PATH.test(span))
        .map((span) => ({ file, line: i + 1, span })),
    ),
  );
  expect(named.length).toBeGreaterThan(20);
  const missing = named
    .filter(({ span }) => !existsSync(join(ROOT, span)))
    .map(({ file, line, span }) => `${file}:${line}: ${span}`);
  expect(missing).toEqual([]);
});

test("the README's scripts table names every npm script of package.json", () => {
  const scripts = Object.keys(
    (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
  ).filter((s) => !s.startsWith('pre') && !s.startsWith('post'));
  const readme = read('README.md');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = (s: string) => new RegExp(`\`npm (?:run )?${escape(s)}(?:\`| --)`).test(readme);
  expect(scripts.filter((s) => !named(s))).toEqual([]);
});
