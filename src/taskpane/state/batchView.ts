// What the batch preview shows, worked out from the gateway's preview (pure, no texts): the
// summary's numbers, which plans need a look, and what each needs a look for.
import { ROUNDS, type Problem, type Round } from '../../core/model';
import type { ImportPreview, PersonPreview } from '../../excel/gateway';

export interface TabSummary {
  round: Round;
  sheet: string;
  /** Plans written into the tab. */
  people: number;
  rowsToWrite: number;
  rowsToReplace: number;
}

export interface BatchSummary {
  plansRead: number;
  failed: number;
  /** Different people (a person with plans for two rounds counts once). */
  people: number;
  tabs: TabSummary[];
  contactsNew: number;
  contactsChanged: number;
  needsLook: number;
  rowsToWrite: number;
}

/**
 * What a plan needs a look for: its own problems that are more than information, the import's
 * problems about its file (two plans for one person, a text too long for a cell), no activity
 * at all.
 */
export function lookReasons(p: PersonPreview, importProblems: readonly Problem[]): Problem[] {
  const own = p.plan.problems.filter((x) => x.severity !== 'info');
  const batch = importProblems.filter((x) => x.severity !== 'info' && x.where.source === p.sourceName);
  return [...own, ...batch];
}

export function needsLook(p: PersonPreview, importProblems: readonly Problem[]): boolean {
  return p.rowsToWrite === 0 || lookReasons(p, importProblems).length > 0;
}

export function summarize(preview: ImportPreview, failed: number): BatchSummary {
  const problems = preview.problems ?? [];
  const tabs: TabSummary[] = [];
  for (const round of ROUNDS) {
    const mine = preview.people.filter((p) => p.round === round);
    if (mine.length === 0) continue;
    tabs.push({
      round,
      sheet: mine[0].targetSheet,
      people: mine.length,
      rowsToWrite: mine.reduce((n, p) => n + p.rowsToWrite, 0),
      rowsToReplace: mine.reduce((n, p) => n + p.rowsToReplace, 0),
    });
  }
  const contact = new Map(preview.people.map((p) => [p.person, p.contact]));
  const count = (c: PersonPreview['contact']) => [...contact.values()].filter((v) => v === c).length;
  return {
    plansRead: preview.plans.length,
    failed,
    people: contact.size,
    tabs,
    contactsNew: count('new'),
    contactsChanged: count('changed'),
    needsLook: preview.people.filter((p) => needsLook(p, problems)).length,
    rowsToWrite: tabs.reduce((n, t) => n + t.rowsToWrite, 0),
  };
}

/** The rounds to ask the gateway for: each plan's as previewed, one changed or all changed. */
export function roundsWith(
  preview: ImportPreview,
  change: { index: number; round: Round } | { all: Round | null },
): (Round | undefined)[] {
  if ('all' in change) return preview.plans.map(() => change.all ?? undefined);
  return preview.rounds.map((r, i) => (i === change.index ? change.round : r));
}
