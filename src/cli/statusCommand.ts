// `spridningslogg status`: the status for the decision forum at a report round — the slide deck
// (.pptx) and, with --xlsx, the workbook with its status sheet. The numbers go the pane's way:
// the gateway writes the status sheet of live formulas and returns the summary's numbers, and
// the deck is made from those.
import { msg } from '../core/messages';
import { statusDeck } from '../documents/statusDeck';
import { render, textOf, type Lang } from '../messages/render';
import type { StatusCommand } from './beyondArgs';
import { checkOutput, writeOutput } from './outputPath';
import { openWorkbook, readInputFile, saveWorkbook } from './workbookSession';

export async function runStatus(
  cmd: StatusCommand,
  io: { stdout: (s: string) => void },
  lang: Lang,
): Promise<number> {
  const force = cmd.force === true;
  checkOutput(cmd.workbook, cmd.out, force);
  if (cmd.xlsx !== undefined) checkOutput(cmd.workbook, cmd.xlsx, force);
  const session = await openWorkbook(cmd.workbook);
  if (cmd.overall !== undefined)
    await session.gateway.setOverallPlanFile(readInputFile(cmd.overall), cmd.overall);
  const status = await session.gateway.refreshStatus(cmd.round, lang);
  const deck = await statusDeck(status.report, (m) => textOf(lang, m));
  writeOutput(cmd.workbook, cmd.out, deck.bytes, force);
  const lines = [render(lang, msg('status-deck-written', { out: cmd.out, slides: deck.slides }))];
  if (cmd.xlsx !== undefined) {
    const written = saveWorkbook(session, cmd.xlsx, force);
    lines.push(...written.messages.map((m) => render(lang, m)));
  }
  if (cmd.json) {
    const r = status.report;
    const row = (x: { label: unknown; goal: number; planned: number; reached: number }) => ({
      label: textOf(lang, x.label as string),
      goal: x.goal,
      planned: x.planned,
      reached: x.reached,
    });
    io.stdout(
      JSON.stringify({
        round: r.round,
        deck: { file: cmd.out, slides: deck.slides },
        perTraining: r.perTraining.map(row),
        perUnit: r.perUnit.map(row),
        total: row(r.total),
        people: r.people,
        reporting: r.reporting,
      }),
    );
  } else io.stdout(lines.join('\n'));
  return 0;
}
