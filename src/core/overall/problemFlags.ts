// What reading the overall plan reported, as flags beside the log's own: a training or goal it
// could not read points at its cell like the same flag in a round tab does, and every row it
// skipped is an `overall-row-skipped` flag saying where and why, so nothing disappears unseen.
// Errors (no header, a column missing) stop the reading and are reported where it is read.
import type { Flag, FlagCode, Problem } from '../model';

const FLAG_OF: Readonly<Record<string, FlagCode>> = {
  'overall-missing-training': 'unknown-training',
  'overall-unknown-training': 'unknown-training',
  'overall-ambiguous-training': 'unknown-training',
  'overall-unreadable-goal': 'unreadable-number',
  'overall-goal-without-person': 'overall-row-skipped',
  'overall-row-note': 'overall-row-skipped',
  'overall-row-not-a-name': 'overall-row-skipped',
  'overall-row-name-only': 'overall-row-skipped',
  'overall-other-table': 'overall-row-skipped',
};

/** The flags, without their fingerprints, which the check gives them (flags/about.ts). */
export function overallProblemFlags(problems: readonly Problem[]): Omit<Flag, 'about'>[] {
  const out: Omit<Flag, 'about'>[] = [];
  for (const p of problems) {
    const code = FLAG_OF[p.code];
    if (code === undefined || p.severity === 'error') continue;
    const params = p.message.params as Readonly<Record<string, unknown>>;
    out.push({
      code,
      severity: p.severity,
      message: p.message,
      person: typeof params.person === 'string' ? params.person : null,
      training: null,
      round: null,
      sheet: p.where.source ?? '',
      cell: p.where.cell ?? `A${p.where.row ?? 1}`,
    });
  }
  return out;
}
