// Settings stored in the workbook: programme year, round deadlines and the training catalogue.
// Read with zod; each field that is missing or wrong falls back to its default, with a message why.
import { z } from 'zod';
import { DEFAULT_CATALOGUE } from './catalogue';
import { msg, type Message } from './messages';
import type { Deadlines, PersonalPlan, ReportRound, Round, Settings, TrainingDef } from './model';
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

const DEADLINE_KEYS = Object.keys(DEFAULT_SETTINGS.deadlines) as (keyof Deadlines)[];

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
  problems: Message[];
} {
  const problems: Message[] = [];
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return {
        settings: structuredClone(DEFAULT_SETTINGS),
        problems: [msg('settings-not-json', {})],
      };
    }
  }
  if (data === undefined || data === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  if (!isRecord(data)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [msg('settings-not-object', {})],
    };
  }

  let programmeYear = DEFAULT_SETTINGS.programmeYear;
  if (data.programmeYear !== undefined) {
    const r = yearSchema.safeParse(data.programmeYear);
    if (r.success) programmeYear = r.data;
    else
      problems.push(msg('settings-bad-year', { value: show(data.programmeYear), fallback: programmeYear }));
  }

  const deadlines: Deadlines = { ...DEFAULT_SETTINGS.deadlines };
  if (data.deadlines !== undefined) {
    if (!isRecord(data.deadlines)) problems.push(msg('settings-bad-deadlines', {}));
    else {
      for (const key of DEADLINE_KEYS) {
        const v = data.deadlines[key];
        if (v === undefined) continue;
        const r = isoDay.safeParse(v);
        if (r.success) deadlines[key] = r.data;
        else
          problems.push(
            msg('settings-bad-deadline', { deadline: key, value: show(v), fallback: deadlines[key] }),
          );
      }
    }
  }

  let catalogue: TrainingDef[] = DEFAULT_CATALOGUE.map((t) => ({
    ...t,
    aliases: [...t.aliases],
  }));
  if (data.catalogue !== undefined) {
    if (!Array.isArray(data.catalogue)) problems.push(msg('settings-catalogue-not-list', {}));
    else {
      const read: TrainingDef[] = [];
      data.catalogue.forEach((entry, i) => {
        const r = trainingSchema.safeParse(entry);
        if (!r.success) {
          problems.push(msg('settings-training-incomplete', { index: i + 1 }));
          return;
        }
        if (read.some((t) => t.code.toLowerCase() === r.data.code.toLowerCase())) {
          problems.push(msg('settings-training-code-twice', { code: r.data.code }));
          return;
        }
        read.push(r.data);
      });
      if (read.length > 0) catalogue = read;
      else problems.push(msg('settings-catalogue-empty', {}));
    }
  }
  return { settings: { programmeYear, deadlines, catalogue }, problems };
}

/** The date plans for a round are due to the coordinator. */
export function dueDate(round: Round, settings: Settings): string {
  return round === 'aterrap2' ? settings.deadlines.aterrap2Due : settings.deadlines.aterrap1Due;
}

/** Whether a plan reports on its activities: any status, date done or number reached filled in. */
export function isReport(plan: PersonalPlan): boolean {
  return plan.activities.some(
    (a) => a.status.raw !== '' || a.reached.kind !== 'empty' || a.doneDate.kind !== 'empty',
  );
}

/**
 * The report round that is current on `today` by the deadlines: report 1 until its send date,
 * report 2 until its send date. Null when the dates cannot decide: both send dates have passed
 * (the settings are of an earlier programme round) or a send date is not set. The coordinator is
 * then asked, not guessed for.
 */
export function reportRoundOn(today: Date, settings: Settings): ReportRound | null {
  const { aterrap1Send, aterrap2Send } = settings.deadlines;
  const valid = (s: string) => isoDay.safeParse(s).success;
  if (!valid(aterrap1Send) || !valid(aterrap2Send)) return null;
  const day = localDay(today);
  if (day <= aterrap1Send) return 'aterrap1';
  if (day <= aterrap2Send) return 'aterrap2';
  return null;
}

/**
 * The round a plan belongs to: without any status, date done or number reached it is a plan
 * ('plan'); with one, the report round the deadlines make current on `today`, else `currentReport`
 * (the coordinator's answer when the dates cannot decide), else null: ask.
 */
export function suggestRound(
  plan: PersonalPlan,
  today: Date,
  settings: Settings,
  currentReport?: ReportRound,
): Round | null {
  if (!isReport(plan)) return 'plan';
  return reportRoundOn(today, settings) ?? currentReport ?? null;
}
