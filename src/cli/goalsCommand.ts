// `spridningslogg goals`: per spridningsledare of the overall plan, DIR/<name>.docx (the
// pre-filled personal plan) and DIR/<name>.eml (the mail draft with the plan attached). The
// overall plan is read as the pane reads it: from its own .xlsx through the gateway's
// setOverallPlanFile, or from the log's tab; contacts from the log's tab 2 when --workbook is
// given. Nothing is written when any file would be replaced without --force.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { goalMail } from '../core/goals/goalMail';
import { uniqueBaseNames } from '../documents/fileName';
import { personGoals, type PersonGoals } from '../core/goals/personGoals';
import { planDocx } from '../documents/planDocument';
import { MessageError, msg, type Message } from '../core/messages';
import { longDate } from '../messages/format';
import { render, type Lang } from '../messages/render';
import type { GoalsCommand } from './beyondArgs';
import { DOCX_TYPE, emlBytes } from './mailFile';
import { writeOutput } from './outputPath';
import { openWorkbook, readInputFile } from './workbookSession';

/** The workbook the overall plan is opened in when there is no log: the add-in's template. */
export const TEMPLATE = path.resolve(__dirname, '../../assets/template.xlsx');

interface Written {
  person: PersonGoals;
  base: string;
  docx: Uint8Array;
  eml: Uint8Array;
}

/** The existing entries of DIR that the files would replace (compared as Windows and macOS do). */
function clashes(dir: string, names: string[]): string[] {
  let present: string[];
  try {
    present = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');
  const have = new Map(present.map((p) => [fold(p), p]));
  return names.map((n) => have.get(fold(n))).filter((n): n is string => n !== undefined);
}

function prepareFolder(dir: string): void {
  const stat = fs.statSync(dir, { throwIfNoEntry: false }) ?? null;
  if (stat && !stat.isDirectory()) throw new MessageError(msg('goals-out-not-folder', { dir }));
  if (!stat) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      throw new MessageError(msg('goals-out-not-folder', { dir }));
    }
  }
}

export async function runGoals(
  cmd: GoalsCommand,
  io: { stdout: (s: string) => void },
  lang: Lang,
): Promise<number> {
  const source = cmd.workbook ?? TEMPLATE;
  const session = await openWorkbook(source);
  if (cmd.overall !== undefined) {
    const bytes = readInputFile(cmd.overall);
    await session.gateway.setOverallPlanFile(bytes, cmd.overall);
  }
  const { snapshot, settings } = await session.gateway.readLog();
  if (snapshot.overall === null) throw new MessageError(msg('goals-no-overall-plan', {}));
  const people = personGoals(snapshot.overall, snapshot.contacts, settings);
  if (people.length === 0)
    throw new MessageError(msg('goals-no-people', { source: cmd.overall ?? cmd.workbook ?? '' }));
  const deadline = cmd.deadline ?? settings.deadlines.aterrap1Due;
  const bases = uniqueBaseNames(
    people.map((p) => p.name),
    (i) => `Spridningsledare ${i + 1}`,
  );
  const files = bases.flatMap((b) => [`${b}.docx`, `${b}.eml`]);

  prepareFolder(cmd.out);
  const existing = clashes(cmd.out, files);
  if (existing.length > 0 && cmd.force !== true)
    throw new MessageError(
      msg('goals-files-exist', {
        dir: cmd.out,
        files: existing.slice(0, 5),
        more: Math.max(0, existing.length - 5),
      }),
    );

  // Everything is made before anything is written.
  const written: Written[] = [];
  for (const [i, person] of people.entries()) {
    const base = bases[i];
    const docx = await planDocx(person, { deadline: longDate(deadline, 'sv') });
    const mail = goalMail(person, deadline);
    const eml = await emlBytes({
      to: mail.to,
      ...(cmd.from ? { from: cmd.from } : {}),
      subject: render(lang, mail.subject),
      text: render(lang, mail.body),
      attachment: { filename: `${base}.docx`, content: docx, contentType: DOCX_TYPE },
    });
    written.push({ person, base, docx, eml });
  }
  const force = cmd.force === true;
  for (const w of written) {
    writeOutput(source, path.join(cmd.out, `${w.base}.docx`), w.docx, force);
    writeOutput(source, path.join(cmd.out, `${w.base}.eml`), w.eml, force);
  }

  if (cmd.json) {
    io.stdout(
      JSON.stringify({
        dir: cmd.out,
        deadline,
        people: written.map((w) => ({
          name: w.person.name,
          email: w.person.contact.email,
          docx: `${w.base}.docx`,
          eml: `${w.base}.eml`,
          goals: w.person.goals,
        })),
      }),
    );
    return 0;
  }
  const lines: Message[] = [
    msg('goals-written', { dir: cmd.out, people: written.length, docx: written.length, eml: written.length }),
    ...written.map((w) =>
      w.person.contact.email === ''
        ? msg('goals-person-no-email', { name: w.person.name, file: w.base })
        : msg('goals-person-written', {
            name: w.person.name,
            file: w.base,
            goals: w.person.goals.length,
            email: w.person.contact.email,
          }),
    ),
  ];
  io.stdout(lines.map((m) => render(lang, m)).join('\n'));
  return 0;
}
