// Settings stored in the workbook: programme year, round deadlines and the training catalogue.
// Read with zod; each field that is missing or wrong falls back to its default, with a Swedish note.
import { z } from 'zod';
import { DEFAULT_CATALOGUE } from './catalogue';
import type { Deadlines, PersonalPlan, Round, Settings, TrainingDef } from './model';
import { localDay } from './today';

export const DEFAULT_SETTINGS: Settings = {
  programmeYear: 2016,
  deadlines: {
    aterrap1Due: '2017-02-02',
    aterrap1Send: '2017-02-10',
    aterrap2Due: '2017-03-22',
    aterrap2Send: '2017-03-31',
  },
  catalogue: DEFAULT_CATALOGUE,
};

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  );

const yearSchema = z.number().int().min(2000).max(2100);
const trainingSchema = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
});

const DEADLINE_LABELS: Record<keyof Deadlines, string> = {
  aterrap1Due: 'sista dag för planer med status till Återrapportering 1',
  aterrap1Send: 'dag då Återrapportering 1 skickas',
  aterrap2Due: 'sista dag för planer med status till Återrapportering 2',
  aterrap2Send: 'dag då Återrapportering 2 skickas',
};

/** A stored value as the user would recognise it in a message. */
function show(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v) ?? '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings from stored JSON (text or already parsed); field by field, defaults where it is wrong. */
export function parseSettings(json: unknown): {
  settings: Settings;
  problems: string[];
} {
  const problems: string[] = [];
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return {
        settings: structuredClone(DEFAULT_SETTINGS),
        problems: [
          'Inställningarna i arbetsboken går inte att läsa (inte giltig JSON). Standardinställningarna används.',
        ],
      };
    }
  }
  if (data === undefined || data === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  if (!isRecord(data)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [
        'Inställningarna i arbetsboken har fel form (inget objekt). Standardinställningarna används.',
      ],
    };
  }

  let programmeYear = DEFAULT_SETTINGS.programmeYear;
  if (data.programmeYear !== undefined) {
    const r = yearSchema.safeParse(data.programmeYear);
    if (r.success) programmeYear = r.data;
    else
      problems.push(
        `Programåret "${show(data.programmeYear)}" är inte ett årtal mellan 2000 och 2100. ${programmeYear} används.`,
      );
  }

  const deadlines: Deadlines = { ...DEFAULT_SETTINGS.deadlines };
  if (data.deadlines !== undefined) {
    if (!isRecord(data.deadlines))
      problems.push('Datumen för återrapporteringarna har fel form. Standarddatumen används.');
    else {
      for (const key of Object.keys(DEADLINE_LABELS) as (keyof Deadlines)[]) {
        const v = data.deadlines[key];
        if (v === undefined) continue;
        const r = isoDay.safeParse(v);
        if (r.success) deadlines[key] = r.data;
        else
          problems.push(
            `Datumet för ${DEADLINE_LABELS[key]} ("${show(v)}") är inte ett datum på formen ÅÅÅÅ-MM-DD. ${deadlines[key]} används.`,
          );
      }
    }
  }

  let catalogue: TrainingDef[] = DEFAULT_CATALOGUE.map((t) => ({
    ...t,
    aliases: [...t.aliases],
  }));
  if (data.catalogue !== undefined) {
    if (!Array.isArray(data.catalogue))
      problems.push('Utbildningskatalogen har fel form (ingen lista). Standardkatalogen används.');
    else {
      const read: TrainingDef[] = [];
      data.catalogue.forEach((entry, i) => {
        const r = trainingSchema.safeParse(entry);
        if (!r.success) {
          problems.push(`Utbildning nr ${i + 1} i katalogen saknar kod eller namn och hoppas över.`);
          return;
        }
        if (read.some((t) => t.code.toLowerCase() === r.data.code.toLowerCase())) {
          problems.push(`Utbildningskoden ${r.data.code} finns två gånger i katalogen; den första används.`);
          return;
        }
        read.push(r.data);
      });
      if (read.length > 0) catalogue = read;
      else problems.push('Utbildningskatalogen är tom. Standardkatalogen används.');
    }
  }
  return { settings: { programmeYear, deadlines, catalogue }, problems };
}

/** The date plans for a round are due to the coordinator. */
export function dueDate(round: Round, settings: Settings): string {
  return round === 'aterrap2' ? settings.deadlines.aterrap2Due : settings.deadlines.aterrap1Due;
}

/**
 * Which round plans belong to: without any status or number reached they are plans ('plan');
 * with them, report 1 until its send date has passed, report 2 after it.
 */
export function suggestRound(plan: PersonalPlan[] | PersonalPlan, today: Date, settings: Settings): Round {
  const plans = Array.isArray(plan) ? plan : [plan];
  const reported = plans.some((p) =>
    p.activities.some(
      (a) => a.status.raw !== '' || a.reached.kind !== 'empty' || a.doneDate.kind !== 'empty',
    ),
  );
  if (!reported) return 'plan';
  return localDay(today) <= settings.deadlines.aterrap1Send ? 'aterrap1' : 'aterrap2';
}
