// What a flag rule is, and the one way a flag is made from a rule. A rule is a plain entry: its
// code and severity, when it is raised, the cell it takes the user to and its message. Each
// rule looks at one kind of subject (one activity row, one training of a person, one person,
// one contact row); computeFlags builds the subjects and hands them to the rules (rules.ts).
import type { Message } from '../messages';
import type { Flag, FlagCode, Round, Severity } from '../model';
import { flagAbout } from './about';

/** What every subject says about itself, for the flag's person, training and round. */
export interface About {
  round: Round | null;
  /** The person as the flags name them, null when the flag belongs to no one. */
  person: string | null;
  /** The training code (or the text written, when it is no programme training), null when none. */
  training: string | null;
}

/** A cell of the workbook a flag takes the user to. */
export interface Place {
  sheet: string;
  /** A1 address within `sheet`. */
  cell: string;
}

export interface Rule<S extends About> {
  code: FlagCode;
  severity: Severity | ((s: S) => Severity);
  /** When the flag is raised. */
  when: (s: S) => boolean;
  /** The cell the flag points at. */
  at: (s: S) => Place;
  message: (s: S) => Message;
}

/**
 * The cell of a row's column (a log row, an overall-plan row, a contact row); the row's name cell
 * when the column was not found, else its first cell.
 */
export function cellOf(
  r: { sheet: string; row: number; cells: Partial<Record<string, string>> },
  column: string,
): Place {
  return { sheet: r.sheet, cell: r.cells[column] ?? r.cells.person ?? `A${r.row}` };
}

/**
 * The flags of every rule raised by `s`, appended to `out` in the rules' order. `subject` gives
 * the subject's relevant values for the flags' fingerprints (about.ts), asked only when a rule fires.
 */
export function raise<S extends About>(
  rules: readonly Rule<S>[],
  s: S,
  out: Flag[],
  subject: (s: S) => string,
): void {
  let values: string | null = null;
  for (const rule of rules) {
    if (!rule.when(s)) continue;
    const { sheet, cell } = rule.at(s);
    const message = rule.message(s);
    values ??= subject(s);
    out.push({
      code: rule.code,
      severity: typeof rule.severity === 'function' ? rule.severity(s) : rule.severity,
      message,
      person: s.person,
      training: s.training,
      round: s.round,
      sheet,
      cell,
      about: flagAbout({ code: rule.code, round: s.round, message }, values),
    });
  }
}
