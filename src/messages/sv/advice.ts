// Advice said the same way wherever the same problem is found (in a plan, in the log).
export const TRAINING_ADVICE =
  'Rätta den (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.';
export const NUMBER_ADVICE = 'Skriv ett tal, till exempel 20.';
export const DATE_ADVICE = 'Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.';
export const STATUS_ADVICE = 'Skriv Genomförd, Ej genomförd, Inställd eller Planerad.';
export const NAME_ADVICE = 'Fyll i namnet i planen och läs in den igen.';

/** The trainings a text fits: "både HiS6 och HiS9", "HiS6, HiS9 och HiS12". */
export function fits(candidates: readonly string[]): string {
  if (candidates.length <= 1) return candidates[0] ?? '';
  const last = candidates[candidates.length - 1];
  return candidates.length === 2
    ? `både ${candidates[0]} och ${last}`
    : `${candidates.slice(0, -1).join(', ')} och ${last}`;
}

/** What to do about a training that fits several: no guess, the code or an alias. */
export const ambiguousAdvice = (candidates: readonly string[]) =>
  `Tillägget gissar inte vilken som menas: skriv koden (till exempel ”${candidates[0] ?? 'HiS6'}”) eller lägg till stavningen i utbildningslistan under Inställningar.`;
