// Human-readable output of the CLI (without --json): short tables in the CLI's language.
import { msg, type MessageParamMap } from '../core/messages';
import type { Flag, Problem } from '../core/model';
import type { CheckResult, OverallUsed } from '../excel/gateway';
import type { Totals, TotalsResult } from '../core/totals/computeTotals';
import { UNKNOWN_TRAINING } from '../core/totals/groups';
import { render, type Lang } from '../messages/render';

type Heading = MessageParamMap['cli-heading']['heading'];

function heading(lang: Lang, h: Heading): string {
  return render(lang, msg('cli-heading', { heading: h }));
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function formatImported(
  rows: { person: string; tab: string; rowsWritten: number; rowsReplaced: number }[],
  lang: Lang,
): string {
  if (rows.length === 0) return render(lang, msg('cli-nothing-imported', {}));
  return table(
    (['person', 'tab', 'rowsWritten', 'rowsReplaced'] as const).map((h) => heading(lang, h)),
    rows.map((r) => [r.person, r.tab, r.rowsWritten, r.rowsReplaced]),
  );
}

export function formatProblems(problems: (Problem & { file: string })[], lang: Lang): string {
  return [
    render(lang, msg('cli-problems-title', {})),
    ...problems.map((p) => `  ${p.file}: ${render(lang, p.message)}`),
  ].join('\n');
}

/** The overall plan a check compared with, in a sentence (none says so plainly: no all-clear). */
export function overallLine(overall: OverallUsed, lang: Lang): string {
  switch (overall.kind) {
    case 'tab':
      return render(lang, msg('check-overall-tab', { sheet: overall.sheet }));
    case 'file':
      return render(lang, msg('check-overall-file', { file: overall.file, sheet: overall.sheet }));
    case 'none':
      return render(lang, msg('check-overall-none', { tab: overall.tab ?? '' }));
  }
}

/**
 * A check's result: what it compared with, then the flags not marked handled (how many are
 * marked is said last). "No flags" is an all-clear only when an overall plan was compared.
 */
export function formatCheck(result: CheckResult, lang: Lang): string {
  const open = result.flags.filter((f) => f.handled === undefined);
  const handled = result.flags.length - open.length;
  const compared = result.overall.kind !== 'none';
  const lines = [overallLine(result.overall, lang)];
  if (open.length === 0)
    lines.push(render(lang, msg(compared ? 'check-no-flags' : 'check-no-flags-without-overall', {})));
  else lines.push(formatFlags(open, lang));
  if (handled > 0) lines.push(render(lang, msg('check-handled-count', { count: handled })));
  return lines.join('\n');
}

export function formatFlags(flags: Flag[], lang: Lang): string {
  if (flags.length === 0) return render(lang, msg('cli-no-flags', {}));
  const byCode = new Map<string, number>();
  for (const f of flags) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  return [
    render(lang, msg('cli-flag-count', { count: flags.length })),
    table(
      [heading(lang, 'flag'), heading(lang, 'count')],
      [...byCode].map(([c, n]) => [c, n]),
    ),
    '',
    ...flags.map((f) => `  '${f.sheet}'!${f.cell}  ${render(lang, f.message)}`),
  ].join('\n');
}

/** A row's name: the key as it is, or the name of the group of rows without one. */
function rowName(lang: Lang, dimension: 'training' | 'unit' | 'person', key: string): string {
  const without = dimension === 'training' ? key === UNKNOWN_TRAINING : key === '';
  return without ? render(lang, msg('totals-without', { dimension })) : key;
}

function totalsRows(
  lang: Lang,
  dimension: 'training' | 'unit' | 'person',
  rec: Record<string, Totals>,
): (string | number)[][] {
  return Object.entries(rec).map(([k, t]) => [
    rowName(lang, dimension, k),
    t.goal,
    t.planned,
    t.reachedAterrap1,
    t.reachedAterrap2,
  ]);
}

export function formatTotals(t: TotalsResult, lang: Lang): string {
  const header = ['', ...(['goal', 'planned', 'reached1', 'reached2'] as const).map((h) => heading(lang, h))];
  const g = t.grandTotal;
  return [
    heading(lang, 'perTraining'),
    table(header, totalsRows(lang, 'training', t.perTraining)),
    '',
    heading(lang, 'perUnit'),
    table(header, totalsRows(lang, 'unit', t.perUnit)),
    '',
    heading(lang, 'perPerson'),
    table(header, totalsRows(lang, 'person', t.perPerson)),
    '',
    table(header, [[heading(lang, 'total'), g.goal, g.planned, g.reachedAterrap1, g.reachedAterrap2]]),
    '',
    render(lang, msg('cli-participants-note', {})),
  ].join('\n');
}
