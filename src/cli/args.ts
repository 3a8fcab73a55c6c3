// Parses the command line of `spridningslogg` (the contract in the README's "Command line"
// section). Pure: no file system, so every usage error is tested without a process. Errors are
// message codes; main renders them in the language of `--lang` or the environment.
import { msg, type Message } from '../core/messages';
import type { Round } from '../core/model';
import { parseGoals, parseStatus, type GoalsCommand, type StatusCommand } from './beyondArgs';
import { samePath } from './samePath';

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
  | GoalsCommand
  | StatusCommand
  | {
      command: 'alias';
      workbook: string;
      out: string;
      /** The catalogue code the text shall mean ("HiS2"). */
      training: string;
      /** The spelling to store ("Hälsoinfo-dagen"). */
      text: string;
      json: boolean;
      force?: true;
    }
  | { command: 'help' };

export type ParseResult = { ok: true; value: Command } | { ok: false; message: Message };

const ROUND_ARGS: Record<string, Round> = { plan: 'plan', aterrap1: 'aterrap1', aterrap2: 'aterrap2' };

const VALUE_FLAGS = new Set([
  '--workbook',
  '--out',
  '--round',
  '--overall',
  '--lang',
  '--training',
  '--text',
  '--deadline',
  '--from',
  '--xlsx',
]);
/** Flags only some commands take (the others refuse them by name). */
const ONLY_FOR: Record<string, string[]> = {
  '--training': ['alias'],
  '--text': ['alias'],
  '--round': ['import', 'check', 'totals', 'status'],
  '--overall': ['import', 'check', 'totals', 'goals', 'status'],
  '--deadline': ['goals'],
  '--from': ['goals'],
  '--xlsx': ['status'],
};
const COMMANDS = ['import', 'check', 'totals', 'alias', 'goals', 'status'] as const;
const isCommand = (c: string): c is (typeof COMMANDS)[number] => (COMMANDS as readonly string[]).includes(c);
const LANGS = new Set(['sv', 'en']);
const BOOLEAN_FLAGS = new Set(['--json', '--force']);

export const USAGE = msg('cli-usage', {});

const fail = (message: Message): ParseResult => ({ ok: false, message });

/** The value of `--lang` when it is sv or en (read before anything else, to speak that language). */
export function langArg(argv: readonly string[]): 'sv' | 'en' | undefined {
  const i = argv.indexOf('--lang');
  const v = i >= 0 ? argv[i + 1] : undefined;
  return v === 'sv' || v === 'en' ? v : undefined;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { ok: true, value: { command: 'help' } };
  }
  if (!isCommand(command)) return fail(msg('cli-unknown-command', { command }));
  const flags = new Map<string, string>();
  const booleans = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (VALUE_FLAGS.has(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--'))
        return fail(msg('cli-flag-needs-value', { flag: arg }));
      if (flags.has(arg)) return fail(msg('cli-flag-twice', { flag: arg }));
      flags.set(arg, value);
      i++;
    } else if (BOOLEAN_FLAGS.has(arg)) {
      booleans.add(arg);
    } else if (arg.startsWith('--')) {
      return fail(msg('cli-unknown-flag', { flag: arg }));
    } else {
      positional.push(arg);
    }
  }
  const lang = flags.get('--lang');
  if (lang !== undefined && !LANGS.has(lang)) return fail(msg('cli-bad-lang', { lang }));
  for (const [flag, commands] of Object.entries(ONLY_FOR))
    if (flags.has(flag) && !commands.includes(command))
      return fail(msg('cli-flag-not-for-command', { flag, command }));
  if (command === 'goals') return parseGoals(flags, booleans, positional);
  if (command === 'status') return parseStatus(flags, booleans, positional);
  const workbook = flags.get('--workbook');
  if (!workbook) return fail(msg('cli-workbook-missing', {}));
  const overall = flags.get('--overall');
  const json = booleans.has('--json');
  const force = booleans.has('--force') ? ({ force: true } as const) : {};
  const roundArg = flags.get('--round');
  let round: Round | undefined;
  if (roundArg !== undefined) {
    round = ROUND_ARGS[roundArg.toLowerCase()];
    if (!round) return fail(msg('cli-bad-round', { round: roundArg }));
  }

  if (command === 'alias') return aliasCommand(workbook, flags, positional, json, force);
  if (command === 'import') {
    const out = flags.get('--out');
    if (!out) return fail(msg('cli-out-missing', {}));
    if (!round) return fail(msg('cli-round-missing', {}));
    if (samePath(out, workbook)) return fail(msg('cli-out-is-workbook', {}));
    if (positional.length === 0) return fail(msg('cli-no-inputs', {}));
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
    return fail(msg('cli-unexpected-argument', { argument: positional[0], command }));
  }
  if (command === 'check') {
    if (flags.has('--out')) return fail(msg('cli-check-writes-nothing', { flag: '--out' }));
    if (booleans.has('--force')) return fail(msg('cli-check-writes-nothing', { flag: '--force' }));
    return {
      ok: true,
      value: { command, workbook, ...(overall ? { overall } : {}), ...(round ? { round } : {}), json },
    };
  }
  if (round) return fail(msg('cli-totals-all-rounds', {}));
  const out = flags.get('--out');
  if (!out && booleans.has('--force')) return fail(msg('cli-force-needs-out', {}));
  if (out && samePath(out, workbook)) return fail(msg('cli-out-is-workbook', {}));
  return {
    ok: true,
    value: { command, workbook, ...(overall ? { overall } : {}), ...(out ? { out, ...force } : {}), json },
  };
}

function aliasCommand(
  workbook: string,
  flags: Map<string, string>,
  positional: string[],
  json: boolean,
  force: { force?: true },
): ParseResult {
  const training = flags.get('--training');
  if (training === undefined) return fail(msg('cli-training-missing', {}));
  const text = flags.get('--text');
  if (text === undefined) return fail(msg('cli-text-missing', {}));
  const out = flags.get('--out');
  if (!out) return fail(msg('cli-out-missing', {}));
  if (samePath(out, workbook)) return fail(msg('cli-out-is-workbook', {}));
  if (positional.length > 0)
    return fail(msg('cli-unexpected-argument', { argument: positional[0], command: 'alias' }));
  return { ok: true, value: { command: 'alias', workbook, out, training, text, json, ...force } };
}
