// PlanFiles over a Web Worker (planWorker.ts): the files' bytes are read here and sent to the
// worker one by one as they arrive; the worker answers in order. Stopping terminates the worker
// (a file half read is dropped with it); the next read starts a new one.
import type { Settings } from '../../core/model';
import type { FileOutcome, PlanFiles } from './planFiles';
import type { PlanWorkerReply, PlanWorkerRequest } from './planWorkerProtocol';

/** The worker could not be started or stopped working (its script did not load). */
export class PlanWorkerError extends Error {
  constructor() {
    super('plan-worker-failed');
    this.name = 'PlanWorkerError';
  }
}

export function workerPlanFiles(start: () => Worker): PlanFiles {
  let worker: Worker | null = null;
  let nextId = 0;
  const stop = (w: Worker) => {
    w.terminate();
    if (worker === w) worker = null;
  };
  return {
    read(files: readonly File[], settings: Settings, onRead: (done: number) => void, signal: AbortSignal) {
      if (signal.aborted) return Promise.resolve(null);
      const w = (worker ??= start());
      const first = nextId;
      nextId += files.length;
      return new Promise<FileOutcome[] | null>((resolve, reject) => {
        const out: FileOutcome[] = new Array<FileOutcome>(files.length);
        let done = 0;
        const finish = () => {
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
          signal.removeEventListener('abort', onAbort);
        };
        const onMessage = (event: MessageEvent<PlanWorkerReply>) => {
          const i = event.data.id - first;
          if (i < 0 || i >= files.length || out[i] !== undefined) return;
          out[i] = { name: files[i].name, outcome: event.data.outcome };
          done += 1;
          onRead(done);
          if (done === files.length) {
            finish();
            resolve(out);
          }
        };
        const onError = (event: ErrorEvent) => {
          event.preventDefault();
          finish();
          stop(w);
          reject(new PlanWorkerError());
        };
        const onAbort = () => {
          finish();
          stop(w);
          resolve(null);
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        signal.addEventListener('abort', onAbort);
        if (files.length === 0) {
          finish();
          resolve([]);
          return;
        }
        void (async () => {
          for (let i = 0; i < files.length; i++) {
            if (signal.aborted) return;
            const bytes = await files[i].arrayBuffer();
            if (signal.aborted) return;
            const request: PlanWorkerRequest = { id: first + i, name: files[i].name, bytes, settings };
            w.postMessage(request, [bytes]);
          }
        })().catch(() => {
          finish();
          reject(new PlanWorkerError());
        });
      });
    },
  };
}
