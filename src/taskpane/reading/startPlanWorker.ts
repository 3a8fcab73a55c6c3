// Starts the plan reader's worker. webpack sees `new Worker(new URL(…, import.meta.url))` and
// builds planWorker.ts as its own file from the add-in's origin (the page's CSP: worker-src
// 'self'). Only the composition roots (the add-in's entry, the workbench) import this module.
export function startPlanWorker(): Worker {
  return new Worker(new URL(/* webpackChunkName: "plan-worker" */ './planWorker.ts', import.meta.url), {
    name: 'plan-reader',
  });
}
