import type { progressMessages } from '../../core/messages/progress';
import type { Sentences } from '../catalogue';

const ROUND = { aterrap1: 'report 1 (tab 3.b)', aterrap2: 'report 2 (tab 3.c)' };

export const progress: Sentences<keyof typeof progressMessages> = {
  'flag-planned-not-reported': (p) =>
    `${p.person} planned "${p.activity}" (${p.training}, row ${p.row} of the sheet "${p.sheet}"), but the activity is not in ${ROUND[p.round]}. Ask whether it was held, moved or cancelled, and add it to the report with its status.`,
  'flag-reported-not-planned': (p) =>
    `${p.person} reports "${p.activity}" (${p.training}) on row ${p.row} of the sheet "${p.sheet}", but it is not in the plan (tab 3.a). It may be a new activity; otherwise the training or the activity is written differently from the plan — write it the same in both tabs.`,
  'flag-reached-decreased': (p) =>
    `${p.person}: "${p.activity}" has ${p.reached2} reached on row ${p.row} of the sheet "${p.sheet}" but had ${p.reached1} at report 1 (row ${p.row1} of tab 3.b). The number reached does not usually go down; check it.`,
  'flag-missing-at-report-2': (p) =>
    `${p.person} reported for report 1 (from row ${p.row} of the sheet "${p.sheet}") but has no rows in report 2 (tab 3.c). Remind them of the updated plan.`,
};
