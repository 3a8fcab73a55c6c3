// `spridningslogg`: the add-in's engine on .xlsx files, without Excel. Same code paths as the
// task pane: the core reads plans, the excel layer drives the real Office.js client, and the
// host emulator stands in for Excel, loading and saving the files. It speaks Swedish, or English
// with `--lang en` or an English locale (LC_ALL, LC_MESSAGES, LANG).
import { msg, MessageError } from '../core/messages';
import type { Flag, Problem, Round } from '../core/model';
import { computeTotals, type TotalsResult } from '../core/totals/computeTotals';
import { addTrainingAlias } from '../core/values/trainingAlias';
import { languageFromEnv, render, type Lang } from '../messages/render';
import { langArg, parseArgs, USAGE, type Command } from './args';
import { CliError } from './cliError';
import type { CheckResult } from '../excel/gateway';
import { formatCheck, formatImported, formatProblems, formatTotals } from './format';
import { runGoals } from './goalsCommand';
import { groupInputs } from './inputs';
import { PlanInputError } from './planInputError';
import { runStatus } from './statusCommand';
import { readPlans } from './readPlans';
import {
  openWorkbook,
  prepareOutput,
  readInputFile,
  saveWorkbook,
  type WorkbookSession,
} from './workbookSession';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

export interface ImportedEntry {
  person: string;
  tab: string;
  rowsWritten: number;
  rowsReplaced: number;
}

export async function main(
  argv: readonly string[],
  io: Io = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const lang = languageFromEnv(langArg(argv), env);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`spridningslogg: ${render(lang, parsed.message)}\n\n${render(lang, USAGE)}`);
    return 2;
  }
  try {
    return await run(parsed.value, io, lang);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`spridningslogg: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof MessageError) {
      io.stderr(`spridningslogg: ${[e.msg, ...e.details].map((m) => render(lang, m)).join(' ')}`);
      return 1;
    }
    if (e instanceof PlanInputError) {
      io.stderr(`spridningslogg: ${e.file}: ${e.problems.map((p) => render(lang, p.message)).join(' ')}`);
      return 1;
    }
    // Never print cell contents or plan data here: only what kind of failure it was.
    const code = (e as { code?: unknown }).code;
    io.stderr(
      `spridningslogg: ${render(lang, msg('cli-unexpected-error', { code: typeof code === 'string' ? code : '' }))}`,
    );
    return 1;
  }
}

async function run(cmd: Command, io: Io, lang: Lang): Promise<number> {
  switch (cmd.command) {
    case 'help':
      io.stdout(render(lang, USAGE));
      return 0;
    case 'import':
      return runImport(cmd, io, lang);
    case 'check':
      return runCheck(cmd, io, lang);
    case 'totals':
      return runTotals(cmd, io, lang);
    case 'goals':
      return runGoals(cmd, io, lang);
    case 'status':
      return runStatus(cmd, io, lang);
    case 'alias':
      return runAlias(cmd, io, lang);
  }
}

async function applyOverallFile(
  session: WorkbookSession,
  overall: string | undefined,
  lang: Lang,
): Promise<void> {
  if (overall === undefined) return;
  const bytes = readInputFile(overall);
  try {
    await session.gateway.setOverallPlanFile(bytes, overall);
  } catch (e) {
    const why = e instanceof MessageError ? render(lang, e.msg) : (e as Error).message;
    throw new CliError(1, `${overall}: ${why}`);
  }
}

async function flagsAndTotals(
  session: WorkbookSession,
  round?: Round,
): Promise<{ checked: CheckResult; totals: TotalsResult }> {
  const checked = await session.gateway.check(round);
  const { snapshot, settings } = await session.gateway.readLog();
  return { checked, totals: computeTotals(snapshot, settings) };
}

async function runImport(cmd: Extract<Command, { command: 'import' }>, io: Io, lang: Lang): Promise<number> {
  const grouped = groupInputs(cmd.inputs);
  if (!grouped.ok) throw new MessageError(grouped.message);
  prepareOutput(cmd.workbook, cmd.out, cmd.force === true);
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall, lang);
  const settings = await session.gateway.getSettings();
  if (!cmd.json && grouped.inputs.length > 5)
    io.stderr(render(lang, msg('cli-reading-plans', { count: grouped.inputs.length })));
  const { plans, problems } = readPlans(grouped.inputs, session.runtime.domParser, settings);
  const preview = await session.gateway.previewImport(plans, cmd.round);
  const result = await session.gateway.applyImport(preview);
  if (result.status !== 'written')
    throw new MessageError(msg('cli-changed-during-import', { workbook: cmd.workbook }));
  const imported: ImportedEntry[] = preview.people.map((p) => ({
    person: p.person,
    tab: p.targetSheet,
    rowsWritten: p.rowsToWrite,
    rowsReplaced: p.rowsToReplace,
  }));
  const { checked, totals } = await flagsAndTotals(session, cmd.round);
  const written = saveWorkbook(session, cmd.out, cmd.force === true);
  if (cmd.json) {
    io.stdout(
      JSON.stringify({
        imported,
        problems: problems.map((p) => problemJson(p, lang)),
        overallPlan: checked.overall,
        flags: checked.flags.map((f) => flagJson(f, lang)),
        totals,
        written: written.json,
      }),
    );
  } else {
    io.stdout(formatImported(imported, lang));
    if (problems.length) io.stdout(formatProblems(problems, lang));
    io.stdout(formatCheck(checked, lang));
    io.stdout(written.messages.map((m) => render(lang, m)).join('\n'));
  }
  return 0;
}

async function runCheck(cmd: Extract<Command, { command: 'check' }>, io: Io, lang: Lang): Promise<number> {
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall, lang);
  // A workbook without the log's tabs is refused by the check (not-a-log: exit 1, never an all-clear).
  const checked = await session.gateway.check(cmd.round);
  io.stdout(
    cmd.json
      ? JSON.stringify({ overallPlan: checked.overall, flags: checked.flags.map((f) => flagJson(f, lang)) })
      : formatCheck(checked, lang),
  );
  return 0;
}

async function runTotals(cmd: Extract<Command, { command: 'totals' }>, io: Io, lang: Lang): Promise<number> {
  if (cmd.out) prepareOutput(cmd.workbook, cmd.out, cmd.force === true);
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall, lang);
  const { snapshot, settings } = await session.gateway.readLog();
  const totals = computeTotals(snapshot, settings);
  let written: string[] = [];
  if (cmd.out) {
    await session.gateway.refreshTotals();
    written = saveWorkbook(session, cmd.out, cmd.force === true).messages.map((m) => render(lang, m));
  }
  io.stdout(cmd.json ? JSON.stringify(totals) : [formatTotals(totals, lang), ...written].join('\n'));
  return 0;
}

/**
 * "This text means HiS2": the alias stored in the workbook's training catalogue (the settings,
 * through the gateway, as the pane's "this means" does), OUT written (an unchanged copy when the
 * text already meant the training). A refusal (an unknown code, a text that means another
 * training, too many aliases) writes nothing.
 */
async function runAlias(cmd: Extract<Command, { command: 'alias' }>, io: Io, lang: Lang): Promise<number> {
  prepareOutput(cmd.workbook, cmd.out, cmd.force === true);
  const session = await openWorkbook(cmd.workbook);
  const result = addTrainingAlias(await session.gateway.getSettings(), cmd.training, cmd.text);
  if (!result.ok) throw new MessageError(result.message);
  if (result.added) await session.gateway.saveSettings(result.settings);
  const { alias, code } = result;
  const written = saveWorkbook(session, cmd.out, cmd.force === true);
  const said = msg(result.added ? 'cli-alias-added' : 'cli-alias-known', { alias, code });
  if (cmd.json)
    io.stdout(JSON.stringify({ training: code, alias, added: result.added, written: written.json }));
  else io.stdout([render(lang, said), ...written.messages.map((m) => render(lang, m))].join('\n'));
  return 0;
}

/** A flag in the JSON output: its message rendered in the CLI's language. */
function flagJson(f: Flag, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    person: f.person,
    training: f.training,
    round: f.round,
    sheet: f.sheet,
    cell: f.cell,
    message: render(lang, f.message),
    /** The coordinator's mark (note and day) when the flag is marked handled, else null. */
    handled: f.handled ?? null,
  };
}

function problemJson(p: Problem & { file: string }, lang: Lang) {
  return {
    file: p.file,
    code: p.code,
    severity: p.severity,
    message: render(lang, p.message),
    where: p.where,
  };
}
