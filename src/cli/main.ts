// `spridningslogg`: the add-in's engine on .xlsx files, without Excel. Same code paths as the
// task pane: the core reads plans, the excel layer drives the real Office.js client, and the
// host emulator stands in for Excel, loading and saving the files.
import { MessageError } from '../core/messages';
import type { Flag, Problem, Round } from '../core/model';
import { render } from '../messages/render';
import { computeTotals, type TotalsResult } from '../core/totals/computeTotals';
import { parseArgs, USAGE, type Command } from './args';
import { CliError } from './cliError';
import { formatFlags, formatImported, formatProblems, formatTotals } from './format';
import { groupInputs } from './inputs';
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

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`spridningslogg: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(parsed.value, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`spridningslogg: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof MessageError) {
      io.stderr(`spridningslogg: ${render('sv', e.msg)}`);
      return 1;
    }
    // Never print cell contents or plan data here: only what kind of failure it was.
    const code = (e as { code?: unknown }).code;
    io.stderr(
      `spridningslogg: ett oväntat fel stoppade körningen${typeof code === 'string' ? ` (${code})` : ''}. Ingen utfil skrevs.`,
    );
    return 1;
  }
}

async function run(cmd: Command, io: Io): Promise<number> {
  switch (cmd.command) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'import':
      return runImport(cmd, io);
    case 'check':
      return runCheck(cmd, io);
    case 'totals':
      return runTotals(cmd, io);
  }
}

async function applyOverallFile(session: WorkbookSession, overall: string | undefined): Promise<void> {
  if (overall === undefined) return;
  const bytes = readInputFile(overall);
  try {
    await session.gateway.setOverallPlanFile(bytes, overall);
  } catch (e) {
    throw new CliError(1, `${overall}: ${(e as Error).message}`);
  }
}

async function flagsAndTotals(
  session: WorkbookSession,
  round?: Round,
): Promise<{ flags: Flag[]; totals: TotalsResult }> {
  const flags = await session.gateway.check(round);
  const { snapshot, settings } = await session.gateway.readLog();
  return { flags, totals: computeTotals(snapshot, settings) };
}

async function runImport(cmd: Extract<Command, { command: 'import' }>, io: Io): Promise<number> {
  const grouped = groupInputs(cmd.inputs);
  if (!grouped.ok) throw new CliError(1, grouped.message);
  prepareOutput(cmd.workbook, cmd.out, cmd.force === true);
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall);
  const settings = await session.gateway.getSettings();
  if (!cmd.json && grouped.inputs.length > 5) io.stderr(`Läser ${grouped.inputs.length} planer …`);
  const { plans, problems } = readPlans(grouped.inputs, session.runtime.domParser, settings);
  const preview = await session.gateway.previewImport(plans, cmd.round);
  const result = await session.gateway.applyImport(preview);
  if (result.status !== 'written')
    throw new CliError(1, `${cmd.workbook}: arbetsboken ändrades under importen. Kör igen.`);
  const imported: ImportedEntry[] = preview.people.map((p) => ({
    person: p.person,
    tab: preview.targetSheet,
    rowsWritten: p.rowsToWrite,
    rowsReplaced: p.rowsToReplace,
  }));
  const { flags, totals } = await flagsAndTotals(session, cmd.round);
  const written = saveWorkbook(session, cmd.out, cmd.force === true);
  if (cmd.json) {
    io.stdout(
      JSON.stringify({
        imported,
        problems: problems.map(problemJson),
        flags: flags.map(flagJson),
        totals,
        written: written.json,
      }),
    );
  } else {
    io.stdout(formatImported(imported));
    if (problems.length) io.stdout(formatProblems(problems));
    io.stdout(formatFlags(flags));
    io.stdout(written.messages.map((m) => render('sv', m)).join('\n'));
  }
  return 0;
}

async function runCheck(cmd: Extract<Command, { command: 'check' }>, io: Io): Promise<number> {
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall);
  const flags = await session.gateway.check(cmd.round);
  io.stdout(cmd.json ? JSON.stringify({ flags: flags.map(flagJson) }) : formatFlags(flags));
  return 0;
}

async function runTotals(cmd: Extract<Command, { command: 'totals' }>, io: Io): Promise<number> {
  if (cmd.out) prepareOutput(cmd.workbook, cmd.out, cmd.force === true);
  const session = await openWorkbook(cmd.workbook);
  await applyOverallFile(session, cmd.overall);
  const { snapshot, settings } = await session.gateway.readLog();
  const totals = computeTotals(snapshot, settings);
  let written: string[] = [];
  if (cmd.out) {
    await session.gateway.refreshTotals();
    written = saveWorkbook(session, cmd.out, cmd.force === true).messages.map((m) => render('sv', m));
  }
  io.stdout(cmd.json ? JSON.stringify(totals) : [formatTotals(totals), ...written].join('\n'));
  return 0;
}

function flagJson(f: Flag) {
  return {
    code: f.code,
    severity: f.severity,
    person: f.person,
    training: f.training,
    round: f.round,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
  };
}

function problemJson(p: Problem & { file: string }) {
  return { file: p.file, code: p.code, severity: p.severity, message: p.message, where: p.where };
}
