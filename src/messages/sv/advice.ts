// Advice said the same way wherever the same problem is found (in a plan, in the log).
export const TRAINING_ADVICE =
  'Rätta den (till exempel ”HiS6”) eller lägg till stavningen i utbildningslistan under Inställningar.';
export const NUMBER_ADVICE = 'Skriv ett tal, till exempel 20.';
export const DATE_ADVICE = 'Skriv till exempel 2017-02-10, 10/2, 10 feb, v. 6 eller vt 2017.';
export const STATUS_ADVICE = 'Skriv Genomförd, Ej genomförd, Inställd eller Planerad.';
export const NAME_ADVICE = 'Fyll i namnet i planen och läs in den igen.';
