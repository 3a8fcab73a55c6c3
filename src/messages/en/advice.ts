// Advice said the same way wherever the same problem is found (in a plan, in the log).
export const TRAINING_ADVICE =
  'Correct it (for example “HiS6”) or add the spelling to the list of trainings under Settings.';
export const NUMBER_ADVICE = 'Write a number, for example 20.';
export const DATE_ADVICE = 'Write for example 2017-02-10, 10/2, 10 feb, v. 6 or vt 2017.';
export const STATUS_ADVICE = 'Write Genomförd, Ej genomförd, Inställd or Planerad.';
export const NAME_ADVICE = 'Fill in the name in the plan and read it in again.';
