// Building PersonalPlan objects for tests, with the value readers doing the reading.
import type { Activity, PersonalPlan } from '../../../src/core/model';
import { readDate } from '../../../src/core/values/date';
import { readNumber } from '../../../src/core/values/number';
import { readStatus } from '../../../src/core/values/status';
import { readTraining, readTrainingList } from '../../../src/core/values/training';

export interface ActivityInput {
  training?: string;
  activity?: string;
  targetGroup?: string;
  unit?: string;
  plannedDate?: string;
  plannedNumber?: string;
  status?: string;
  doneDate?: string;
  reached?: string;
  comment?: string;
}

export function activity(a: ActivityInput, row = 2): Activity {
  return {
    training: readTraining(a.training ?? 'HiS6'),
    activity: a.activity ?? 'Föreläsning',
    targetGroup: a.targetGroup ?? 'Sjuksköterskor',
    unit: a.unit ?? 'Vårdcentralen Norr',
    plannedDate: readDate(a.plannedDate ?? ''),
    plannedNumber: readNumber(a.plannedNumber ?? ''),
    status: readStatus(a.status ?? ''),
    doneDate: readDate(a.doneDate ?? ''),
    reached: readNumber(a.reached ?? ''),
    comment: a.comment ?? '',
    source: { source: 'test.docx', table: 3, row },
  };
}

export interface PlanInput {
  name: string;
  title?: string;
  unit?: string;
  region?: string;
  email?: string;
  phone?: string;
  trainings?: string;
  activities: ActivityInput[];
  source?: string;
}

export function plan(p: PlanInput): PersonalPlan {
  const trainings = p.trainings ?? 'HiS6';
  return {
    source: { kind: 'docx', name: p.source ?? `${p.name}.docx` },
    contact: {
      name: p.name,
      title: p.title ?? 'Kurator',
      unit: p.unit ?? 'Vårdcentralen Norr',
      region: p.region ?? 'Region Test',
      email: p.email ?? `${p.name.toLowerCase().replace(/[^a-z]/g, '.')}@example.se`,
      phone: p.phone ?? '070-123 45 67',
      trainingsRaw: trainings,
      trainings: readTrainingList(trainings),
    },
    goals: [],
    activities: p.activities.map((a, i) => activity(a, i + 2)),
    problems: [],
  };
}
