// zod schema of a PersonalPlan: the readers validate their output with it, and callers that
// receive a plan from elsewhere (storage, another window) can check it too.
import { z } from 'zod';
import { ALL_MESSAGE_SAMPLES, type Message } from '../messages';
import type { PersonalPlan } from '../model';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const where = z.object({
  source: z.string().optional(),
  table: z.number().int().positive().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
});

/** A message code the catalogues know, with its parameters (checked by type where it is made). */
const message = z.custom<Message>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { code?: unknown }).code === 'string' &&
    Object.hasOwn(ALL_MESSAGE_SAMPLES, (v as { code: string }).code) &&
    typeof (v as { params?: unknown }).params === 'object' &&
    (v as { params?: unknown }).params !== null,
);

const problem = z.object({
  code: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  message,
  where,
});

const numberReading = z.object({
  raw: z.string(),
  kind: z.enum(['empty', 'number', 'range', 'unreadable']),
  value: z.number().nullable(),
});

const dateReading = z.object({
  raw: z.string(),
  kind: z.enum(['empty', 'day', 'week', 'month', 'term', 'unreadable']),
  day: isoDay.optional(),
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  week: z.number().int().min(1).max(53).optional(),
  term: z.enum(['vt', 'ht']).optional(),
  start: isoDay.optional(),
  end: isoDay.optional(),
});

const statusReading = z.object({ raw: z.string(), value: z.enum(['done', 'notDone', 'planned']).nullable() });
const trainingReading = z.object({
  raw: z.string(),
  code: z.string().nullable(),
  candidates: z.array(z.string()).optional(),
});

export const planSchema: z.ZodType<PersonalPlan> = z.object({
  source: z.object({ kind: z.enum(['docx', 'odt', 'html', 'text']), name: z.string() }),
  contact: z.object({
    name: z.string(),
    title: z.string(),
    unit: z.string(),
    region: z.string(),
    email: z.string(),
    phone: z.string(),
    trainingsRaw: z.string(),
    trainings: z.array(trainingReading),
  }),
  goals: z.array(z.object({ training: trainingReading, unit: z.string(), number: numberReading })),
  activities: z.array(
    z.object({
      training: trainingReading,
      activity: z.string(),
      targetGroup: z.string(),
      unit: z.string(),
      plannedDate: dateReading,
      plannedNumber: numberReading,
      status: statusReading,
      doneDate: dateReading,
      reached: numberReading,
      comment: z.string(),
      source: where,
    }),
  ),
  problems: z.array(problem),
});
