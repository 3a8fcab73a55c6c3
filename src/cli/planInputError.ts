// An INPUT that is not a readable plan: the file and the reader's problems (message codes), which
// main renders in the CLI's language. Exit 1; the workbook is not touched.
import type { Problem } from '../core/model';

export class PlanInputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(file);
    this.name = 'PlanInputError';
  }
}
