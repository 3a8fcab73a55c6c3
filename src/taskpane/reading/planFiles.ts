// Reading plan files, one after the other, with progress and a way to stop. The pane is given a
// PlanFiles by its composition root: in the add-in and the workbench the files are read in a Web
// Worker (workerPlanFiles.ts) so 150 plans do not freeze the pane; the jsdom tests read them on
// the page (inThreadPlanFiles below). Both run the same reader (core/plan/read: readPlanFile).
import type { Settings } from '../../core/model';
import { readDocxPlan, yieldToBrowser, type ReadOutcome } from '../hooks/planReader';

export type { ReadOutcome };

export interface FileOutcome {
  name: string;
  outcome: ReadOutcome;
}

export interface PlanFiles {
  /**
   * Reads `files` as plans, in order; `onRead(done)` after each one. Resolves with an outcome per
   * file, or null when `signal` stopped it (nothing of the batch is kept then).
   */
  read(
    files: readonly File[],
    settings: Settings,
    onRead: (done: number) => void,
    signal: AbortSignal,
  ): Promise<FileOutcome[] | null>;
}

/** On the page, a file at a time, letting the browser paint between files. */
export const inThreadPlanFiles: PlanFiles = {
  async read(files, settings, onRead, signal) {
    const out: FileOutcome[] = [];
    for (const file of files) {
      if (signal.aborted) return null;
      const bytes = new Uint8Array(await file.arrayBuffer());
      out.push({ name: file.name, outcome: await readDocxPlan(bytes, file.name, settings) });
      onRead(out.length);
      await yieldToBrowser();
    }
    return signal.aborted ? null : out;
  },
};
