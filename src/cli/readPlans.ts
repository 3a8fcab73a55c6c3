// Reads every INPUT into a personal plan with the same readers the pane uses. Any input that
// is not a readable plan stops the command before the workbook is touched (exit 1).
import type { PersonalPlan, Problem, Settings } from '../core/model';
import { readPaste, readPlanFile } from '../core/plan/read';
import { PlanInputError } from './planInputError';
import type { PlanInput } from './inputs';
import { readInputFile } from './workbookSession';

export interface ReadPlans {
  plans: PersonalPlan[];
  problems: (Problem & { file: string })[];
}

export function readPlans(inputs: PlanInput[], domParser: DOMParser, settings: Settings): ReadPlans {
  const plans: PersonalPlan[] = [];
  const problems: (Problem & { file: string })[] = [];
  for (const input of inputs) {
    const result =
      input.kind === 'docx'
        ? readPlanFile(readInputFile(input.path), input.name, { settings })
        : readPaste(
            {
              ...(input.htmlPath ? { html: decode(readInputFile(input.htmlPath)) } : {}),
              ...(input.textPath ? { text: decode(readInputFile(input.textPath)) } : {}),
            },
            { domParser, settings, name: input.name },
          );
    const file = input.kind === 'docx' ? input.path : (input.htmlPath ?? input.textPath ?? input.name);
    if (!result.ok) throw new PlanInputError(file, result.problems);
    plans.push(result.plan);
    for (const p of result.plan.problems) problems.push({ ...p, file });
  }
  return { plans, problems };
}

function decode(bytes: Uint8Array): string {
  // Word saves clipboard captures as UTF-8; a BOM is dropped by TextDecoder.
  return new TextDecoder('utf-8').decode(bytes);
}
