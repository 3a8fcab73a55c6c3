// File names for the people's plans and mails that work on Windows and on a Mac: sanitize-filename
// removes what either forbids (/ \ : * ? " < > |, control characters, reserved names such as CON
// or NUL, trailing dots and spaces); on top of it, a leading dot (a hidden file on a Mac) goes,
// runs of spaces collapse, the name is cut to a length that leaves room for the folder (Windows'
// 260-character paths), and two people whose names would give the same file — also when they
// differ only in case or in how å/ä/ö is encoded, which Windows and macOS do not tell apart — get
// "(2)", "(3)" after the name.
import sanitize from 'sanitize-filename';

/** Characters of a base name (without extension) at most. */
export const MAX_BASE_NAME = 80;

/** A safe base name for `name`, or `fallback` when nothing of it is left. */
export function safeBaseName(name: string, fallback: string): string {
  const cleaned = sanitize(name.normalize('NFC').replace(/\s+/gu, ' '), { replacement: ' ' })
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+/u, '')
    .trim();
  const cut = [...cleaned]
    .slice(0, MAX_BASE_NAME)
    .join('')
    .replace(/[\s.]+$/u, '');
  return cut === '' ? fallback : cut;
}

/** How Windows and macOS compare names: case and Unicode composition do not matter. */
function folded(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv');
}

/**
 * One base name per entry, in order, none equal to another (nor to one of `taken`) as a file
 * system that ignores case would see them.
 */
export function uniqueBaseNames(
  names: readonly string[],
  fallback: (index: number) => string,
  taken: Iterable<string> = [],
): string[] {
  const used = new Set([...taken].map(folded));
  return names.map((n, i) => {
    const base = safeBaseName(n, fallback(i));
    let candidate = base;
    for (let k = 2; used.has(folded(candidate)); k++) candidate = `${base} (${k})`;
    used.add(folded(candidate));
    return candidate;
  });
}
