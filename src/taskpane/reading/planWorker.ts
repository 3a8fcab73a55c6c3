// The plan reader's Web Worker: reads each plan file it is sent (core/plan/read) off the pane's
// main thread and answers with the outcome. Started by startPlanWorker.ts; talked to by
// workerPlanFiles.ts. No DOM here: .docx, .docm and .odt are parsed with @xmldom/xmldom.
import { msg } from '../../core/messages';
import { readPlanFile } from '../../core/plan/read';
import type { PlanWorkerReply, PlanWorkerRequest } from './planWorkerProtocol';
import type { ReadOutcome } from './planFiles';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanWorkerRequest>) => void) | null;
  postMessage(reply: PlanWorkerReply): void;
}

const scope = self as unknown as WorkerScope;

function read(request: PlanWorkerRequest): ReadOutcome {
  try {
    return readPlanFile(new Uint8Array(request.bytes), request.name, { settings: request.settings });
  } catch {
    // readPlanFile turns every failure into a problem; this is the last line of defence.
    const message = msg('plan-read-failed', { source: request.name, from: 'docx' });
    return {
      ok: false,
      problems: [{ code: 'read-failed', severity: 'error', message, where: { source: request.name } }],
    };
  }
}

scope.onmessage = (event) => {
  scope.postMessage({ id: event.data.id, outcome: read(event.data) });
};
