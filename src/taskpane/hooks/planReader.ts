// Loads the plan reader (src/core/plan/read) on first use with a dynamic import(), so the
// docx/HTML parsing code stays out of the pane's initial bundle.
import type { PersonalPlan, Problem, Settings } from '../../core/model';

export type ReadOutcome = { ok: true; plan: PersonalPlan } | { ok: false; problems: Problem[] };

import type * as Reader from '../../core/plan/read';

type ReaderModule = typeof Reader;

let loading: Promise<ReaderModule> | null = null;

function loadReader(): Promise<ReaderModule> {
  loading ??= import(/* webpackChunkName: "plan-reader" */ '../../core/plan/read').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export async function readPastedPlan(
  data: { html?: string; text?: string },
  settings: Settings,
  name: string,
): Promise<ReadOutcome> {
  const reader = await loadReader();
  return reader.readPaste(data, { domParser: new DOMParser(), settings, name });
}

export async function readDocxPlan(
  bytes: Uint8Array,
  name: string,
  settings: Settings,
): Promise<ReadOutcome> {
  const reader = await loadReader();
  return reader.readPlanFile(bytes, name, { settings });
}

/** Lets the browser paint and handle input between two pieces of long work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
