// The command lines of `goals` (guide step 1.2.1: plans and mails out) and `status` (steps
// 2.5/2.8: the decision forum's slides), parsed from the flags args.ts has split (and refused
// when not for the command, ONLY_FOR there). Pure, as args.ts: every usage error is a message code.
import { msg, type Message } from '../core/messages';
import { samePath } from './samePath';

export interface GoalsCommand {
  command: 'goals';
  /** The overall plan's own .xlsx; or the log's tab when only --workbook is given. */
  overall?: string;
  /** The log: its overall-plan tab (unless --overall) and its contacts (tab 2). */
  workbook?: string;
  /** The folder the plans and mails go into. */
  out: string;
  /** ISO day the plans are due back; default: the workbook's Återrapportering 1 due day. */
  deadline?: string;
  /** The coordinator's address for the mails' From (none: the mail program fills it in). */
  from?: string;
  json: boolean;
  force?: true;
}

export interface StatusCommand {
  command: 'status';
  workbook: string;
  overall?: string;
  round: 'aterrap1' | 'aterrap2';
  /** The slide deck (.pptx). */
  out: string;
  /** Also the workbook with its status sheet written (.xlsx). */
  xlsx?: string;
  json: boolean;
  force?: true;
}

type Parsed<C> = { ok: true; value: C } | { ok: false; message: Message };
const fail = (message: Message): { ok: false; message: Message } => ({ ok: false, message });

function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function parseGoals(
  flags: ReadonlyMap<string, string>,
  booleans: ReadonlySet<string>,
  positional: readonly string[],
): Parsed<GoalsCommand> {
  if (positional.length > 0)
    return fail(msg('cli-unexpected-argument', { argument: positional[0], command: 'goals' }));
  const overall = flags.get('--overall');
  const workbook = flags.get('--workbook');
  if (!overall && !workbook) return fail(msg('cli-goals-needs-overall', {}));
  const out = flags.get('--out');
  if (!out) return fail(msg('cli-goals-out-missing', {}));
  const deadline = flags.get('--deadline');
  if (deadline !== undefined && !isIsoDay(deadline)) return fail(msg('goals-bad-deadline', { deadline }));
  const from = flags.get('--from');
  return {
    ok: true,
    value: {
      command: 'goals',
      ...(overall ? { overall } : {}),
      ...(workbook ? { workbook } : {}),
      out,
      ...(deadline ? { deadline } : {}),
      ...(from ? { from } : {}),
      json: booleans.has('--json'),
      ...(booleans.has('--force') ? { force: true as const } : {}),
    },
  };
}

export function parseStatus(
  flags: ReadonlyMap<string, string>,
  booleans: ReadonlySet<string>,
  positional: readonly string[],
): Parsed<StatusCommand> {
  if (positional.length > 0)
    return fail(msg('cli-unexpected-argument', { argument: positional[0], command: 'status' }));
  const workbook = flags.get('--workbook');
  if (!workbook) return fail(msg('cli-workbook-missing', {}));
  const roundArg = flags.get('--round');
  const round = roundArg?.toLowerCase();
  if (round !== 'aterrap1' && round !== 'aterrap2')
    return fail(msg('cli-status-round', { round: roundArg ?? '' }));
  const out = flags.get('--out');
  if (!out) return fail(msg('cli-status-out-missing', {}));
  if (!/\.pptx$/i.test(out)) return fail(msg('cli-status-out-pptx', { out }));
  const xlsx = flags.get('--xlsx');
  if (xlsx !== undefined && !/\.xls[xm]$/i.test(xlsx)) return fail(msg('cli-status-xlsx', { out: xlsx }));
  if (samePath(out, workbook) || (xlsx !== undefined && samePath(xlsx, workbook)))
    return fail(msg('cli-out-is-workbook', {}));
  const overall = flags.get('--overall');
  return {
    ok: true,
    value: {
      command: 'status',
      workbook,
      ...(overall ? { overall } : {}),
      round,
      out,
      ...(xlsx ? { xlsx } : {}),
      json: booleans.has('--json'),
      ...(booleans.has('--force') ? { force: true as const } : {}),
    },
  };
}
