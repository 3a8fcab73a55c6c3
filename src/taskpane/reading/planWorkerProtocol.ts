// The messages between the pane and the plan reader's worker.
import type { Settings } from '../../core/model';
import type { ReadOutcome } from './planFiles';

/** A file to read: its bytes are transferred, not copied. */
export interface PlanWorkerRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  settings: Settings;
}

export interface PlanWorkerReply {
  id: number;
  outcome: ReadOutcome;
}
