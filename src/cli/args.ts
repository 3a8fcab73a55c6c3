// Parses the command line of `spridningslogg` (the contract in the README's "Command line"
// section). Pure: no file system, so every usage error is tested without a process.
import type { Round } from '../core/model';

export type Command =
  | {
      command: 'import';
      workbook: string;
      out: string;
      round: Round;
      overall?: string;
      json: boolean;
      inputs: string[];
      /** Replace an existing OUT. */
      force?: true;
    }
  | { command: 'check'; workbook: string; overall?: string; round?: Round; json: boolean }
  | { command: 'totals'; workbook: string; overall?: string; out?: string; json: boolean; force?: true }
  | { command: 'help' };

export type ParseResult = { ok: true; value: Command } | { ok: false; message: string };

const ROUND_ARGS: Record<string, Round> = { plan: 'plan', aterrap1: 'aterrap1', aterrap2: 'aterrap2' };

const VALUE_FLAGS = new Set(['--workbook', '--out', '--round', '--overall']);
const BOOLEAN_FLAGS = new Set(['--json', '--force']);

export const USAGE = `Användning / Usage:
  spridningslogg import --workbook IN.xlsx --out OUT.xlsx --round plan|aterrap1|aterrap2
                        [--overall OVERALL.xlsx] [--force] [--json] INPUT...
  spridningslogg check  --workbook IN.xlsx [--overall OVERALL.xlsx] [--round R] [--json]
  spridningslogg totals --workbook IN.xlsx [--overall OVERALL.xlsx] [--out OUT.xlsx [--force]] [--json]

INPUT är en .docx-fil eller en urklippsfil: NAMN.html (text/html) och/eller NAMN.txt (text/plain).
INPUT is a .docx file or a clipboard capture: NAME.html (text/html) and/or NAME.txt (text/plain).
Avslutningskod / exit code: 0 klart (flaggor är inga fel), 1 oläsbar indata, 2 fel användning.`;

export function parseArgs(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { ok: true, value: { command: 'help' } };
  }
  if (command !== 'import' && command !== 'check' && command !== 'totals') {
    return { ok: false, message: `Okänt kommando "${command}". Välj import, check eller totals.` };
  }
  const flags = new Map<string, string>();
  const booleans = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (VALUE_FLAGS.has(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) {
        return { ok: false, message: `${arg} behöver ett värde.` };
      }
      if (flags.has(arg)) return { ok: false, message: `${arg} är angiven två gånger.` };
      flags.set(arg, value);
      i++;
    } else if (BOOLEAN_FLAGS.has(arg)) {
      booleans.add(arg);
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `Okänd flagga "${arg}".` };
    } else {
      positional.push(arg);
    }
  }
  const workbook = flags.get('--workbook');
  if (!workbook) return { ok: false, message: '--workbook IN.xlsx saknas.' };
  const overall = flags.get('--overall');
  const json = booleans.has('--json');
  const force = booleans.has('--force') ? ({ force: true } as const) : {};
  const roundArg = flags.get('--round');
  let round: Round | undefined;
  if (roundArg !== undefined) {
    round = ROUND_ARGS[roundArg.toLowerCase()];
    if (!round)
      return { ok: false, message: `--round "${roundArg}" finns inte. Välj plan, aterrap1 eller aterrap2.` };
  }

  if (command === 'import') {
    const out = flags.get('--out');
    if (!out) return { ok: false, message: '--out OUT.xlsx saknas (IN.xlsx skrivs aldrig över).' };
    if (!round) return { ok: false, message: '--round saknas. Välj plan, aterrap1 eller aterrap2.' };
    if (samePath(out, workbook))
      return { ok: false, message: '--out får inte vara samma fil som --workbook.' };
    if (positional.length === 0)
      return { ok: false, message: 'Ange minst en INPUT-fil (.docx, .html eller .txt).' };
    return {
      ok: true,
      value: {
        command,
        workbook,
        out,
        round,
        ...(overall ? { overall } : {}),
        json,
        inputs: positional,
        ...force,
      },
    };
  }
  if (positional.length > 0) {
    return { ok: false, message: `Oväntat argument "${positional[0]}" för ${command}.` };
  }
  if (command === 'check') {
    if (flags.has('--out')) return { ok: false, message: 'check skriver ingen fil: ta bort --out.' };
    if (booleans.has('--force')) return { ok: false, message: 'check skriver ingen fil: ta bort --force.' };
    return {
      ok: true,
      value: { command, workbook, ...(overall ? { overall } : {}), ...(round ? { round } : {}), json },
    };
  }
  if (round) return { ok: false, message: 'totals räknar alla omgångar: ta bort --round.' };
  const out = flags.get('--out');
  if (!out && booleans.has('--force'))
    return { ok: false, message: '--force gäller bara tillsammans med --out.' };
  if (out && samePath(out, workbook))
    return { ok: false, message: '--out får inte vara samma fil som --workbook.' };
  return {
    ok: true,
    value: { command, workbook, ...(overall ? { overall } : {}), ...(out ? { out, ...force } : {}), json },
  };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  return norm(a) === norm(b);
}
