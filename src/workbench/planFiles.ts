// The workbench reads plan files as the add-in does: in the plan reader's Web Worker.
import { startPlanWorker } from '../taskpane/reading/startPlanWorker';
import { workerPlanFiles } from '../taskpane/reading/workerPlanFiles';

export const planFiles = workerPlanFiles(startPlanWorker);
