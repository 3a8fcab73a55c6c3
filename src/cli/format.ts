// Human-readable output of the CLI (without --json): short Swedish tables.
import type { Flag, Problem } from '../core/model';
import type { Totals, TotalsResult } from '../core/totals/computeTotals';

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
): string {
  if (rows.length === 0) return 'Inga planer importerades.';
  return table(
    ['Spridningsledare', 'Flik', 'Rader skrivna', 'Rader ersatta'],
    rows.map((r) => [r.person, r.tab, r.rowsWritten, r.rowsReplaced]),
  );
}

export function formatProblems(problems: (Problem & { file: string })[]): string {
  return ['Att kontrollera i planerna:', ...problems.map((p) => `  ${p.file}: ${p.message}`)].join('\n');
}

export function formatFlags(flags: Flag[]): string {
  if (flags.length === 0) return 'Inga flaggor: loggen stämmer med den övergripande planen.';
  const byCode = new Map<string, number>();
  for (const f of flags) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  return [
    `${flags.length} flaggor:`,
    table(
      ['Flagga', 'Antal'],
      [...byCode].map(([c, n]) => [c, n]),
    ),
    '',
    ...flags.map((f) => `  '${f.sheet}'!${f.cell}  ${f.message}`),
  ].join('\n');
}

function totalsRows(rec: Record<string, Totals>): (string | number)[][] {
  return Object.entries(rec).map(([k, t]) => [k, t.goal, t.planned, t.reachedAterrap1, t.reachedAterrap2]);
}

export function formatTotals(t: TotalsResult): string {
  const header = ['', 'Mål', 'Planerat', 'Nått ÅTERRAP1', 'Nått ÅTERRAP2'];
  const g = t.grandTotal;
  return [
    'Per utbildning',
    table(header, totalsRows(t.perTraining)),
    '',
    'Per verksamhet',
    table(header, totalsRows(t.perUnit)),
    '',
    'Per spridningsledare',
    table(header, totalsRows(t.perPerson)),
    '',
    table(header, [['Totalt', g.goal, g.planned, g.reachedAterrap1, g.reachedAterrap2]]),
    '',
    'Deltagarna är inte identifierade: den som gått två aktiviteter räknas två gånger.',
  ].join('\n');
}
