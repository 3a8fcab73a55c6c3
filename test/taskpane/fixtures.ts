// Small hand-made values of the shared types for the pane's tests.
import { msg } from '../../src/core/messages';
import type { Flag, PersonalPlan } from '../../src/core/model';
import type { ImportPreview, TotalsView } from '../../src/excel/gateway';

export function plan(name: string): PersonalPlan {
  return {
    source: { kind: 'text', name: 'Inklistrad text' },
    contact: {
      name,
      title: '',
      unit: 'VC Norr',
      region: '',
      email: '',
      phone: '',
      trainingsRaw: '',
      trainings: [],
    },
    goals: [],
    activities: [],
    problems: [],
  };
}

export function preview(names: string[], round: ImportPreview['round'] = 'plan'): ImportPreview {
  return {
    round,
    suggestedRound: 'plan',
    targetSheet: '3.a Saml pers spr-plan PLAN',
    people: names.map((n) => ({
      person: n,
      sourceName: `${n}.docx`,
      contact: 'new',
      rowsToWrite: 2,
      rowsToReplace: 0,
      plan: plan(n),
    })),
    fingerprint: 'fp',
  };
}

export function flag(partial: Partial<Flag> & Pick<Flag, 'code'>): Flag {
  return {
    severity: 'warning',
    message: msg('flag-missing-status', { sheet: '3.a Saml pers spr-plan PLAN', row: 5 }),
    person: 'Anna Svensson',
    training: null,
    round: 'plan',
    sheet: '3.a Saml pers spr-plan PLAN',
    cell: 'B5',
    about: `${partial.code}@${partial.sheet ?? 'plan'}!${partial.cell ?? 'B5'}`,
    ...partial,
  };
}

export const totals: TotalsView = {
  perTraining: [
    {
      key: 'HiS6',
      label: 'HiS6 Migration och psykisk hälsa – grundkurs',
      goal: 30,
      planned: 25,
      reachedAterrap1: 10,
      reachedAterrap2: 20,
    },
  ],
  perUnit: [],
  perPerson: [],
  grandTotal: {
    key: 'total',
    label: 'Totalt',
    goal: 30,
    planned: 25,
    reachedAterrap1: 10,
    reachedAterrap2: 20,
  },
  sheet: 'Summering',
  printLayout: true,
};
