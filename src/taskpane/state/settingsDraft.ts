// The settings form's draft: text fields as typed, checked before saving (pure, no Office).
import type { Settings, TrainingDef } from '../../core/model';
import type { Strings } from '../i18n';

export interface TrainingDraft {
  code: string;
  name: string;
  /** Comma-separated as typed. */
  aliases: string;
}

export interface SettingsDraft {
  programmeYear: string;
  aterrap1Due: string;
  aterrap1Send: string;
  aterrap2Due: string;
  aterrap2Send: string;
  catalogue: TrainingDraft[];
}

export type DeadlineKey = 'aterrap1Due' | 'aterrap1Send' | 'aterrap2Due' | 'aterrap2Send';
export const DEADLINE_KEYS: DeadlineKey[] = ['aterrap1Due', 'aterrap1Send', 'aterrap2Due', 'aterrap2Send'];

export function toDraft(s: Settings): SettingsDraft {
  return {
    programmeYear: String(s.programmeYear),
    ...s.deadlines,
    catalogue: s.catalogue.map((c) => ({ code: c.code, name: c.name, aliases: c.aliases.join(', ') })),
  };
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Either the settings to save, or every problem as a Swedish (or English) sentence. */
export function fromDraft(
  d: SettingsDraft,
  t: Strings,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const year = Number(d.programmeYear.trim());
  if (!/^\d{4}$/.test(d.programmeYear.trim()) || year < 2000 || year > 2100) errors.push(t.settings.badYear);
  for (const key of DEADLINE_KEYS) if (!isIsoDate(d[key])) errors.push(t.settings.badDate(t.settings[key]));
  const seen = new Set<string>();
  const catalogue: TrainingDef[] = [];
  d.catalogue.forEach((c, i) => {
    const code = c.code.trim();
    const name = c.name.trim();
    if (code === '' || name === '') {
      errors.push(t.settings.emptyCode(i + 1));
      return;
    }
    const key = code.toLowerCase().replace(/\s+/g, '');
    if (seen.has(key)) errors.push(t.settings.duplicateCode(code));
    seen.add(key);
    const aliases = c.aliases
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    catalogue.push({ code, name, aliases });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      programmeYear: year,
      deadlines: {
        aterrap1Due: d.aterrap1Due.trim(),
        aterrap1Send: d.aterrap1Send.trim(),
        aterrap2Due: d.aterrap2Due.trim(),
        aterrap2Send: d.aterrap2Send.trim(),
      },
      catalogue,
    },
  };
}
