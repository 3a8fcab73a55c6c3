// Advice said the same way wherever the same problem is found (in a plan, in the log).
export const TRAINING_ADVICE =
  'Correct it (for example “HiS6”) or add the spelling to the list of trainings under Settings.';
export const NUMBER_ADVICE = 'Write a number, for example 20.';
export const DATE_ADVICE = 'Write for example 2017-02-10, 10/2, 10 feb, v. 6 or vt 2017.';
export const STATUS_ADVICE = 'Write Genomförd, Ej genomförd, Inställd or Planerad.';
export const NAME_ADVICE = 'Fill in the name in the plan and read it in again.';

/** The trainings a text fits: "both HiS6 and HiS9", "HiS6, HiS9 and HiS12". */
export function fits(candidates: readonly string[]): string {
  if (candidates.length <= 1) return candidates[0] ?? '';
  const last = candidates[candidates.length - 1];
  return candidates.length === 2
    ? `both ${candidates[0]} and ${last}`
    : `${candidates.slice(0, -1).join(', ')} and ${last}`;
}

/** What to do about a training that fits several: no guess, the code or an alias. */
export const ambiguousAdvice = (candidates: readonly string[]) =>
  `The add-in does not guess which one is meant: write the code (for example “${candidates[0] ?? 'HiS6'}”) or add the spelling to the list of trainings under Settings.`;
